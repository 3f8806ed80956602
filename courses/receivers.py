"""Keep standing assignment rules true when people join or move."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from people.models import EmployeeProfile
from people.signals import employees_imported


def queue_rules_for(ids):
    from django_q.tasks import async_task

    ids = list(ids)
    transaction.on_commit(
        lambda: async_task("courses.tasks.apply_rules_for_employees", ids)
    )


@receiver(post_save, sender=EmployeeProfile)
def employee_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.is_active:
        queue_rules_for([instance.pk])


@receiver(employees_imported)
def employees_were_imported(sender, profile_ids, **kwargs):
    queue_rules_for(profile_ids)
