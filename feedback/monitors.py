"""Monitors: who is calling (a bearer token), and how often (a limit per token)."""

from django.db.models import Case, F, Value, When
from django.utils import timezone

from . import conf
from .models import Monitor, token_digest

SCHEME = "bearer "


def monitor_for(request):
    """The active monitor whose token the request carries, or None. Never a cookie."""
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith(SCHEME):
        return None
    token = header[len(SCHEME) :].strip()
    if not token or len(token) > 200:
        return None
    return (
        Monitor.objects.active()
        .select_related("org_unit")
        .filter(token_hash=token_digest(token))
        .first()
    )


def count_request(monitor):
    """Count this request in the monitor's minute (in the database, so every web
    process counts the same); False once it is over the limit."""
    now = timezone.now()
    window = now.replace(second=0, microsecond=0)
    rows = Monitor.objects.filter(pk=monitor.pk)
    rows.update(
        window_hits=Case(
            When(window_start=window, then=F("window_hits") + 1), default=Value(1)
        ),
        window_start=window,
        last_seen_at=now,
    )
    limit = conf.rate_limit()
    return not limit or rows.values_list("window_hits", flat=True)[0] <= limit


def revoke(monitor):
    monitor.revoked_at = timezone.now()
    monitor.save(update_fields=["revoked_at"])
