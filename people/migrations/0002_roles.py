from django.db import migrations

from people.roles import PEOPLE_PERMISSIONS, grant


def create_roles(apps, schema_editor):
    grant(apps, PEOPLE_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
