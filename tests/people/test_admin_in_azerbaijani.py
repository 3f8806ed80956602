"""The admin reads in Azerbaijani for every role that uses it: a crawl of every screen
each of admin, trainer, HR and manager can reach finds no English word (outside a
short list of names and codes), no plural after a number and no undotted capital İ.

The crawl follows the links of each screen, the menus included, and opens each view
once: a list, one of its objects, its forms and its dialogues."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from wagtail.models import GroupPagePermission

from tests.admin_crawl import crawl, english_words, problems


@pytest.fixture(scope="module")
def english():
    return english_words()


@pytest.fixture
def world(tree, catalogue, make_employee, manager_of):
    from certificates.services import certificate_issue_manual
    from courses.locales import sync_to_locales
    from courses.models import Enrolment
    from courses.quizzes.models import QuestionCategory
    from courses.services import enrol_self
    from skills.models import CompetencyEvidence, PositionRequirement
    from tests.courses.conftest import make_course
    from tests.factories import AreaFactory, CompetencyFactory, make_levels
    from tests.quizzes.conftest import make_quiz, sample_questions

    names = {
        "agency": "ASAN xidmət",
        "baku": "Bakı 1",
        "yasamal": "Yasamal filialı",
        "front": "Ön ofis",
        "ganja": "Gəncə",
        "ganja_front": "Ön ofis",
    }
    for key, name in names.items():
        tree[key].name = name
        tree[key].code = f"{key.replace('_', '-')}-vahid"
        tree[key].save()
    home = catalogue.get_parent().specific
    home.title = "Əsas səhifə"
    home.save_revision().publish()
    levels = make_levels()
    area = AreaFactory(code="xidmet", name="Xidmət standartları")
    competency = CompetencyFactory(code="XS-01", name="Vətəndaşla ünsiyyət", area=area)
    leyla = make_employee(tree["front"], full_name="Əliyeva Leyla Tofiq qızı")
    leyla.position.name = "Ön ofis operatoru"
    leyla.position.save()
    PositionRequirement.objects.create(
        position=leyla.position, competency=competency, level=levels[2]
    )
    CompetencyEvidence.objects.create(
        employee=leyla, competency=competency, level=levels[1]
    )
    course = make_course(catalogue, title="Xidmət standartları", lessons=2)
    course.certificate_validity_months = 1
    course.save_revision().publish()
    for page in [course, *course.lessons()]:
        sync_to_locales(page)
    quiz = make_quiz(
        course, sample_questions(QuestionCategory.objects.create(name="Prinsiplər"))
    )
    enrolment = enrol_self(employee=leyla, course=course)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        due_date=timezone.localdate() - timezone.timedelta(days=3)
    )
    hr = make_employee(tree["agency"], roles=("HR",), username="kadrlar")
    certificate_issue_manual(
        employee=leyla, course=course, reason="Xaricdə keçib", issued_by=hr.user
    )
    trainer = make_employee(tree["agency"], roles=("Trainer",), username="telimci")
    GroupPagePermission.objects.create(
        group=Group.objects.get(name="Trainer"),
        page=catalogue,
        permission=Permission.objects.get(codename="change_page"),
    )
    lesson = course.lessons()[0].specific
    lesson.title = "Xidmət standartları: yeni dərs"
    lesson.save_revision(user=trainer.user)
    admin = get_user_model().objects.create_superuser("idareci", password="x")
    edit = "/admin/pages/{}/edit/"
    return {
        "admin": admin,
        "trainer": trainer.user,
        "hr": hr.user,
        "manager": manager_of(tree["baku"], username="rehber").user,
        # Each kind of page has its own editor, and a new one its own form.
        "pages": [
            edit.format(course.pk),
            edit.format(lesson.pk),
            edit.format(quiz.pk),
            f"/admin/pages/add/courses/coursepage/{catalogue.pk}/",
            f"/admin/pages/add/courses/lessonpage/{course.pk}/",
            f"/admin/pages/add/quizzes/quizpage/{course.pk}/",
        ],
    }


@pytest.mark.parametrize("role", ["admin", "trainer", "hr", "manager"])
def test_every_admin_screen_reads_in_azerbaijani(role, world, english):
    client = Client(HTTP_ACCEPT_LANGUAGE="az", raise_request_exception=True)
    client.force_login(world[role])
    screens = crawl(client, extra=world["pages"])
    assert len(screens) > 20, sorted(screens)
    assert problems(screens, english) == {}


def test_a_snippet_chooser_is_worded_in_the_readers_language(db):
    from django.utils import translation
    from wagtail.snippets.widgets import AdminSnippetChooser

    from courses.quizzes.models import QuestionCategory

    with translation.override("en"):
        chooser = AdminSnippetChooser(QuestionCategory)
    with translation.override("az"):
        assert str(chooser.choose_one_text) == "Seçin: sual kateqoriyası"


def test_listings_count_rows_with_a_singular_noun(client, tree, make_employee):
    for _ in range(3):
        make_employee(tree["front"])
    client.force_login(make_employee(tree["agency"], roles=("HR",)).user)
    html = client.get("/admin/employees/", HTTP_ACCEPT_LANGUAGE="az").content.decode()
    assert re.search(r">\s*4 nəticə\s*<", html)
