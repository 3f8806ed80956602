"""Deliver the outbox every minute with django-q2 (the retries and backoff), when the
site runs django-q2; a host site without it calls xapi_outbox.tasks itself."""

from django.conf import settings
from django.db import migrations
from django.utils import timezone

HAS_QUEUE = "django_q" in settings.INSTALLED_APPS
NAME = "xapi: deliver outbox"


def add_schedule(apps, schema_editor):
    if not HAS_QUEUE:
        return
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.get_or_create(
        name=NAME,
        defaults={
            "func": "xapi_outbox.tasks.deliver_outbox",
            "schedule_type": "I",
            "minutes": 1,
            "repeats": -1,
            "next_run": timezone.now(),
        },
    )


def remove_schedule(apps, schema_editor):
    if HAS_QUEUE:
        apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("xapi_outbox", "0001_initial")] + (
        [("django_q", "0018_task_success_index")] if HAS_QUEUE else []
    )

    operations = [migrations.RunPython(add_schedule, remove_schedule)]
