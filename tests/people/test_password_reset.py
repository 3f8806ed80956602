"""“Forgot your password?” on the employees' login: Django's e-mail reset, throttled
by address and by e-mail, written in the account holder's language."""

import re

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.urls import reverse

from tests.browser.conftest import PASSWORD

NEW_PASSWORD = "Yeni-şifrə-2026-ASAN"


@pytest.fixture
def leyla(tree, make_employee):
    profile = make_employee(tree["front"], username="leyla", preferred_language="ru")
    profile.user.email = "leyla@example.az"
    profile.user.set_password(PASSWORD)
    profile.user.save()
    return profile


def ask(client, email, **headers):
    return client.post(reverse("people:password_reset"), {"email": email}, **headers)


def link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+/)", message.body).group(1)


def test_the_login_page_offers_it(client, db):
    body = client.get(reverse("people:login")).content.decode()
    assert reverse("people:password_reset") in body


def test_the_link_sets_a_new_password_in_the_holders_language(client, leyla):
    response = ask(client, "LEYLA@example.az")
    assert response.status_code == 302
    assert response.url == reverse("people:password_reset_done")
    (message,) = mail.outbox
    assert message.to == ["leyla@example.az"]
    assert "пароль" in message.subject.lower()  # her preferred language, Russian
    assert leyla.full_name in message.body
    form = client.get(link_in(message), follow=True)
    assert form.status_code == 200 and form.context["validlink"]
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert done.url == reverse("people:password_reset_complete")
    leyla.user.refresh_from_db()
    assert leyla.user.check_password(NEW_PASSWORD)
    again = client.get(link_in(message), follow=True)
    assert not again.context["validlink"]


def test_a_weak_password_is_refused_and_nothing_changes(client, leyla):
    ask(client, "leyla@example.az")
    form = client.get(link_in(mail.outbox[0]), follow=True)
    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": "12345", "new_password2": "12345"}
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    leyla.user.refresh_from_db()
    assert leyla.user.check_password(PASSWORD)


def test_an_unknown_address_looks_the_same_and_sends_nothing(client, leyla):
    response = ask(client, "nobody@example.az")
    assert response.url == reverse("people:password_reset_done")
    assert mail.outbox == []


def test_one_mailbox_is_not_flooded(client, leyla, settings):
    settings.LMS_PASSWORD_RESET_EMAIL_LIMIT = 3
    for _ in range(3):
        assert ask(client, "leyla@example.az").status_code == 302
    refused = ask(client, "Leyla@Example.az")
    assert refused.status_code == 429
    assert "həddən çox sorğu" in refused.content.decode()  # the site speaks az
    assert len(mail.outbox) == 3


def test_one_address_cannot_spray_many_mailboxes_even_with_a_forged_header(
    client, leyla, settings
):
    settings.LMS_PASSWORD_RESET_ADDRESS_LIMIT = 5
    for number in range(5):
        assert ask(client, f"person{number}@example.az").status_code == 302
    forged = ask(client, "leyla@example.az", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert forged.status_code == 429
    assert mail.outbox == []


def test_a_new_password_ends_the_lockout_of_the_forgotten_one(client, leyla):
    for _ in range(5):
        client.post(
            reverse("people:login"), {"username": "leyla", "password": "wrong-guess"}
        )
    assert AccessAttempt.objects.filter(username="leyla").exists()
    ask(client, "leyla@example.az")
    form = client.get(link_in(mail.outbox[0]), follow=True)
    client.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert not AccessAttempt.objects.filter(username="leyla").exists()
    response = client.post(
        reverse("people:login"), {"username": "leyla", "password": NEW_PASSWORD}
    )
    assert response.status_code == 302


def test_a_limit_below_one_is_refused_at_start_up(settings):
    from people.checks import check_password_reset_limits

    assert check_password_reset_limits() == []
    settings.LMS_PASSWORD_RESET_EMAIL_LIMIT = 0
    assert [e.id for e in check_password_reset_limits()] == ["people.E003"]


def test_counter_windows_are_fixed_and_aligned():
    from datetime import UTC, datetime

    from people.request_counts import window_start

    moment = datetime(2026, 12, 3, 10, 59, 59, 999999, tzinfo=UTC)
    assert window_start(60, moment) == datetime(2026, 12, 3, 10, 59, tzinfo=UTC)
    assert window_start(3600, moment) == datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    next_hour = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)
    assert window_start(3600, next_hour) == next_hour


def test_the_verification_sweep_forgets_only_old_verification_counts(db):
    from datetime import timedelta

    from django.utils import timezone

    from certificates.throttle import forget_old_counts
    from people.models import RequestCount

    now = timezone.now()
    for scope, age in [("verify", 2), ("verify", 0), ("reset-ip", 2)]:
        RequestCount.objects.create(
            scope=scope, key="k", window_start=now - timedelta(hours=age), hits=1
        )
    forget_old_counts()
    left = sorted(RequestCount.objects.values_list("scope", "window_start"))
    assert [scope for scope, _ in left] == ["reset-ip", "verify"]
