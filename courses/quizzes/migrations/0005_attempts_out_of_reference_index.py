from django.db import migrations


def forget_attempt_references(apps, schema_editor):
    """Attempts are no longer in Wagtail's reference index: drop the rows they had."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    attempt = ContentType.objects.filter(app_label="quizzes", model="attempt").first()
    if attempt is not None:
        ReferenceIndex.objects.filter(content_type=attempt).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0004_moodle_grades_names_html"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [
        migrations.RunPython(forget_attempt_references, migrations.RunPython.noop)
    ]
