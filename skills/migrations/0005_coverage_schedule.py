"""Schedule the monthly coverage snapshot with django-q2, when the site runs django-q2.

A host site without django-q2 migrates without it and can run
``skills.tasks.snapshot_coverage`` from its own scheduler.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.db import migrations
from django.utils import timezone

SCHEDULE_NAME = "skills.snapshot_coverage"
HAS_QUEUE = "django_q" in settings.INSTALLED_APPS


def first_run():
    """03:00 in Baku on the first day of next month."""
    today = timezone.now().astimezone(zoneinfo.ZoneInfo("Asia/Baku")).date()
    month = datetime.date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return datetime.datetime.combine(
        month, datetime.time(3), tzinfo=zoneinfo.ZoneInfo("Asia/Baku")
    )


def add_schedule(apps, schema_editor):
    if not HAS_QUEUE:
        return
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.get_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "skills.tasks.snapshot_coverage",
            "schedule_type": "M",
            "repeats": -1,
            "next_run": first_run(),
        },
    )


def remove_schedule(apps, schema_editor):
    if HAS_QUEUE:
        apps.get_model("django_q", "Schedule").objects.filter(
            name=SCHEDULE_NAME
        ).delete()


class Migration(migrations.Migration):
    dependencies = [("skills", "0004_matrix_roles")] + (
        [("django_q", "0017_task_cluster_alter")] if HAS_QUEUE else []
    )

    operations = [migrations.RunPython(add_schedule, remove_schedule)]
