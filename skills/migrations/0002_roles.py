from django.db import migrations

from people.roles import ADMINISTRATOR, HR, MANAGER, TRAINER, grant

VIEW = [
    "skills.view_competencyarea",
    "skills.view_competency",
    "skills.view_proficiencylevel",
    "skills.view_positionrequirement",
    "skills.view_competencyevidence",
]
EDIT = [
    f"skills.{action}_{model}"
    for model in (
        "competencyarea",
        "competency",
        "proficiencylevel",
        "positionrequirement",
    )
    for action in ("add", "change")
]


def grant_skills(apps, schema_editor):
    grant(
        apps,
        {
            TRAINER: VIEW,
            MANAGER: VIEW,
            HR: VIEW + EDIT,
            ADMINISTRATOR: ["skills.*"],
        },
    )


class Migration(migrations.Migration):
    dependencies = [("skills", "0001_initial"), ("people", "0002_roles")]

    operations = [migrations.RunPython(grant_skills, migrations.RunPython.noop)]
