import django.db.models.deletion
from django.db import migrations, models

from certificates.defaults import DEFAULT_TEMPLATE

# The shipped wording before the course's hours were printed; a template still
# saying exactly this gets the new wording, an edited one is left as its author wrote.
PREVIOUS_BODIES = {
    "body": (
        "Bu sertifikat təsdiq edir ki,\n{employee_name}\n"
        "«{course_title}» kursunu uğurla başa vurmuşdur.\n\n"
        "Səriştələr: {competencies}"
    ),
    "body_ru": (
        "Настоящий сертификат подтверждает, что\n{employee_name}\n"
        "успешно завершил(а) курс «{course_title}».\n\n"
        "Компетенции: {competencies}"
    ),
    "body_en": (
        "This is to certify that\n{employee_name}\n"
        "has successfully completed the course “{course_title}”.\n\n"
        "Competencies: {competencies}"
    ),
}


def print_course_hours(apps, schema_editor):
    CertificateTemplate = apps.get_model("certificates", "CertificateTemplate")
    for field, previous in PREVIOUS_BODIES.items():
        CertificateTemplate.objects.filter(**{field: previous}).update(
            **{field: DEFAULT_TEMPLATE[field]}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0005_open_badges_credentials"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.AddField(
            model_name="certificatetemplate",
            name="seal",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "The organisation's stamp, printed beside the signatures; "
                    "a transparent PNG."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="seal",
            ),
        ),
        migrations.RunPython(print_course_hours, migrations.RunPython.noop),
    ]
