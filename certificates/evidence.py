"""The one place where certificates write competency evidence for the skills matrix.

Issuing writes one evidence row per competency of the course (source = the
certificate, valid from issue until expiry); revoking, superseding and expiring end
those rows. Every certificate state change calls this module in the same
transaction, so the matrix never disagrees with the certificates.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from courses.models import CourseCompetency
from skills.models import CompetencyEvidence

END_REASONS = {
    "revoked": gettext_noop("Certificate revoked"),
    "superseded": gettext_noop("Certificate superseded by a newer one"),
    "expired": gettext_noop("Certificate expired"),
}


def evidence_of(certificate):
    return CompetencyEvidence.objects.filter(
        source_type=ContentType.objects.get_for_model(certificate),
        source_id=str(certificate.pk),
    )


def evidence_grant(*, certificate):
    """One evidence row per course competency; a second call adds nothing."""
    source_type = ContentType.objects.get_for_model(certificate)
    links = CourseCompetency.objects.filter(course=certificate.course)
    with translation.override(settings.LANGUAGE_CODE):
        note = _("Certificate %(code)s") % {"code": certificate.short_code}
    rows = [
        CompetencyEvidence(
            employee=certificate.employee,
            competency_id=link.competency_id,
            level_id=link.level_id,
            source_type=source_type,
            source_id=str(certificate.pk),
            note=note,
            valid_from=certificate.issued_at,
            valid_until=certificate.expires_at,
        )
        for link in links
    ]
    CompetencyEvidence.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def evidence_end(*, certificate, why, moment=None):
    """End the certificate's open evidence; ``why`` is a key of ``END_REASONS``."""
    with translation.override(settings.LANGUAGE_CODE):
        reason = _(END_REASONS[why])
    return (
        evidence_of(certificate)
        .filter(ended_at__isnull=True)
        .update(ended_at=moment or timezone.now(), end_reason=reason)
    )
