"""Assigned, due soon and overdue: told in the site once each, beside the e-mails,
even to employees without an e-mail address."""

from datetime import timedelta

from django.utils import timezone

from courses.services import assign
from courses.tasks import send_due_reminders
from people.models import EmployeeProfile, Notification
from people.notifications import recent


def assign_due(course, person, days):
    assign(
        course=course,
        employees=EmployeeProfile.objects.filter(pk=person.pk),
        due_date=timezone.localdate() + timedelta(days=days),
        assigned_by=None,
    )


def kinds_of(person):
    return sorted(
        Notification.objects.filter(recipient=person.user).values_list(
            "kind", flat=True
        )
    )


def test_an_assignment_is_announced_once_without_an_email_address(
    course, tree, make_employee, django_capture_on_commit_callbacks
):
    person = make_employee(tree["front"])
    person.user.email = ""
    person.user.save()
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            assign_due(course, person, 20)
    assert kinds_of(person) == ["assigned"]
    ((notification, message),) = recent(person.user)
    assert course.title in message.text and message.url == course.url


def test_due_soon_at_the_edge_and_overdue_are_announced_once_each(
    course, tree, make_employee
):
    edge, beyond, late = (make_employee(tree["front"]) for _ in range(3))
    assign_due(course, edge, 3)  # exactly the reminder window
    assign_due(course, beyond, 4)
    assign_due(course, late, -1)
    send_due_reminders()
    send_due_reminders()
    assert kinds_of(edge) == ["due_soon"]
    assert kinds_of(beyond) == []
    assert kinds_of(late) == ["overdue"]
    ((_notification, message),) = recent(late.user)
    assert "overdue" in message.text
