"""A per-client limit on the public verification page, counted in the database.

Fixed one-minute windows on the shared counter (``people.request_counts``), so every
web process and host counts the same requests. The client is the address the login
throttle sees (``people.clientip``: behind the trusted reverse proxies the site
declares, never a header the client can forge), stored as a keyed hash. Old rows
are deleted by the reconciliation sweep (``forget_old_counts``).
"""

from datetime import timedelta

from django.utils import timezone

from people.clientip import client_ip
from people.request_counts import count_hit, forget_counts_before, keyed

from . import conf

SCOPE = "verify"
MINUTE = 60


def allow(request):
    """Count this request; False once the client is over the limit this minute."""
    limit = conf.verify_rate_limit()
    if not limit:
        return True
    client = keyed(client_ip(request) or "unknown")
    return count_hit(SCOPE, client, MINUTE) <= limit


def forget_old_counts():
    forget_counts_before(SCOPE, timezone.now() - timedelta(hours=1))
