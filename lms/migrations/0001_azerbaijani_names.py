"""Wagtail creates a few records with English names that its admin shows as they are:
the root of the page tree and of the collections ("Root") and the default moderation
workflow and its task ("Moderators approval"); so does the certificate template the
plugin ships ("Standard certificate"). Trainers meet the workflow on every page they
edit ("Göndər: …"), so the site names them in Azerbaijani, its primary language.
Records someone has renamed already are left alone."""

from django.db import migrations

RENAMES = [
    ("wagtailcore.Page", "title", {"depth": 1}, "Root", "Kök"),
    ("wagtailcore.Page", "draft_title", {"depth": 1}, "Root", "Kök"),
    ("wagtailcore.Collection", "name", {"depth": 1}, "Root", "Kök"),
    ("wagtailcore.Workflow", "name", {}, "Moderators approval", "Moderatorların təsdiqi"),
    ("wagtailcore.Task", "name", {}, "Moderators approval", "Moderatorların təsdiqi"),
    ("certificates.CertificateTemplate", "name", {}, "Standard certificate",
     "Standart sertifikat"),
]  # fmt: skip


def rename(apps, schema_editor):
    for model, field, where, english, azerbaijani in RENAMES:
        records = apps.get_model(model).objects.filter(**where)
        records.filter(**{field: english}).update(**{field: azerbaijani})


def rename_back(apps, schema_editor):
    for model, field, where, english, azerbaijani in RENAMES:
        records = apps.get_model(model).objects.filter(**where)
        records.filter(**{field: azerbaijani}).update(**{field: english})


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailcore", "0025_collection_initial_data"),
        ("certificates", "0002_default_template"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
