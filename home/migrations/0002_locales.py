from django.db import migrations

CONTENT_LANGUAGES = ("az", "ru", "en")


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial"), ("wagtailcore", "0053_locale_model")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
