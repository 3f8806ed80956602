"""The limit on password reset requests, counted in the database per hour: by the
client's address (``people.clientip``, as the login throttle sees it) and by the
e-mail address typed, so neither one address nor one mailbox can be flooded. Each is
stored as a keyed hash. Needs nothing of django-axes' models, so a host site without
the login throttle still serves the reset pages."""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .clientip import client_ip

RESET_ADDRESS_LIMIT = 10
RESET_EMAIL_LIMIT = 3


def reset_limits():
    return (
        getattr(settings, "LMS_PASSWORD_RESET_ADDRESS_LIMIT", RESET_ADDRESS_LIMIT),
        getattr(settings, "LMS_PASSWORD_RESET_EMAIL_LIMIT", RESET_EMAIL_LIMIT),
    )


def keyed(value):
    secret = settings.SECRET_KEY.encode()
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()


def password_reset_allowed(request, email):
    """Count this request; False once the address or the e-mail is over its limit
    this hour (both are counted either way)."""
    address_limit, email_limit = reset_limits()
    by_address = count_hit("reset-ip", keyed(client_ip(request) or "unknown"))
    by_email = count_hit("reset-email", keyed(email.strip().lower()))
    return by_address <= address_limit and by_email <= email_limit


def count_hit(scope, key):
    from .models import RequestCount

    window = timezone.now().replace(minute=0, second=0, microsecond=0)
    RequestCount.objects.filter(
        scope=scope, window_start__lt=window - timedelta(days=1)
    ).delete()
    rows = RequestCount.objects.filter(scope=scope, key=key, window_start=window)
    if not rows.update(hits=F("hits") + 1):
        try:
            with transaction.atomic():
                RequestCount.objects.create(
                    scope=scope, key=key, window_start=window, hits=1
                )
        except IntegrityError:  # another process created the row just now
            rows.update(hits=F("hits") + 1)
    return rows.values_list("hits", flat=True).first()
