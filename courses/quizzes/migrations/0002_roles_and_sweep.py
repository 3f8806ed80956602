from django.db import migrations

from people.roles import ADMINISTRATOR, HR, MANAGER, TRAINER, grant

BANK = [
    f"quizzes.{action}_{model}"
    for model in ("question", "questioncategory")
    for action in ("add", "change", "view")
]


def grant_quizzes(apps, schema_editor):
    grant(
        apps,
        {
            TRAINER: BANK + ["quizzes.view_attempt", "quizzes.regrade_quiz"],
            HR: ["quizzes.view_attempt"],
            MANAGER: ["quizzes.view_attempt"],
            ADMINISTRATOR: ["quizzes.*"],
        },
    )


def create_sweep(apps, schema_editor):
    from django.utils import timezone

    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.get_or_create(
        name="quizzes: close overdue attempts",
        defaults={
            "func": "courses.quizzes.tasks.sweep_overdue_attempts",
            "schedule_type": "I",
            "minutes": 1,
            "repeats": -1,
            "next_run": timezone.now(),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("people", "0002_roles"),
        ("django_q", "0018_task_success_index"),
    ]

    operations = [
        migrations.RunPython(grant_quizzes, migrations.RunPython.noop),
        migrations.RunPython(create_sweep, migrations.RunPython.noop),
    ]
