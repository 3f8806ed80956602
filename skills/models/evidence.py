"""Evidence: who holds which competency at which level, from when until when."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models import EmployeeProfile

from .framework import Competency, ProficiencyLevel


class EvidenceQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(employee__in=EmployeeProfile.objects.visible_to(user))

    def valid_at(self, moment=None):
        """Evidence that counts at ``moment``: started, not expired, not ended."""
        moment = moment or timezone.now()
        return self.filter(
            Q(valid_until__isnull=True) | Q(valid_until__gt=moment),
            valid_from__lte=moment,
            ended_at__isnull=True,
        )


class CompetencyEvidence(models.Model):
    """Proof that an employee holds a competency at a level, for a period.

    Later parts write it (a certificate issued, revoked, expired); the skills matrix
    reads only it. Rows are ended, never deleted.
    """

    employee = models.ForeignKey(
        EmployeeProfile,
        on_delete=models.PROTECT,
        related_name="evidence",
        verbose_name=_("employee"),
    )
    competency = models.ForeignKey(
        Competency,
        on_delete=models.PROTECT,
        related_name="evidence",
        verbose_name=_("competency"),
    )
    level = models.ForeignKey(
        ProficiencyLevel,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("level"),
    )
    source_type = models.ForeignKey(
        ContentType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source type"),
    )
    source_id = models.CharField(_("source id"), max_length=64, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    note = models.CharField(_("note"), max_length=255, blank=True)
    valid_from = models.DateTimeField(_("valid from"), default=timezone.now)
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    end_reason = models.CharField(_("end reason"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = EvidenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("competency evidence")
        verbose_name_plural = _("competency evidence records")
        ordering = ["-valid_from"]
        permissions = [
            (
                "view_skills_matrix",
                _("Can view the skills matrix and skills reports"),
            )
        ]
        indexes = [
            models.Index(fields=["employee", "competency"]),
            models.Index(fields=["competency", "employee"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(valid_until__gt=F("valid_from")),
                name="evidence_valid_until_after_from",
            ),
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True) | ~Q(end_reason=""),
                name="evidence_end_has_reason",
            ),
            models.CheckConstraint(
                condition=(
                    Q(source_type__isnull=True, source_id="")
                    | (Q(source_type__isnull=False) & ~Q(source_id=""))
                ),
                name="evidence_source_complete",
            ),
            # One piece of evidence per competency for each source (e.g. certificate).
            models.UniqueConstraint(
                fields=["source_type", "source_id", "competency"],
                condition=Q(source_type__isnull=False),
                name="one_evidence_per_source_and_competency",
            ),
        ]

    def __str__(self):
        return f"{self.employee.full_name}: {self.competency.code} {self.level}"

    @property
    def is_valid_now(self):
        now = timezone.now()
        return (
            self.ended_at is None
            and self.valid_from <= now
            and (self.valid_until is None or self.valid_until > now)
        )
