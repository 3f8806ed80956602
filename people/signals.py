"""Role and scope changes are written to Wagtail's audit log; unit names read for
labels are forgotten when a request or a task starts and when a unit changes."""

from django.contrib.auth import get_user_model
from django.core.signals import request_started
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal, receiver
from django_q.signals import pre_execute
from wagtail.log_actions import log

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
