"""A per-client limit on the public verification page, counted in the database.

Fixed one-minute windows, one row per client and window, so every web process and
host counts the same requests (Django's default cache is per process). The client
is the address the login throttle sees (``people.clientip``: behind the trusted
reverse proxies the site declares, never a header the client can forge), stored as
a keyed hash. Old rows are deleted by the reconciliation sweep.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from people.clientip import client_ip

from . import conf
from .models import VerificationThrottle


def client_key(request):
    address = client_ip(request) or "unknown"
    secret = settings.SECRET_KEY.encode()
    return hmac.new(secret, address.encode(), hashlib.sha256).hexdigest()


def allow(request):
    """Count this request; False once the client is over the limit this minute."""
    limit = conf.verify_rate_limit()
    if not limit:
        return True
    return count_hit(client_key(request)) <= limit


def count_hit(client):
    window = timezone.now().replace(second=0, microsecond=0)
    rows = VerificationThrottle.objects.filter(client=client, window_start=window)
    if rows.update(hits=F("hits") + 1):
        return rows.values_list("hits", flat=True).first()
    try:
        with transaction.atomic():
            VerificationThrottle.objects.create(
                client=client, window_start=window, hits=1
            )
        return 1
    except IntegrityError:  # another process created the row just now
        rows.update(hits=F("hits") + 1)
        return rows.values_list("hits", flat=True).first()
