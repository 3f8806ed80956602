"""Runs inside a brand-new ``wagtail start`` site, in the virtualenv the wheel went into.

Migrates, publishes a course with a lesson and a quiz the way a trainer's admin work
leaves them, then an employee logs in, enrols, reads the lesson, passes the quiz and
gets the certificate PDF, all over the site's own URLs (Django's test client). Prints
one JSON line of findings for ``test_wheel.py`` to assert on.

Standard library, Django, Wagtail and the plugin only: this repository is not on the
path here.
"""

import json
import os
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core import checks  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django_q.conf import Conf  # noqa: E402
from wagtail.models import Site  # noqa: E402

import certificates  # noqa: E402
import courses  # noqa: E402
import people  # noqa: E402
import skills  # noqa: E402

PASSWORD = "host-site-Pw-7731"


def main():
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    migrated = time.monotonic()
    # The worker's tasks (issuing the certificate, rendering its PDF) run in this
    # process as they are queued, instead of in a `qcluster` beside it.
    Conf.SYNC = True
    found = {
        "plugin_files": {
            module.__name__: module.__file__.startswith(sys.prefix)
            for module in (people, skills, courses, certificates)
        },
        "check_ids": sorted(
            {
                message.id
                for message in checks.run_checks(include_deployment_checks=False)
            }
        ),
        "player_static": bool(finders.find("h5p-standalone/main.bundle.js")),
        "plugin_static": bool(finders.find("people/site.css")),
    }
    found["roles"] = sorted(Group.objects.values_list("name", flat=True))
    course, lesson, quiz = publish_course()
    found.update(take_course(course, lesson, quiz))
    found.update(languages())
    found["seconds"] = {
        "migrate": round(migrated - started, 1),
        "course": round(time.monotonic() - migrated, 1),
    }
    print(json.dumps(found))


def publish_course():
    from courses.models import CourseIndexPage, CoursePage, LessonPage
    from courses.quizzes.models import (
        Question,
        QuestionCategory,
        QuestionOption,
        QuizPage,
        QuizSlot,
    )

    home = Site.objects.get(is_default_site=True).root_page
    catalogue = home.add_child(
        instance=CourseIndexPage(title="Courses", slug="courses")
    )
    course = catalogue.add_child(
        instance=CoursePage(
            title="Service standards",
            summary="How a service centre greets and serves citizens.",
            pass_mode=CoursePage.PassMode.ASSESSMENTS,
        )
    )
    lesson = course.add_child(
        instance=LessonPage(
            title="Greeting citizens",
            body=[("text", "<p>Greet every citizen within one minute.</p>")],
        )
    )
    category = QuestionCategory.objects.create(name="Service standards")
    question = Question.objects.create(
        category=category, type="single", text="Within how long is a citizen greeted?"
    )
    for order, (text, right) in enumerate([("One minute", True), ("An hour", False)]):
        QuestionOption.objects.create(
            question=question, sort_order=order, text=text, is_correct=right
        )
    quiz = course.add_child(instance=QuizPage(title="Final check"))
    QuizSlot.objects.create(quiz=quiz, question=question, sort_order=0)
    quiz.save_revision().publish()
    return course, lesson, QuizPage.objects.get(pk=quiz.pk)


def employee(username, number):
    from people.models import EmployeeProfile, OrgUnit, Position

    unit = OrgUnit.get_root_nodes().first() or OrgUnit.add_root(
        code="agency", name="Agentlik", kind="agency"
    )
    position, _ = Position.objects.get_or_create(code="operator", name="Operator")
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    user.groups.add(Group.objects.get(name="Employee"))
    return EmployeeProfile.objects.create(
        user=user,
        employee_number=number,
        full_name=f"{username.title()} Quliyeva",
        org_unit=unit,
        position=position,
    )


def take_course(course, lesson, quiz):
    from certificates.models import Certificate
    from courses.models import Enrolment
    from courses.quizzes.models import Attempt

    profile = employee("aysel", "E1")
    client = Client()
    seen = {}
    login = client.post(
        reverse("people:login"), {"username": "aysel", "password": PASSWORD}
    )
    seen["login"] = login.status_code
    seen["lesson_before_enrolling"] = client.get(lesson.url).status_code
    seen["enrol"] = client.post(course.url).status_code
    page = client.get(course.url)
    seen["course_page"] = page.status_code
    seen["course_lists_lesson"] = lesson.title in page.content.decode()
    page = client.get(lesson.url)
    seen["lesson_page"] = page.status_code
    seen["lesson_text"] = "within one minute" in page.content.decode()
    seen["lesson_done"] = client.post(
        reverse("courses:mark_lesson_done", args=[lesson.pk])
    ).status_code
    seen["quiz_start"] = client.post(quiz.url).status_code
    attempt = Attempt.objects.get(employee=profile)
    page = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    seen["attempt_page"] = page.status_code
    seen["attempt_shows_question"] = "Within how long" in page.content.decode()
    key = attempt.key[0]
    answers = {f"q{key['slot']}": str(key["correct"][0]), "version": attempt.version}
    seen["submit"] = client.post(
        reverse("quizzes:submit", args=[attempt.pk]), answers
    ).status_code
    seen["review_page"] = client.get(
        reverse("quizzes:review", args=[attempt.pk])
    ).status_code
    seen["enrolment"] = Enrolment.objects.get(employee=profile).status
    certificate = Certificate.objects.filter(employee=profile).first()
    seen["certificate"] = bool(certificate)
    if certificate:
        page = client.get(reverse("certificates:my_certificates"))
        seen["my_certificates_lists_course"] = course.title in page.content.decode()
        pdf = client.get(reverse("certificates:download", args=[certificate.pk]))
        body = b"".join(pdf.streaming_content)
        seen["pdf"] = [pdf.status_code, pdf["Content-Type"], body[:5].decode()]
        public = Client().get(certificate.get_absolute_url())
        seen["verification_page"] = public.status_code
        seen["verification_names_holder"] = profile.full_name in public.content.decode()
    # Someone else, logged in but not enrolled, is sent back to the course page.
    employee("kamran", "E2")
    other = Client()
    other.post(reverse("people:login"), {"username": "kamran", "password": PASSWORD})
    response = other.get(lesson.url)
    seen["outsider_lesson"] = [response.status_code, response.get("Location")]
    seen["course_url"] = course.url
    return seen


def languages():
    """The plugin's pages in each language, from the wheel's compiled catalogues."""
    titles = {}
    for language in ("az", "ru", "en"):
        client = Client()
        client.cookies["django_language"] = language
        body = client.get(reverse("people:login")).content.decode()
        titles[language] = body.split("<title>", 1)[1].split("</title>", 1)[0].strip()
    return {"login_titles": titles}


if __name__ == "__main__":
    main()
