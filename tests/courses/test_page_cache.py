"""What the site keeps in the cache (routing, outlines, the admin link) follows
publishing, unpublishing, moves and permission changes at once."""

from django.contrib.auth.models import Group, Permission

from courses.models import LessonPage
from courses.services import enrol_self


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
