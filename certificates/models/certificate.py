"""Issued certificates: kept forever; their state changes, nothing is deleted."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models import EmployeeProfile

from ..storage import certificate_storage
from .templates import CertificateTemplate


class CertificateQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Certificates of the employees ``user`` may see (the one scoping helper)."""
        return self.filter(employee__in=EmployeeProfile.objects.visible_to(user))

    def current(self):
        return self.filter(status=Certificate.Status.ISSUED)

    def valid_at(self, moment=None):
        moment = moment or timezone.now()
        return self.current().filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=moment)
        )

    def expiring_within(self, days, moment=None):
        moment = moment or timezone.now()
        return self.valid_at(moment).filter(
            expires_at__lte=moment + timedelta(days=days)
        )

    def for_course(self, page):
        return self.filter(course_key=page.translation_key)


class Certificate(models.Model):
    class Status(models.TextChoices):
        ISSUED = "issued", _("Issued")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")

    employee = models.ForeignKey(
        EmployeeProfile,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("employee"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("course"),
    )
    course_key = models.UUIDField(
        _("course key"), editable=False, help_text="translation_key of the course"
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("enrolment"),
        help_text=_("The result that earned it; empty when HR issued it by hand."),
    )
    reason = models.TextField(
        _("reason for manual issue"),
        blank=True,
        help_text=_("Why HR issued it by hand, e.g. training taken elsewhere."),
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
    )
    template = models.ForeignKey(
        CertificateTemplate,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("template"),
    )
    template_version = models.PositiveIntegerField(_("template version"))
    language = models.CharField(
        _("language"), max_length=5, choices=EmployeeProfile.Language.choices
    )
    code = models.CharField(_("verification code"), max_length=64, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ISSUED
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    expired_at = models.DateTimeField(_("marked expired at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revocation_reason = models.TextField(_("reason for revoking"), blank=True)
    superseded_by = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supersedes",
        verbose_name=_("superseded by"),
    )
    pdf = models.FileField(
        _("PDF"), storage=certificate_storage, max_length=255, blank=True
    )
    pdf_sha256 = models.CharField(_("PDF SHA-256"), max_length=64, blank=True)
    rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)
    pdf_checked_at = models.DateTimeField(_("PDF checked at"), null=True, blank=True)
    notified_at = models.DateTimeField(_("holder notified at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        permissions = [
            ("issue_certificate", _("Can issue certificates by hand")),
            ("revoke_certificate", _("Can revoke certificates")),
            ("regenerate_certificate", _("Can regenerate certificate PDFs")),
        ]
        indexes = [
            models.Index(fields=["status", "expires_at"]),
            models.Index(fields=["employee", "course_key"]),
            models.Index(fields=["rendered_at"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["code"], name="certificate_code_unique"),
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=Q(enrolment__isnull=False),
                name="one_certificate_per_enrolment",
            ),
            models.UniqueConstraint(
                fields=["employee", "course_key"],
                condition=Q(status="issued"),
                name="one_issued_certificate_per_course",
            ),
            models.CheckConstraint(
                condition=Q(enrolment__isnull=False) | ~Q(reason=""),
                name="manual_certificate_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(status="revoked")
                | (Q(revoked_at__isnull=False) & ~Q(revocation_reason="")),
                name="revoked_certificate_has_date_and_reason",
            ),
            models.CheckConstraint(
                condition=Q(expires_at__isnull=True) | Q(expires_at__gt=F("issued_at")),
                name="certificate_expires_after_issue",
            ),
        ]

    def __str__(self):
        return f"{self.employee.full_name}: {self.course.title} ({self.short_code})"

    def get_absolute_url(self):
        return reverse("certificates:verify", args=[self.code])

    @property
    def verification_url(self):
        from ..conf import site_url

        return site_url() + self.get_absolute_url()

    @property
    def short_code(self):
        return self.code[:8]

    @property
    def grouped_code(self):
        """The code in groups of four, easier to read aloud and type."""
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))

    @property
    def effective_status(self):
        """The stored status, with an issued certificate past its expiry as expired."""
        if self.status == self.Status.ISSUED and self.has_passed_expiry():
            return self.Status.EXPIRED
        return self.status

    @property
    def is_valid(self):
        return self.effective_status == self.Status.ISSUED

    @property
    def is_manual(self):
        return self.enrolment_id is None

    def has_passed_expiry(self, moment=None):
        return self.expires_at is not None and self.expires_at <= (
            moment or timezone.now()
        )

    def get_effective_status_display(self):
        return self.Status(self.effective_status).label


class CertificateCopy(models.Model):
    """The same certificate printed in another language of its course, on request:
    same code, same dates; one per certificate and language."""

    certificate = models.ForeignKey(
        Certificate,
        on_delete=models.CASCADE,
        related_name="copies",
        verbose_name=_("certificate"),
    )
    language = models.CharField(
        _("language"), max_length=5, choices=EmployeeProfile.Language.choices
    )
    pdf = models.FileField(
        _("PDF"), storage=certificate_storage, max_length=255, blank=True
    )
    pdf_sha256 = models.CharField(_("PDF SHA-256"), max_length=64, blank=True)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate in another language")
        verbose_name_plural = _("certificates in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "language"], name="one_copy_per_language"
            )
        ]

    def __str__(self):
        return f"{self.certificate.short_code} ({self.language})"
