"""Send due statements to the LRS in batches; back off while it is down.

A batch is claimed with a short lease (so two workers do not send the same rows,
and a worker killed mid-send leaves them to be sent again), POSTed, and marked:
accepted rows delivered; on a network error or a 5xx answer every row waits
longer (30 s, doubling, at most an hour) and nothing is lost; a 4xx answer for a
batch is retried one statement at a time, so only the statements the LRS refuses
are marked rejected. The LRS keeps one statement per id, so a resend is harmless.
"""

import json
import random
from datetime import timedelta

import requests
from django.db import transaction
from django.utils import timezone

from . import conf
from .models import OutboxStatement

HEADERS = {"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json"}


class LRSUnavailable(Exception):
    """The LRS did not answer, or answered with a server error."""


def claim(limit, now):
    with transaction.atomic():
        due = OutboxStatement.objects.due(now).select_for_update(skip_locked=True)
        rows = list(due[:limit])
        OutboxStatement.objects.filter(pk__in=[r.pk for r in rows]).update(
            next_attempt_at=now + timedelta(seconds=conf.LEASE)
        )
    return rows


def post(payloads):
    response = requests.post(
        conf.lrs_url() + "/statements",
        data=json.dumps(payloads),
        headers=HEADERS,
        auth=conf.credentials(),
        timeout=conf.timeout(),
    )
    if response.status_code >= 500:
        raise LRSUnavailable(f"{response.status_code}: {response.text[:200]}")
    return response


def send(rows, now):
    """True if the LRS answered for every row (accepted or refused)."""
    try:
        response = post([row.payload for row in rows])
    except (requests.RequestException, LRSUnavailable) as error:
        back_off(rows, str(error), now)
        return False
    if response.ok:
        mark_delivered(rows)
    elif len(rows) > 1:
        return all(send([row], now) for row in rows)
    else:
        mark_rejected(rows[0], f"{response.status_code}: {response.text[:500]}")
    return True


def mark_delivered(rows):
    OutboxStatement.objects.filter(pk__in=[row.pk for row in rows]).update(
        delivered_at=timezone.now(), last_error=""
    )


def mark_rejected(row, error):
    OutboxStatement.objects.filter(pk=row.pk).update(
        rejected_at=timezone.now(), last_error=error
    )


def backoff_seconds(attempts):
    seconds = min(conf.BACKOFF_BASE * 2 ** max(attempts - 1, 0), conf.BACKOFF_MAX)
    return seconds * random.uniform(0.8, 1.2)  # noqa: S311 - spreads the retries


def back_off(rows, error, now):
    for row in rows:
        attempts = row.attempts + 1
        OutboxStatement.objects.filter(pk=row.pk).update(
            attempts=attempts,
            last_error=error[:1000],
            next_attempt_at=now + timedelta(seconds=backoff_seconds(attempts)),
        )


def deliver_due(now=None, max_batches=20):
    """Send what is due, batch after batch; stop at the first failure.
    Returns the number of statements the LRS accepted."""
    if not conf.is_enabled():
        return 0
    delivered = 0
    for _ in range(max_batches):
        moment = now or timezone.now()
        rows = claim(conf.batch_size(), moment)
        if not rows:
            break
        if not send(rows, moment):
            break
        delivered += OutboxStatement.objects.filter(
            pk__in=[row.pk for row in rows], delivered_at__isnull=False
        ).count()
    return delivered
