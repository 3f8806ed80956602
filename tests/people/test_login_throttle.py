from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory

PASSWORD = "pass-1234-word"
IP = "10.1.2.3"


def login(client, username, password, ip=IP):
    return client.post(
        reverse("people:login"),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def fail(client, username, times, ip=IP):
    for _ in range(times):
        login(client, username, "wrong-password", ip)


@pytest.fixture
def users(db):
    return UserFactory(username="aysel"), UserFactory(username="murad")


def test_correct_password_logs_in(client, users):
    assert login(client, "aysel", PASSWORD).status_code == 302


def test_five_wrong_passwords_lock_the_account_from_that_address(client, users):
    fail(client, "aysel", 5)
    response = login(client, "aysel", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_locking_one_user_does_not_lock_a_colleague_behind_the_same_address(
    client, users
):
    fail(client, "aysel", 5)
    assert login(client, "murad", PASSWORD).status_code == 302


def test_the_same_user_from_another_address_is_not_locked(client, users):
    fail(client, "aysel", 5)
    assert login(client, "aysel", PASSWORD, ip="10.9.9.9").status_code == 302


def test_the_cool_off_expires(client, users, settings):
    fail(client, "aysel", 5)
    assert login(client, "aysel", PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert login(client, "aysel", PASSWORD).status_code == 302


def test_the_admin_login_is_throttled_too(client, users):
    for _ in range(5):
        client.post(
            reverse("wagtailadmin_login"),
            {"username": "aysel", "password": "nope"},
            REMOTE_ADDR=IP,
        )
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "aysel", "password": PASSWORD},
        REMOTE_ADDR=IP,
    )
    assert response.status_code == 429
