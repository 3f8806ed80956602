"""Write statements into the outbox (inside the caller's transaction) and have the
queue deliver them once that transaction commits."""

from django.db import IntegrityError, transaction

from . import conf
from .models import OutboxStatement


def record(kind, built):
    """Keep one statement; the same event recorded again changes nothing."""
    if not conf.is_enabled():
        return None
    sid, payload = built
    try:
        with transaction.atomic():
            row = OutboxStatement.objects.create(
                statement_id=sid, kind=kind, payload=payload
            )
    except IntegrityError:  # recorded already
        return None
    transaction.on_commit(queue_delivery)
    return row


def queue_delivery():
    from django_q.tasks import async_task

    async_task("xapi_outbox.tasks.deliver_outbox", task_name="xapi delivery")
