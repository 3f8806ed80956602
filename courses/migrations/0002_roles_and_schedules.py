from django.db import migrations

from people.roles import ADMINISTRATOR, HR, MANAGER, TRAINER, grant

SCHEDULES = [
    ("courses: due-date reminders", "courses.tasks.send_due_reminders"),
    ("courses: apply assignment rules", "courses.tasks.apply_all_rules"),
]


def grant_courses(apps, schema_editor):
    view = ["courses.view_enrolment", "courses.assign_courses"]
    grant(
        apps,
        {
            TRAINER: view
            + [
                "courses.change_enrolment",
                "courses.add_assignmentrule",
                "courses.change_assignmentrule",
                "courses.view_assignmentrule",
            ],
            HR: view
            + [
                "courses.change_enrolment",
                "courses.add_assignmentrule",
                "courses.change_assignmentrule",
                "courses.view_assignmentrule",
            ],
            MANAGER: view,
            ADMINISTRATOR: ["courses.*"],
        },
    )


def create_schedules(apps, schema_editor):
    from django.utils import timezone

    Schedule = apps.get_model("django_q", "Schedule")
    first_run = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0)
    for name, func in SCHEDULES:
        Schedule.objects.get_or_create(
            name=name,
            defaults={
                "func": func,
                "schedule_type": "D",
                "repeats": -1,
                "next_run": first_run,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("people", "0002_roles"),
        ("django_q", "0018_task_success_index"),
    ]

    operations = [
        migrations.RunPython(grant_courses, migrations.RunPython.noop),
        migrations.RunPython(create_schedules, migrations.RunPython.noop),
    ]
