"""Sessions end after a configurable idle time; signed-in pages are never cached by
anyone but the person's own browser, and not even stored there."""

import time
from datetime import timedelta

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from people.middleware import SEEN_KEY


@pytest.fixture
def signed_in(client, employee):
    client.force_login(employee.user)
    assert client.get("/me/").status_code == 200
    return client


def set_seen(client, seconds_ago):
    session = client.session
    session[SEEN_KEY] = int(time.time()) - seconds_ago
    session.save()


def test_a_session_idle_longer_than_eight_hours_ends(signed_in, settings):
    assert settings.LMS_SESSION_IDLE_TIMEOUT == timedelta(hours=8)
    set_seen(signed_in, 8 * 3600 + 5)
    response = signed_in.get("/me/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert "_auth_user_id" not in signed_in.session


def test_an_active_session_goes_on_and_the_idle_time_is_configurable(
    signed_in, settings
):
    set_seen(signed_in, 7 * 3600)
    assert signed_in.get("/me/").status_code == 200
    assert time.time() - signed_in.session[SEEN_KEY] < 5  # renewed
    settings.LMS_SESSION_IDLE_TIMEOUT = timedelta(minutes=30)
    set_seen(signed_in, 31 * 60)
    assert signed_in.get("/me/").status_code == 302


def test_the_session_cookie_expires_with_the_idle_time(settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600


@pytest.mark.parametrize("password", ["demo1234", "Ab1!Ab1!Ab1"])
def test_passwords_shorter_than_twelve_characters_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_twelve_character_password_is_accepted():
    validate_password("ASAN-xidmet-7")
