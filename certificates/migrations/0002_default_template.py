from django.db import migrations

from certificates.defaults import DEFAULT_TEMPLATE


def create_default_template(apps, schema_editor):
    CertificateTemplate = apps.get_model("certificates", "CertificateTemplate")
    if not CertificateTemplate.objects.filter(is_default=True).exists():
        CertificateTemplate.objects.create(**DEFAULT_TEMPLATE)


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial")]

    operations = [
        migrations.RunPython(create_default_template, migrations.RunPython.noop)
    ]
