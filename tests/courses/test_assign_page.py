"""Assign a course: a tree of unit checkboxes, positions as checkboxes, a date picker,
and a report that says who was enrolled now and who already was."""

import pytest
from django.urls import reverse

from courses.models import Enrolment
from courses.services import enrol_self


@pytest.fixture
def manager(manager_of, tree):
    return manager_of(tree["baku"])


def test_units_are_a_tree_of_checkboxes_within_the_managers_scope(
    client, manager, tree, course
):
    client.force_login(manager.user)
    response = client.get(reverse("courses_assign"), HTTP_ACCEPT_LANGUAGE="az")
    html = response.content.decode()
    field = response.context["form"]["org_units"]
    labels = [(w.data["label"], w.data["attrs"]["aria-label"]) for w in field]
    baku, yasamal, front = tree["baku"], tree["yasamal"], tree["front"]
    assert labels == [
        (baku.name, baku.name),
        ("\u2003" + yasamal.name, f"{baku.name} › {yasamal.name}"),
        ("\u2003\u2003" + front.name, f"{baku.name} › {yasamal.name} › {front.name}"),
    ]
    assert 'type="checkbox" name="org_units"' in html
    assert 'type="checkbox" name="positions"' in html
    # The due date's picker is loaded before the field asks for it.
    assert html.index("date-time-chooser.js") < html.index("initDateChooser(")


def assign(client, user, **data):
    """The messages the next screen shows, in Azerbaijani."""
    client.force_login(user)
    response = client.post(
        reverse("courses_assign"), data, follow=True, HTTP_ACCEPT_LANGUAGE="az"
    )
    return [str(message) for message in response.context["messages"]]


def test_reassigning_says_who_was_already_enrolled(
    client, manager, tree, course, make_employee
):
    first, second = make_employee(tree["front"]), make_employee(tree["front"])
    enrol_self(employee=first, course=course)
    baku = [tree["baku"].pk]
    said = assign(client, manager.user, course=course.pk, org_units=baku)
    title = course.title  # the manager works in Baku 1 too: second and manager
    assert said == [
        f"“{title}” kursuna 2 əməkdaş qeydiyyata alındı. 1 əməkdaş artıq “{title}” "
        "kursunda qeydiyyatdadır; qeydiyyatı və irəliləyişi saxlanılır."
    ]
    said = assign(client, manager.user, course=course.pk, org_units=baku)
    assert said == [
        f"3 əməkdaş artıq “{title}” kursunda qeydiyyatdadır; qeydiyyatı və "
        "irəliləyişi saxlanılır."
    ]
    assert Enrolment.objects.filter(employee__in=[first, second]).count() == 2
