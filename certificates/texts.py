"""What a certificate says: its placeholder values, for real or as a sample."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from courses.models import CourseCompetency, CoursePage
from courses.progress import localized_pages

from . import conf
from .rendering import CertificateText, expiry_text, format_date, hours_text

SAMPLE_CODE = "SAMP-LE00-0000-0000-0000-0000-0000-0000"


def course_in(language, course):
    """The course's copy in ``language`` if there is one, else the original."""
    locale = Locale.objects.filter(language_code=language).first()
    pages = localized_pages(CoursePage, [course.translation_key], locale=locale)
    return pages.get(course.translation_key, course)


def competency_list(course):
    links = (
        CourseCompetency.objects.filter(course=course)
        .select_related("competency", "level")
        .order_by("sort_order")
    )
    return "; ".join(
        f"{link.competency.display_name} ({link.level.display_name})" for link in links
    )


def certificate_text(certificate, language=None):
    """Its placeholder values, in its language or in ``language`` (a copy's)."""
    language = language or certificate.language
    with translation.override(language):
        return CertificateText(
            employee_name=certificate.employee.full_name,
            course_title=course_in(language, certificate.course).title,
            course_hours=hours_text(certificate.course.duration_minutes),
            issue_date=format_date(certificate.issued_at),
            expiry_date=expiry_text(certificate.expires_at),
            competencies=competency_list(certificate.course) or "—",
            verification_url=certificate.verification_url,
            code=certificate.grouped_code,
        )


def sample_text(language):
    """Believable sample values for the template preview."""
    now = timezone.now()
    with translation.override(language):
        return CertificateText(
            employee_name="Məmmədova Günay Elçin qızı",
            course_title=_("Service standards in ASAN service centres"),
            course_hours=hours_text(480),
            issue_date=format_date(now),
            expiry_date=expiry_text(now + timedelta(days=730)),
            competencies=_("Citizen communication (Practitioner)"),
            verification_url=conf.site_url()
            + reverse("certificates:verify", args=["SAMPLE"]),
            code=SAMPLE_CODE,
        )
