"""The template that ships: created by a data migration, or at first use if missing."""

DEFAULT_TEMPLATE = {
    "name": "Standard certificate",
    "is_default": True,
    "page_size": "A4",
    "orientation": "landscape",
    "organisation": "ASAN Akademiya",
    "organisation_ru": "ASAN Академия",
    "organisation_en": "ASAN Academy",
    "title": "Sertifikat",
    "title_ru": "Сертификат",
    "title_en": "Certificate",
    "body": (
        "Bu sertifikat təsdiq edir ki,\n{employee_name}\n"
        "«{course_title}» kursunu ({course_hours} saat) uğurla başa vurmuşdur.\n\n"
        "Səriştələr: {competencies}"
    ),
    "body_ru": (
        "Настоящий сертификат подтверждает, что\n{employee_name}\n"
        "успешно завершил(а) курс «{course_title}» объёмом {course_hours} ч.\n\n"
        "Компетенции: {competencies}"
    ),
    "body_en": (
        "This is to certify that\n{employee_name}\n"
        "has successfully completed the course “{course_title}” ({course_hours} h).\n\n"
        "Competencies: {competencies}"
    ),
    "accent_colour": "#0b4f8a",
    "text_colour": "#1c2430",
}
