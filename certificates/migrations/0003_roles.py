from django.db import migrations

from people.roles import ADMINISTRATOR, HR, MANAGER, TRAINER, grant

VIEW = ["certificates.view_certificate", "certificates.view_certificatetemplate"]
TEMPLATES = [
    "certificates.add_certificatetemplate",
    "certificates.change_certificatetemplate",
]
HR_ACTIONS = [
    "certificates.issue_certificate",
    "certificates.revoke_certificate",
    "certificates.regenerate_certificate",
]


def grant_certificates(apps, schema_editor):
    grant(
        apps,
        {
            TRAINER: VIEW,
            MANAGER: ["certificates.view_certificate"],
            HR: VIEW + TEMPLATES + HR_ACTIONS,
            ADMINISTRATOR: ["certificates.*"],
        },
    )


class Migration(migrations.Migration):
    dependencies = [("certificates", "0002_default_template"), ("people", "0002_roles")]

    operations = [migrations.RunPython(grant_certificates, migrations.RunPython.noop)]
