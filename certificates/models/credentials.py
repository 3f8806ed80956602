"""Open Badges 3.0 credentials: a certificate's second, machine-checkable form, and
the Bitstring Status Lists that say whether the issuer still stands behind each."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from .certificate import Certificate

# 16 KiB of bits: the spec's minimum, so one entry cannot be told from the others.
STATUS_LIST_SIZE = 131_072


def empty_bitstring():
    return bytes(STATUS_LIST_SIZE // 8)


class CredentialStatusList(models.Model):
    """One published Bitstring Status List (purpose: revocation)."""

    size = models.PositiveIntegerField(default=STATUS_LIST_SIZE)
    bits = models.BinaryField(default=empty_bitstring)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("credential status list")
        verbose_name_plural = _("credential status lists")

    def __str__(self):
        return f"status list {self.pk}"


class OpenBadgeCredential(models.Model):
    """The signed credential of one certificate, kept as issued (a VC-JWT)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    certificate = models.OneToOneField(
        Certificate,
        on_delete=models.PROTECT,
        related_name="credential",
        verbose_name=_("certificate"),
    )
    status_list = models.ForeignKey(
        CredentialStatusList, on_delete=models.PROTECT, related_name="entries"
    )
    status_index = models.PositiveIntegerField()
    token = models.TextField(_("signed credential (VC-JWT)"))
    key_id = models.CharField(_("signing key"), max_length=255)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("Open Badges credential")
        verbose_name_plural = _("Open Badges credentials")
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_index"],
                name="one_credential_per_status_entry",
            )
        ]

    def __str__(self):
        return f"urn:uuid:{self.uuid}"
