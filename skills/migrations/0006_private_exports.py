"""Matrix exports move to private storage and expire.

Files written before this lay under the public media folder: they are deleted with
their rows (they are copies; the matrix is still there to export again). A daily
django-q2 schedule deletes exports once they expire, when the site runs django-q2.
"""

import datetime

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import migrations, models
from django.utils import timezone

import people.storage
import skills.models.reports

SCHEDULE_NAME = "skills.forget_old_exports"
HAS_QUEUE = "django_q" in settings.INSTALLED_APPS


def forget_public_exports(apps, schema_editor):
    MatrixExport = apps.get_model("skills", "MatrixExport")
    for name in MatrixExport.objects.exclude(file="").values_list("file", flat=True):
        if default_storage.exists(name):
            default_storage.delete(name)
    MatrixExport.objects.all().delete()


def add_schedule(apps, schema_editor):
    if not HAS_QUEUE:
        return
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.get_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "skills.tasks.forget_old_exports",
            "schedule_type": "D",
            "repeats": -1,
            "next_run": timezone.make_aware(
                datetime.datetime.combine(tomorrow, datetime.time(2))
            ),
        },
    )


def remove_schedule(apps, schema_editor):
    if HAS_QUEUE:
        apps.get_model("django_q", "Schedule").objects.filter(
            name=SCHEDULE_NAME
        ).delete()


class Migration(migrations.Migration):
    dependencies = [("skills", "0005_coverage_schedule")] + (
        [("django_q", "0017_task_cluster_alter")] if HAS_QUEUE else []
    )

    operations = [
        migrations.RunPython(forget_public_exports, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="matrixexport",
            name="file",
            field=models.FileField(
                blank=True,
                max_length=255,
                storage=people.storage.private_storage,
                upload_to=skills.models.reports.export_upload_to,
                verbose_name="file",
            ),
        ),
        migrations.RunPython(add_schedule, remove_schedule),
    ]
