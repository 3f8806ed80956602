"""django-q2 tasks: deliver after each recorded event, and every minute (retries)."""

from .delivery import deliver_due


def deliver_outbox():
    return deliver_due()
