from django.db import migrations

from people.roles import ADMINISTRATOR, HR, MANAGER, TRAINER, grant

PACKAGES = [f"h5p.{action}_h5ppackage" for action in ("add", "change", "view")]
RESULTS = ["h5p.view_xapistatement"]


def grant_h5p(apps, schema_editor):
    grant(
        apps,
        {
            # Trainers upload packages that use installed libraries; installing a
            # new library version (third-party JavaScript) is for administrators.
            TRAINER: PACKAGES + RESULTS + ["h5p.view_h5plibrary"],
            HR: RESULTS,
            MANAGER: RESULTS,
            ADMINISTRATOR: ["h5p.*"],
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0001_initial"),
        ("people", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_h5p, migrations.RunPython.noop)]
