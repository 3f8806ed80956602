"""The limit on password reset requests, counted in the database per hour: by the
client's address (``people.clientip``, as the login throttle sees it) and by the
e-mail address typed, so neither one address nor one mailbox can be flooded. Each is
stored as a keyed hash. Needs nothing of django-axes' models, so a host site without
the login throttle still serves the reset pages."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .clientip import client_ip
from .request_counts import count_hit, forget_counts_before, keyed

RESET_ADDRESS_LIMIT = 10
RESET_EMAIL_LIMIT = 3
HOUR = 3600


def reset_limits():
    return (
        getattr(settings, "LMS_PASSWORD_RESET_ADDRESS_LIMIT", RESET_ADDRESS_LIMIT),
        getattr(settings, "LMS_PASSWORD_RESET_EMAIL_LIMIT", RESET_EMAIL_LIMIT),
    )


def password_reset_allowed(request, email):
    """Count this request; False once the address or the e-mail is over its limit
    this hour (both are counted either way)."""
    address_limit, email_limit = reset_limits()
    cutoff = timezone.now() - timedelta(days=1)
    for scope in ("reset-ip", "reset-email"):
        forget_counts_before(scope, cutoff)  # resets are rare: tidy as we go
    by_address = count_hit("reset-ip", keyed(client_ip(request) or "unknown"), HOUR)
    by_email = count_hit("reset-email", keyed(email.strip().lower()), HOUR)
    return by_address <= address_limit and by_email <= email_limit
