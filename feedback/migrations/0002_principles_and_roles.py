"""The centres' five principles (Rules of 2012, §1.3) as the feedback categories, and
what each role may do with citizen feedback."""

from django.db import migrations

from people.roles import ADMINISTRATOR, HR, MANAGER, TRAINER, grant

PRINCIPLES = [
    ("promptness", "Operativlik", "Оперативность", "Promptness"),
    ("transparency", "Şəffaflıq", "Прозрачность", "Transparency"),
    ("courtesy", "Nəzakətlilik", "Вежливость", "Courtesy"),
    ("responsibility", "Məsuliyyət", "Ответственность", "Responsibility"),
    ("convenience", "Rahatlıq", "Удобство", "Convenience"),
]
REPORT = "feedback.view_feedback_report"
MAPPING = ["feedback.view_feedbackcategory", "feedback.change_feedbackcategory"]


def add_principles(apps, schema_editor):
    Category = apps.get_model("feedback", "FeedbackCategory")
    for order, (code, az, ru, en) in enumerate(PRINCIPLES, start=1):
        Category.objects.get_or_create(
            code=code,
            defaults={"name": az, "name_ru": ru, "name_en": en, "sort_order": order},
        )


def grant_feedback(apps, schema_editor):
    grant(
        apps,
        {
            TRAINER: MAPPING + ["feedback.view_service"],
            MANAGER: [REPORT],
            HR: MAPPING
            + [
                REPORT,
                "feedback.view_feedback_comments",
                "feedback.import_feedback",
                "feedback.add_feedbackcategory",
                "feedback.add_service",
                "feedback.change_service",
                "feedback.view_service",
                "feedback.add_monitor",
                "feedback.change_monitor",
                "feedback.view_monitor",
                "feedback.view_feedbackimport",
            ],
            ADMINISTRATOR: ["feedback.*"],
        },
    )


class Migration(migrations.Migration):
    dependencies = [("feedback", "0001_initial"), ("people", "0002_roles")]

    operations = [
        migrations.RunPython(add_principles, migrations.RunPython.noop),
        migrations.RunPython(grant_feedback, migrations.RunPython.noop),
    ]
