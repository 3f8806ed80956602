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


# Separately by address and by account, behind a trusted proxy --------------------------


def test_one_password_sprayed_over_thirty_usernames_is_stopped(client, users):
    for n in range(30):
        UserFactory(username=f"staff{n}")
    statuses = [
        login(client, f"staff{n}", "Spring2026!").status_code for n in range(30)
    ]
    assert statuses.count(429) >= 10  # stopped after the address's 20 failures
    # The address stays paused even for a right password...
    assert login(client, "aysel", PASSWORD).status_code == 429
    # ...while the same account from another address logs in.
    assert login(client, "aysel", PASSWORD, ip="10.7.7.7").status_code == 302


def test_guessing_one_account_from_many_addresses_is_stopped(client, users):
    for n in range(10):
        login(client, "aysel", "wrong-password", ip=f"10.0.0.{n + 1}")
    assert login(client, "aysel", PASSWORD, ip="10.9.9.9").status_code == 429
    assert login(client, "murad", PASSWORD, ip="10.9.9.9").status_code == 302


def test_one_address_cannot_lock_someone_elses_account(client, users):
    fail(client, "aysel", 10, ip="10.6.6.6")
    assert login(client, "aysel", PASSWORD, ip="10.1.1.1").status_code == 302


def test_logging_in_to_ones_own_account_does_not_reset_an_address(client, users):
    for n in range(19):
        UserFactory(username=f"target{n}")
        login(client, f"target{n}", "guess")
    assert login(client, "murad", PASSWORD).status_code == 302  # the attacker's own
    client.logout()
    assert login(client, "aysel", "guess").status_code == 429


def behind_proxy(client, username, password, forwarded):
    return client.post(
        reverse("people:login"),
        {"username": username, "password": password},
        REMOTE_ADDR="127.0.0.1",  # the reverse proxy
        HTTP_X_FORWARDED_FOR=forwarded,
    )


@pytest.fixture
def one_proxy(settings):
    settings.LMS_TRUSTED_PROXIES = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR",)
    settings.AXES_IPWARE_PROXY_COUNT = 0


def test_behind_the_proxy_each_client_is_counted_apart(client, users, one_proxy):
    for _ in range(5):
        behind_proxy(client, "aysel", "wrong", "198.51.100.1")
    assert behind_proxy(client, "aysel", PASSWORD, "198.51.100.1").status_code == 429
    # Another office behind the same proxy is not locked out of Aysel's account.
    assert behind_proxy(client, "aysel", PASSWORD, "198.51.100.2").status_code == 302


def test_a_forged_forwarded_for_changes_nothing(client, users, one_proxy):
    for n in range(5):
        # The client writes its own X-Forwarded-For; nginx appends the real address.
        behind_proxy(client, "aysel", "wrong", f"203.0.113.{n}, 198.51.100.1")
    assert AccessAttempt.objects.get().ip_address == "198.51.100.1"
    forged = behind_proxy(client, "aysel", PASSWORD, "203.0.113.99, 198.51.100.1")
    assert forged.status_code == 429


def test_without_a_trusted_proxy_the_header_is_ignored(client, users):
    for n in range(5):
        client.post(
            reverse("people:login"),
            {"username": "aysel", "password": "wrong"},
            REMOTE_ADDR=IP,
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        )
    assert login(client, "aysel", PASSWORD).status_code == 429


def test_the_lockout_page_says_what_happened(client, users):
    fail(client, "aysel", 5)
    page = client.post(
        reverse("people:login"),
        {"username": "aysel", "password": PASSWORD},
        REMOTE_ADDR=IP,
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()
    assert "wrong passwords for this account or from this network address" in page
    assert "15 min" in page


def test_the_verification_page_counts_clients_the_same_way(
    client, db, one_proxy, settings
):
    settings.LMS_CERT_VERIFY_RATE_LIMIT = 3

    def verify(forwarded):
        return client.get(
            reverse("certificates:verify", args=["A" * 32]),
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        ).status_code

    assert [verify(f"203.0.113.{n}, 198.51.100.1") for n in range(4)] == [404] * 3 + [
        429
    ]
    assert verify("198.51.100.2") == 404  # another client behind the same proxy
