"""Accounts: who may change whose, leavers losing access, and the audit of changes.

One rule decides whether an actor may change another person's account (its e-mail,
username or active flag): never when the account holds rights the actor lacks. An
e-mail change is how an account is taken over (a password reset goes there), so
every change of one is written to the audit log, as is every deactivation.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import get_active_log_context
from wagtail.models import ModelLogEntry

EMAIL_CHANGED = "people.email_changed"
ACCOUNT_DEACTIVATED = "people.account_deactivated"
ACCOUNT_REACTIVATED = "people.account_reactivated"


def account_rights(user_ids):
    """``{user id: (superuser, staff, rights)}`` as their flags and groups grant them,
    active or not (an inactive administrator is one again once reactivated). Rights
    are Django permissions plus Wagtail's page and collection permissions (a page
    publisher's login is worth taking over too). Five queries for any number."""
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    User = get_user_model()
    found = {
        pk: [is_superuser, is_staff, set()]
        for pk, is_superuser, is_staff in User.objects.filter(
            pk__in=user_ids
        ).values_list("pk", "is_superuser", "is_staff")
    }
    for lookup in ("group__user", "user"):
        rows = Permission.objects.filter(**{f"{lookup}__in": list(found)})
        for pk, app_label, codename in rows.values_list(
            lookup, "content_type__app_label", "codename"
        ):
            found[pk][2].add(f"{app_label}.{codename}")
    for model, place in (
        (GroupPagePermission, "page"),
        (GroupCollectionPermission, "collection"),
    ):
        rows = model.objects.filter(group__user__in=list(found))
        for pk, where, codename in rows.values_list(
            "group__user", place, "permission__codename"
        ):
            found[pk][2].add(f"{place}:{where}:{codename}")
    return {
        pk: (sup, staff, frozenset(perms)) for pk, (sup, staff, perms) in found.items()
    }


def actor_rights(actor):
    """What the person (or job, when None) doing the change may do."""
    if actor is None or not actor.is_active:
        return (False, False, frozenset())
    return account_rights([actor.pk])[actor.pk]


def exceeds(target_rights, rights_of_actor):
    target_super, target_staff, target_perms = target_rights
    actor_super, actor_staff, actor_perms = rights_of_actor
    if actor_super:
        return False
    return (
        target_super
        or (target_staff and not actor_staff)
        or not target_perms <= actor_perms
    )


def protected_user_ids(user_ids, actor):
    """Of ``user_ids``, the accounts holding rights ``actor`` lacks (``actor`` None:
    a job run without a person, which holds no rights at all)."""
    mine = actor_rights(actor)
    if mine[0]:
        return set()
    return {
        pk for pk, theirs in account_rights(user_ids).items() if exceeds(theirs, mine)
    }


def may_change_account(actor, user):
    """The one rule: ``actor`` may change ``user``'s login only if ``user`` holds no
    right ``actor`` lacks."""
    return user.pk is None or user.pk not in protected_user_ids([user.pk], actor)


# Leavers ------------------------------------------------------------------------------


def end_sessions(user_ids):
    """Delete the stored sessions of these users: their next request is anonymous.

    Database-backed sessions (Django's default and ``cached_db``) are searched; other
    engines rely on Django refusing an inactive user on the next request.
    """
    user_ids = {str(pk) for pk in user_ids}
    if not user_ids or "db" not in settings.SESSION_ENGINE:
        return 0
    from django.contrib.sessions.models import Session

    ended = [
        session.session_key
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if str(session.get_decoded().get("_auth_user_id")) in user_ids
    ]
    Session.objects.filter(session_key__in=ended).delete()
    if "cached_db" in settings.SESSION_ENGINE:
        from django.contrib.sessions.backends.cached_db import KEY_PREFIX
        from django.core.cache import caches

        caches[settings.SESSION_CACHE_ALIAS].delete_many(
            [KEY_PREFIX + key for key in ended]
        )
    return len(ended)


def deactivate_accounts(user_ids, *, by=None):
    """Turn off these logins, end their sessions and record who did it."""
    User = get_user_model()
    users = list(User.objects.filter(pk__in=user_ids, is_active=True))
    if not users:
        return 0
    User.objects.filter(pk__in=[u.pk for u in users]).update(is_active=False)
    end_sessions([u.pk for u in users])
    log_many(users, ACCOUNT_DEACTIVATED, by=by)
    return len(users)


# The audit log ------------------------------------------------------------------------


def log_many(instances, action, *, by=None, data=None):
    """One audit entry per instance, written in one query (imports touch many).

    ``data`` is a dict, or a function of the instance giving one.
    """
    context = get_active_log_context()
    by = by or context.user
    now = timezone.now()
    entries = [
        ModelLogEntry(
            content_type=ContentType.objects.get_for_model(
                instance, for_concrete_model=False
            ),
            object_id=str(instance.pk),
            label=str(instance)[:255] or str(instance.pk),
            action=action,
            timestamp=now,
            user=by if getattr(by, "pk", None) else None,
            uuid=context.uuid,
            data=(data(instance) if callable(data) else data) or {},
        )
        for instance in instances
    ]
    ModelLogEntry.objects.bulk_create(entries)
    return entries
