"""In-app notifications: made once beside each e-mail, read on the employee site.

``people`` knows no courses or certificates. Each app registers the kinds it sends
from its ``AppConfig.ready()``::

    register_kind("overdue", describe_enrolment_notices)

A describer takes a list of notifications of its kind and returns
``{notification id: Message}`` in the active language, in as few queries as it can.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .records import Notification


@dataclass(frozen=True)
class Message:
    text: str
    url: str = ""


_describers = {}


def register_kind(kind, describe):
    _describers[kind] = describe


def notify(*, user, kind, about, params=None):
    """Tell ``user`` about something once; None if they were told before."""
    try:
        with transaction.atomic():
            return Notification.objects.create(
                recipient=user, kind=kind, about=str(about), params=params or {}
            )
    except IntegrityError:  # told before (a task run twice, two workers)
        return None


def unread_count(user):
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def recent(user, limit=100):
    """``[(notification, Message)]``, newest first, each described in the active
    language; a kind no installed app describes is left out."""
    notifications = list(Notification.objects.filter(recipient=user)[:limit])
    messages = {}
    for kind in {n.kind for n in notifications}:
        if kind in _describers:
            messages.update(
                _describers[kind]([n for n in notifications if n.kind == kind])
            )
    return [(n, messages[n.pk]) for n in notifications if n.pk in messages]


def mark_read(*, user, notification_id=None):
    """Mark one of ``user``'s notifications (or all of them) read; how many changed.
    Raises ``Notification.DoesNotExist`` for an id that is not theirs."""
    mine = Notification.objects.filter(recipient=user)
    if notification_id is not None:
        mine = mine.filter(pk=notification_id)
        if not mine.exists():
            raise Notification.DoesNotExist(_("No such notification."))
    return mine.filter(read_at__isnull=True).update(read_at=timezone.now())
