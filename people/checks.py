"""Start-up checks of what every plugin app relies on."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver", ""}


@register(Tags.security, deploy=True)
def check_base_url(app_configs=None, **kwargs):
    """Certificates' QR codes and printed addresses and every e-mail's links start
    with WAGTAILADMIN_BASE_URL: in a deployment it must be the public https address."""
    url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    parts = urlsplit(url)
    if parts.scheme == "https" and (parts.hostname or "") not in LOCAL_HOSTS:
        return []
    return [
        Error(
            f"WAGTAILADMIN_BASE_URL is {url!r}: certificates and e-mails would point "
            "there.",
            hint="Set it to the site's public https address, e.g. "
            "https://academy.asan.gov.az.",
            id="people.E001",
        )
    ]


@register()
def check_idle_timeout(app_configs=None, **kwargs):
    from datetime import timedelta

    value = getattr(settings, "LMS_SESSION_IDLE_TIMEOUT", timedelta(hours=8))
    if isinstance(value, timedelta) and value.total_seconds() > 0:
        return []
    return [
        Error(
            "LMS_SESSION_IDLE_TIMEOUT must be a positive timedelta.",
            id="people.E002",
        )
    ]


@register()
def check_password_reset_limits(app_configs=None, **kwargs):
    errors = []
    for name in ("LMS_PASSWORD_RESET_ADDRESS_LIMIT", "LMS_PASSWORD_RESET_EMAIL_LIMIT"):
        value = getattr(settings, name, 1)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            errors.append(
                Error(f"{name} must be a whole number of at least 1.", id="people.E003")
            )
    return errors
