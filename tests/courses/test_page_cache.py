"""What the site keeps in the cache (routing, outlines, rendered lesson blocks,
competencies, the admin link) follows publishing, unpublishing, moves, the
documents and competencies pages show, and permission changes at once."""

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.template import Context

from courses.models import CourseCompetency, LessonPage
from courses.services import enrol_self
from tests.factories import CompetencyFactory, make_levels


def test_a_lesson_published_later_appears_in_the_outline(client, course, employee):
    enrol_self(employee=employee, course=course)
    client.force_login(employee.user)
    assert "Yeni dərs 3" not in client.get(course.url).content.decode()
    course.add_child(instance=LessonPage(title="Yeni dərs 3", body=[]))
    assert "Yeni dərs 3" in client.get(course.url).content.decode()


def test_an_unpublished_lesson_is_no_longer_served(client, course, employee):
    enrol_self(employee=employee, course=course)
    client.force_login(employee.user)
    lesson = course.lessons().first()
    assert client.get(lesson.url).status_code == 200
    url = lesson.url
    lesson.unpublish()
    assert client.get(url).status_code == 404
    assert lesson.title not in client.get(course.url).content.decode()


def test_a_renamed_lesson_is_served_at_its_new_address(client, course, employee):
    enrol_self(employee=employee, course=course)
    client.force_login(employee.user)
    lesson = course.lessons().first()
    old = lesson.url
    assert client.get(old).status_code == 200
    lesson.slug = "yeni-unvan"
    lesson.save_revision().publish()
    assert client.get(old).status_code == 404
    assert client.get(LessonPage.objects.get(pk=lesson.pk).url).status_code == 200


def test_the_admin_link_follows_a_new_permission(client, course, employee):
    client.force_login(employee.user)
    assert b'href="/admin/"' not in client.get(course.url).content
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    employee.user.groups.add(group)
    assert b'href="/admin/"' in client.get(course.url).content
    group.permissions.clear()
    assert b'href="/admin/"' not in client.get(course.url).content


def lesson_with(course, body):
    lesson = course.add_child(instance=LessonPage(title="Keşlənən dərs", body=body))
    return LessonPage.objects.get(pk=lesson.pk)


def test_a_published_lesson_body_is_shown_at_once(client, course, employee):
    enrol_self(employee=employee, course=course)
    client.force_login(employee.user)
    lesson = lesson_with(course, [("text", "<p>Köhnə mətn</p>")])
    assert "Köhnə mətn" in client.get(lesson.url).content.decode()
    lesson.body = [("text", "<p>Yeni mətn</p>")]
    lesson.save_revision().publish()
    page = client.get(lesson.url).content.decode()
    assert "Yeni mətn" in page
    assert "Köhnə mətn" not in page


def test_a_draft_leaves_the_live_body_alone(client, course, employee):
    enrol_self(employee=employee, course=course)
    client.force_login(employee.user)
    lesson = lesson_with(course, [("text", "<p>Köhnə mətn</p>")])
    client.get(lesson.url)
    lesson.body = [("text", "<p>Qaralama</p>")]
    lesson.save_revision()
    page = client.get(lesson.url).content.decode()
    assert "Köhnə mətn" in page
    assert "Qaralama" not in page


def test_a_preview_shows_the_draft_body(rf, course, employee):
    from courses.lesson_body import render_body

    lesson = lesson_with(course, [("text", "<p>Köhnə mətn</p>")])
    served = rf.get(lesson.url)
    served.is_preview = False
    assert "Köhnə mətn" in render_body(lesson, Context({"request": served}))
    lesson.body = [("text", "<p>Qaralama</p>")]  # not saved: what a preview shows
    preview = rf.get(lesson.url)
    preview.is_preview = True
    assert "Qaralama" in render_body(lesson, Context({"request": preview}))
    assert "Köhnə mətn" in render_body(lesson, Context({"request": served}))


def test_a_replaced_document_is_linked_at_once(client, course, employee):
    from wagtail.documents import get_document_model

    enrol_self(employee=employee, course=course)
    client.force_login(employee.user)
    document = get_document_model().objects.create(
        title="Qayda", file=ContentFile(b"%PDF-1.4 old", name="kohne-qayda.pdf")
    )
    block = {"document": document, "title": "Qaydanı yükləyin", "description": ""}
    lesson = lesson_with(course, [("document", block)])
    assert "kohne-qayda" in client.get(lesson.url).content.decode()
    document.file = ContentFile(b"%PDF-1.4 new", name="yeni-qayda.pdf")
    document.save()
    page = client.get(lesson.url).content.decode()
    assert "yeni-qayda" in page
    assert "kohne-qayda" not in page


def test_competencies_follow_their_names_and_new_rows(client, course, employee):
    client.force_login(employee.user)
    levels = make_levels()
    competency = CompetencyFactory(code="keş-1", name="Köhnə bacarıq")
    CourseCompetency.objects.create(
        course=course, competency=competency, level=levels[2]
    )
    assert "Köhnə bacarıq" in client.get(course.url).content.decode()
    competency.name = "Yeni bacarıq"
    competency.save()
    assert "Yeni bacarıq" in client.get(course.url).content.decode()
    other = CompetencyFactory(code="keş-2", name="Əlavə bacarıq")
    CourseCompetency.objects.create(course=course, competency=other, level=levels[3])
    assert "Əlavə bacarıq" in client.get(course.url).content.decode()
