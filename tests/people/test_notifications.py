"""The notifications page, marking as read, the unread count in the header, and the
database guard that tells one person one thing once."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from people.models import Notification
from people.notifications import Message, notify, register_kind


@pytest.fixture(autouse=True)
def a_kind():
    register_kind(
        "test_kind",
        lambda items: {n.pk: Message(f"Xəbər {n.about}", "/me/") for n in items},
    )


@pytest.fixture
def told(employee):
    return [
        notify(user=employee.user, kind="test_kind", about=str(number))
        for number in range(3)
    ]


def unread_badge(client):
    body = client.get("/me/").content.decode()
    start = body.find('class="count-badge"')
    return body[start : start + 40] if start >= 0 else ""


def test_one_thing_is_told_once(employee):
    assert notify(user=employee.user, kind="test_kind", about="x") is not None
    assert notify(user=employee.user, kind="test_kind", about="x") is None
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(
            recipient=employee.user, kind="test_kind", about="x"
        )
    assert Notification.objects.count() == 1


def test_the_page_lists_them_and_the_header_counts_the_unread(client, employee, told):
    client.force_login(employee.user)
    body = client.get(reverse("people:notifications")).content.decode()
    assert body.index("Xəbər 2") < body.index("Xəbər 0")  # newest first
    assert ">3<" in unread_badge(client)


def test_mark_one_then_all_as_read(client, employee, told):
    client.force_login(employee.user)
    url = reverse("people:notifications_read")
    response = client.post(url, {"notification": told[0].pk})
    assert response.url == reverse("people:notifications")
    assert ">2<" in unread_badge(client)
    client.post(url)
    assert not Notification.objects.filter(read_at__isnull=True).exists()
    assert unread_badge(client) == ""


def test_someone_elses_notification_cannot_be_marked(
    client, employee, told, tree, make_employee
):
    client.force_login(make_employee(tree["front"]).user)
    url = reverse("people:notifications_read")
    assert client.post(url, {"notification": told[0].pk}).status_code == 404
    response = client.post(url, {"notification": "abc"}, follow=True)
    assert response.status_code == 200  # told what is wrong, nothing changed
    assert not Notification.objects.filter(read_at__isnull=False).exists()
    body = client.get(reverse("people:notifications")).content.decode()
    assert "Xəbər" not in body


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(reverse("people:notifications"))
    assert response.url.startswith(reverse("people:login"))
    assert client.get(reverse("people:notifications_read")).status_code == 302


def test_the_count_is_kept_and_follows_new_notifications(
    client, employee, told, django_assert_num_queries
):
    from people.notifications import unread_count

    client.force_login(employee.user)
    assert ">3<" in unread_badge(client)
    with django_assert_num_queries(0):
        assert unread_count(employee.user) == 3
    notify(user=employee.user, kind="test_kind", about="new")
    assert ">4<" in unread_badge(client)
