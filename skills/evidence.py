"""The evidence behind a matrix cell, each row with whether it counts now and why."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .cells import EXPIRY_WARNING
from .models import CompetencyEvidence


@dataclass
class EvidenceRow:
    evidence: CompetencyEvidence
    counts: bool
    status: str
    source: str
    expiring: bool = False


def evidence_rows(employee, competency, moment=None):
    moment = moment or timezone.now()
    found = (
        CompetencyEvidence.objects.filter(employee=employee, competency=competency)
        .select_related("level", "source_type")
        .order_by("-level__rank", "-valid_from")
    )
    return [evidence_row(evidence, moment) for evidence in found]


def evidence_row(evidence, moment):
    counts = evidence.is_valid_now
    until = evidence.valid_until
    return EvidenceRow(
        evidence=evidence,
        counts=counts,
        status=status_of(evidence, moment),
        source=source_of(evidence),
        expiring=counts and until is not None and until <= moment + EXPIRY_WARNING,
    )


def status_of(evidence, moment):
    if evidence.ended_at:
        return _("Ended: %(reason)s") % {"reason": evidence.end_reason}
    if evidence.valid_from > moment:
        return _("Not valid yet")
    if evidence.valid_until and evidence.valid_until <= moment:
        return _("Expired")
    return _("Counts now")


def source_of(evidence):
    """What the evidence came from: e.g. a certificate, or entered by hand."""
    if evidence.source_type is None:
        return _("Entered by hand")
    kind = evidence.source_type.name
    source = evidence.source
    return (
        f"{kind}: {source}" if source is not None else f"{kind} #{evidence.source_id}"
    )
