"""Login throttling with three counters, each with its own limit (django-axes). The
limit on password reset requests is in ``people.reset_limits``.

- an account from one address: ``AXES_FAILURE_LIMIT`` (5) wrong passwords lock that
  pair, so a colleague behind the same office address is not locked with it;
- one address, whatever the usernames: ``LMS_LOGIN_ADDRESS_FAILURE_LIMIT`` (20) stops
  one password sprayed over many accounts;
- one account, from any address: ``LMS_LOGIN_USERNAME_FAILURE_LIMIT`` (10) stops a
  guesser who changes address. It is higher than the pair limit, so no single address
  can lock someone else's account.

All three count failures inside the cool-off (``AXES_COOLOFF_TIME``). django-axes
compares one number with one limit, so each counter is expressed as its distance
from its own limit. A successful login clears only that account's failures from that
address: logging in to one's own account never wipes out an address's failures on
other accounts.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum

ADDRESS_FAILURE_LIMIT = 20
USERNAME_FAILURE_LIMIT = 10


def limits(request, credentials):
    """``[(filter, limit)]`` for the three counters of this login."""
    username = get_client_username(request, credentials)
    address = getattr(request, "axes_ip_address", None)
    pair_limit = get_failure_limit(request, credentials)
    found = [({"ip_address": address}, address_limit())]
    if username:
        found.append(({"username": username, "ip_address": address}, pair_limit))
        found.append(({"username": username}, username_limit()))
    return found


def address_limit():
    return getattr(settings, "LMS_LOGIN_ADDRESS_FAILURE_LIMIT", ADDRESS_FAILURE_LIMIT)


def username_limit():
    return getattr(settings, "LMS_LOGIN_USERNAME_FAILURE_LIMIT", USERNAME_FAILURE_LIMIT)


class LoginThrottle(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        """The counter nearest its limit, shifted so that reaching its own limit is
        reaching ``AXES_FAILURE_LIMIT`` (what django-axes compares with)."""
        base = get_failure_limit(request, credentials)
        recent = AccessAttempt.objects.all()
        if settings.AXES_COOLOFF_TIME is not None:
            recent = recent.filter(attempt_time__gte=get_cool_off_threshold(request))
        worst = 0
        for lookup, limit in limits(request, credentials):
            failures = recent.filter(**lookup).aggregate(n=Sum("failures_since_start"))
            worst = max(worst, (failures["n"] or 0) - limit + base)
        return worst

    def reset_user_attempts(self, request, credentials=None):
        username = get_client_username(request, credentials)
        address = getattr(request, "axes_ip_address", None)
        deleted, _ = AccessAttempt.objects.filter(
            username=username, ip_address=address
        ).delete()
        return deleted
