"""Delete citizens' comments older than LMS_FEEDBACK_COMMENT_RETENTION_DAYS, daily."""

from django.conf import settings
from django.db import migrations
from django.utils import timezone

HAS_QUEUE = "django_q" in settings.INSTALLED_APPS
NAME = "feedback: delete old comments"


def add_schedule(apps, schema_editor):
    if not HAS_QUEUE:
        return
    first = timezone.localtime().replace(hour=3, minute=30, second=0, microsecond=0)
    apps.get_model("django_q", "Schedule").objects.get_or_create(
        name=NAME,
        defaults={
            "func": "feedback.tasks.delete_old_comments",
            "schedule_type": "D",
            "repeats": -1,
            "next_run": first,
        },
    )


def remove_schedule(apps, schema_editor):
    if HAS_QUEUE:
        apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("feedback", "0002_principles_and_roles")] + (
        [("django_q", "0018_task_success_index")] if HAS_QUEUE else []
    )

    operations = [migrations.RunPython(add_schedule, remove_schedule)]
