"""Which language a certificate is printed in, and which others it may be had in."""

from django.conf import settings

from courses.models import CoursePage


def course_languages(course):
    """Languages the course is really written in (live copies, not aliases), in
    the site's order of languages."""
    found = set(
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key, alias_of__isnull=True)
        .values_list("locale__language_code", flat=True)
    )
    return [code for code, _name in settings.LANGUAGES if code in found]


def certificate_language(employee, course):
    """The employee's preferred language (set on their profile, not the language
    of the page they happened to be reading) when the course is written in it;
    otherwise the course's own language."""
    languages = course_languages(course)
    if employee.preferred_language in languages:
        return employee.preferred_language
    return course.canonical.locale.language_code


def other_languages(certificate, course_languages_found=None):
    """The course's languages the certificate is not printed in."""
    languages = course_languages_found
    if languages is None:
        languages = course_languages(certificate.course)
    return [code for code in languages if code != certificate.language]
