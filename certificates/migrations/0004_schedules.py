"""Schedule the sweep, expiry and reminders with django-q2, when the site runs it.

A host site without django-q2 migrates without them and can run the tasks in
``certificates.tasks`` from its own scheduler.
"""

from django.conf import settings
from django.db import migrations
from django.utils import timezone

HAS_QUEUE = "django_q" in settings.INSTALLED_APPS

# name, function, schedule type, minutes (for "I")
SCHEDULES = [
    ("certificates: reconcile PDFs", "certificates.tasks.reconcile_certificates", "I", 10),
    ("certificates: mark expired", "certificates.tasks.expire_certificates", "H", None),
    ("certificates: expiry reminders", "certificates.tasks.send_expiry_reminders", "D", None),
]  # fmt: skip


def first_run(kind):
    """Daily work at 09:00 local time (people read reminders then); the rest now."""
    now = timezone.localtime()
    if kind == "D":
        return now.replace(hour=9, minute=0, second=0, microsecond=0)
    return now


def add_schedules(apps, schema_editor):
    if not HAS_QUEUE:
        return
    Schedule = apps.get_model("django_q", "Schedule")
    for name, func, kind, minutes in SCHEDULES:
        Schedule.objects.get_or_create(
            name=name,
            defaults={
                "func": func,
                "schedule_type": kind,
                "minutes": minutes,
                "repeats": -1,
                "next_run": first_run(kind),
            },
        )


def remove_schedules(apps, schema_editor):
    if HAS_QUEUE:
        Schedule = apps.get_model("django_q", "Schedule")
        Schedule.objects.filter(name__in=[s[0] for s in SCHEDULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("certificates", "0003_roles")] + (
        [("django_q", "0018_task_success_index")] if HAS_QUEUE else []
    )

    operations = [migrations.RunPython(add_schedules, remove_schedules)]
