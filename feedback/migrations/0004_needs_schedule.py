"""Recompute training needs every night and tell HR of new ones."""

from django.conf import settings
from django.db import migrations
from django.utils import timezone

HAS_QUEUE = "django_q" in settings.INSTALLED_APPS
NAME = "feedback: recompute training needs"


def add_schedule(apps, schema_editor):
    if not HAS_QUEUE:
        return
    first = timezone.localtime().replace(hour=2, minute=15, second=0, microsecond=0)
    apps.get_model("django_q", "Schedule").objects.get_or_create(
        name=NAME,
        defaults={
            "func": "feedback.tasks.recompute_needs",
            "schedule_type": "D",
            "repeats": -1,
            "next_run": first,
        },
    )


def remove_schedule(apps, schema_editor):
    if HAS_QUEUE:
        apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("feedback", "0003_comment_retention_schedule")]

    operations = [migrations.RunPython(add_schedule, remove_schedule)]
