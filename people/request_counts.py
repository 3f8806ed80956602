"""Fixed-window request counters kept in the database, for the limits that every
web process and host must count alike (Django's default cache is per process).

One row per scope, key and window (``RequestCount``, unique in the database). The
key is always a keyed hash (``keyed``), never an address or an e-mail. Used by the
password-reset limit (hourly windows) and the certificate verification page
(one-minute windows); old rows are deleted by ``forget_counts_before``.
"""

import hashlib
import hmac
from datetime import UTC, datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone


def keyed(value):
    """The keyed hash stored instead of a client's address or e-mail."""
    secret = settings.SECRET_KEY.encode()
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()


def window_start(seconds, now=None):
    """The start of the fixed window of ``seconds`` that holds ``now``."""
    stamp = int((now or timezone.now()).timestamp())
    return datetime.fromtimestamp(stamp - stamp % seconds, tz=UTC)


def count_hit(scope, key, seconds):
    """Count one request of ``scope`` from ``key`` in the current window of
    ``seconds`` and return how many there have been in it, this one included."""
    from .models import RequestCount

    window = window_start(seconds)
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


def forget_counts_before(scope, cutoff):
    """Delete the rows of ``scope`` whose windows started before ``cutoff``."""
    from .models import RequestCount

    RequestCount.objects.filter(scope=scope, window_start__lt=cutoff).delete()
