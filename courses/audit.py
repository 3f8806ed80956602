"""Audit log entries for what an employee's request changes, without Wagtail's
per-entry validation queries.

Wagtail's ``log`` saves each entry by itself, and the save validates the entry in
full first: it reads the content type (and the user, when there is one) from the
database to prove they exist. Here the content type comes from Django's content
type cache and the user from the log context, as Wagtail takes it; the action must
be registered, as Wagtail's validation requires; the label is cut to its column.
Entries logged inside ``together()`` are written in one INSERT when the block ends
(inside the caller's transaction, so they commit or roll back with what they
record). Objects Wagtail logs with a model of its own (pages) go through Wagtail.
"""

from contextlib import contextmanager
from threading import local

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import get_active_log_context, registry
from wagtail.log_actions import log as wagtail_log
from wagtail.models import ModelLogEntry

_pending = local()


def log(instance, action, *, user=None, data=None, title=None):
    """Record ``action`` on ``instance`` as Wagtail's ``log`` does."""
    if registry.get_log_model_for_instance(instance) is not ModelLogEntry:
        return wagtail_log(instance, action, user=user, data=data, title=title)
    if not registry.action_exists(action):
        raise ValueError(f"The log action {action!r} has not been registered.")
    if instance.pk is None:
        raise ValueError(f"Cannot log {action!r} for {instance!r}: no primary key.")
    context = get_active_log_context()
    user = user or context.user
    entry = ModelLogEntry(
        content_type=ContentType.objects.get_for_model(
            instance, for_concrete_model=False
        ),
        object_id=str(instance.pk),
        label=(title or str(instance) or str(instance.pk))[:255],
        action=action,
        timestamp=timezone.now(),
        user_id=getattr(user, "pk", None),
        uuid=context.uuid,
        data=data or {},
    )
    batch = getattr(_pending, "entries", None)
    if batch is not None:
        batch.append(entry)
    else:
        ModelLogEntry.objects.bulk_create([entry])
    return entry


@contextmanager
def together():
    """Write the entries ``log`` records inside the block in one INSERT at its
    end; nothing if the block raises. A block inside another leaves the writing
    to the outer one."""
    if getattr(_pending, "entries", None) is not None:
        yield
        return
    _pending.entries = []
    try:
        yield
        entries = _pending.entries
    finally:
        _pending.entries = None
    if entries:
        ModelLogEntry.objects.bulk_create(entries)
