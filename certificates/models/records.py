"""What certificates keep besides themselves: reminders sent, verification counters,
ZIP archives prepared for a requester."""

import secrets

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..storage import certificate_storage
from .certificate import Certificate


class CertificateReminder(models.Model):
    """One row per certificate, recipient and kind: a reminder goes out once."""

    class Kind(models.TextChoices):
        EXPIRY = "expiry", _("Expiry reminder")

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="reminders"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("certificate reminder")
        verbose_name_plural = _("certificate reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "recipient", "kind"],
                name="one_certificate_reminder_per_recipient",
            )
        ]

    def __str__(self):
        return f"{self.certificate_id} → {self.recipient_id}: {self.kind}"


def archive_name(instance, filename):
    return f"archives/{timezone.now():%Y/%m}/{secrets.token_hex(16)}/{filename}"


class CertificateArchive(models.Model):
    """A ZIP of many certificate PDFs, prepared in the background for one user."""

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
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField(
        _("file"),
        storage=certificate_storage,
        upload_to=archive_name,
        max_length=255,
        blank=True,
    )
    certificate_count = models.PositiveIntegerField(_("certificates"), default=0)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate archive")
        verbose_name_plural = _("certificate archives")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} ({self.certificate_count})"

    @property
    def is_ready(self):
        return self.status == self.Status.READY and bool(self.file)
