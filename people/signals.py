"""Role and scope changes are written to Wagtail's audit log; unit names read for
labels are forgotten when a request or a task starts and when a unit changes."""

import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in
from django.core.signals import request_started
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import Signal, receiver
from django_q.signals import pre_execute
from wagtail.log_actions import log

from . import accounts
from .admin_access import permissions_changed
from .models import EmployeeProfile, OrgUnit
from .units import forget_unit_names

User = get_user_model()

# Sent after an import commits; arguments: profile_ids (created or updated).
employees_imported = Signal()


def _names(model, pks):
    return sorted(str(obj) for obj in model.objects.filter(pk__in=pks))


@receiver(m2m_changed, sender=User.groups.through)
def log_role_change(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    change = "added" if action == "post_add" else "removed"
    users = User.objects.filter(pk__in=pk_set) if reverse else [instance]
    groups = [instance.name] if reverse else _names(model, pk_set)
    for user in users:
        log(user, "people.roles_changed", data={change: groups})


@receiver(m2m_changed, sender=EmployeeProfile.managed_units.through)
def log_scope_change(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove") or not pk_set or reverse:
        return
    change = "added" if action == "post_add" else "removed"
    log(instance.user, "people.scope_changed", data={change: _names(model, pk_set)})


request_started.connect(forget_unit_names, dispatch_uid="people.forget_unit_names")
pre_execute.connect(forget_unit_names, dispatch_uid="people.forget_unit_names")
for signal in (post_save, post_delete):
    signal.connect(
        forget_unit_names, sender=OrgUnit, dispatch_uid="people.forget_unit_names"
    )


# Leavers: the profile's active flag drives the login --------------------------------


def _touches_active(kwargs):
    fields = kwargs.get("update_fields")
    return fields is None or "is_active" in fields


@receiver(pre_save, sender=EmployeeProfile)
def remember_active(sender, instance, raw=False, **kwargs):
    if raw or not instance.pk or not _touches_active(kwargs):
        instance._was_active = None
        return
    instance._was_active = (
        EmployeeProfile.objects.filter(pk=instance.pk)
        .values_list("is_active", flat=True)
        .first()
    )


@receiver(post_save, sender=EmployeeProfile)
def follow_active(sender, instance, created, raw=False, **kwargs):
    """Deactivating an employee turns off their login and logs them out everywhere;
    reactivating them turns it back on. Each is written to the audit log."""
    was_active = getattr(instance, "_was_active", None)
    if raw or was_active is None or was_active == instance.is_active:
        return
    if not instance.is_active:
        accounts.deactivate_accounts([instance.user_id])
        return
    User.objects.filter(pk=instance.user_id).update(is_active=True)
    accounts.log_many([instance.user], accounts.ACCOUNT_REACTIVATED)


@receiver(pre_save, sender=User)
def remember_email(sender, instance, raw=False, update_fields=None, **kwargs):
    instance._old_email = None
    if raw or not instance.pk or (update_fields and "email" not in update_fields):
        return
    instance._old_email = (
        User.objects.filter(pk=instance.pk).values_list("email", flat=True).first()
    )


@receiver(post_save, sender=User)
def log_email_change(sender, instance, created, raw=False, **kwargs):
    """Whoever changes an account's e-mail (admin forms, shell), it is audited: a
    new address and a password reset are how an account is taken over."""
    old = getattr(instance, "_old_email", None)
    if raw or created or old is None or old == instance.email:
        return
    accounts.log_many(
        [instance], accounts.EMAIL_CHANGED, data={"old": old, "new": instance.email}
    )


@receiver(user_logged_in)
def start_idle_clock(sender, request, user, **kwargs):
    """A session starts its idle clock at login, saved with the login itself, so the
    first pages after it do not write the session again."""
    from .middleware import SEEN_KEY

    if request is not None and hasattr(request, "session"):
        request.session[SEEN_KEY] = int(time.time())


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="people.perm_groups")
@receiver(
    m2m_changed,
    sender=User.user_permissions.through,
    dispatch_uid="people.perm_user",
)
@receiver(
    m2m_changed,
    sender=Group.permissions.through,
    dispatch_uid="people.perm_group",
)
def permissions_moved(sender, action, **kwargs):
    if action.startswith("post_"):
        permissions_changed()


@receiver(post_save, sender=User, dispatch_uid="people.user_saved_perms")
@receiver(post_delete, sender=Group, dispatch_uid="people.group_deleted_perms")
def account_changed(sender, update_fields=None, **kwargs):
    if update_fields is None or set(update_fields) != {"last_login"}:
        permissions_changed()  # superuser or active may have changed
