from django.db import migrations

from people.roles import ADMINISTRATOR, HR, MANAGER, grant

MATRIX = ["skills.view_skills_matrix"]


def grant_matrix(apps, schema_editor):
    grant(
        apps,
        {
            HR: MATRIX,
            MANAGER: MATRIX,
            ADMINISTRATOR: ["skills.*"],
        },
    )


class Migration(migrations.Migration):
    dependencies = [("skills", "0003_matrix_reports"), ("people", "0002_roles")]

    operations = [migrations.RunPython(grant_matrix, migrations.RunPython.noop)]
