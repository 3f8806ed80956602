"""In-app notifications: made once beside each e-mail, read on the employee site.

``people`` knows no courses or certificates. Each app registers the kinds it sends
from its ``AppConfig.ready()``::

    register_kind("overdue", describe_enrolment_notices)

A describer takes a list of notifications of its kind and returns
``{notification id: Message}`` in the active language, in as few queries as it can.

The header shows the unread count on every page, so it is kept in the cache: for a
minute at most, and forgotten at once when a notification is made or read (at once
everywhere when the cache is shared, as with Redis).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .records import Notification


@dataclass(frozen=True)
class Message:
    text: str
    url: str = ""


_describers = {}
COUNT_TIMEOUT = 60


def register_kind(kind, describe):
    _describers[kind] = describe


def notify(*, user, kind, about, params=None):
    """Tell ``user`` about something once; None if they were told before."""
    try:
        with transaction.atomic():
            made = Notification.objects.create(
                recipient=user, kind=kind, about=str(about), params=params or {}
            )
    except IntegrityError:  # told before (a task run twice, two workers)
        return None
    forget_count(user.pk)
    transaction.on_commit(lambda: forget_count(user.pk))
    return made


def count_key(user_id):
    return f"lms:notifications:unread:{user_id}"


def forget_count(user_id):
    cache.delete(count_key(user_id))


def unread_count(user):
    if not user.is_authenticated:
        return 0
    found = cache.get(count_key(user.pk))
    if found is None:
        found = Notification.objects.filter(
            recipient=user, read_at__isnull=True
        ).count()
        cache.set(count_key(user.pk), found, COUNT_TIMEOUT)
    return found


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
    changed = mine.filter(read_at__isnull=True).update(read_at=timezone.now())
    forget_count(user.pk)
    return changed
