"""What the skills reports keep: background exports of the matrix, monthly coverage."""

import secrets

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models import OrgUnit
from people.storage import private_storage

from .framework import Competency


def export_upload_to(instance, filename):
    """An unguessable name in private storage: the file is served only through the
    requester's download, and deleted once it expires (``skills.services``)."""
    return f"skills/exports/{timezone.now():%Y/%m}/{secrets.token_hex(16)}/{filename}"


class MatrixExport(models.Model):
    """A large matrix export prepared in the background for the user who asked."""

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "Excel (XLSX)"

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("requested by"),
    )
    filters = models.JSONField(_("filters"), default=dict, encoder=DjangoJSONEncoder)
    file_format = models.CharField(_("format"), max_length=8, choices=Format.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField(
        _("file"),
        upload_to=export_upload_to,
        storage=private_storage,
        max_length=255,
        blank=True,
    )
    row_count = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    notified_at = models.DateTimeField(
        _("shown to requester at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("skills matrix export")
        verbose_name_plural = _("skills matrix exports")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["requested_by", "-created_at"])]

    def __str__(self):
        return f"{self.get_file_format_display()} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_ready(self):
        return self.status == self.Status.READY and bool(self.file)


class CoverageSnapshot(models.Model):
    """Coverage of one competency among the people of one unit, as it stood in a month.

    Counts are for the people placed directly in the unit; reports add up subtrees.
    """

    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation unit"),
    )
    competency = models.ForeignKey(
        Competency,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("competency"),
    )
    required_count = models.PositiveIntegerField(_("people required"))
    met_count = models.PositiveIntegerField(_("people meeting the requirement"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("coverage snapshot")
        verbose_name_plural = _("coverage snapshots")
        ordering = ["-month", "org_unit__path", "competency__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["month", "org_unit", "competency"],
                name="one_snapshot_per_month_unit_competency",
            ),
            models.CheckConstraint(
                condition=Q(met_count__lte=F("required_count")),
                name="snapshot_met_within_required",
            ),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.org_unit_id}/{self.competency_id}"
