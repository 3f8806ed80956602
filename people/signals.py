"""Role and scope changes are written to Wagtail's audit log."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed
from django.dispatch import Signal, receiver
from wagtail.log_actions import log

from .models import EmployeeProfile

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
