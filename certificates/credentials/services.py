"""Issue a certificate's credential once; flag it when the issuer stops vouching.

A credential is made the first time anyone asks for it (a certificate issued before
the key was configured gets one too), guarded by the one-to-one constraint; it is
kept as signed. Its status bit is set when the certificate is revoked or
superseded, in the same transaction; expiry needs no bit, the credential carries
its ``validUntil``.
"""

import uuid

from django.db import IntegrityError, transaction
from wagtail.log_actions import log

from ..models import Certificate, OpenBadgeCredential
from . import keys, status
from .document import credential_document

Status = Certificate.Status
NOT_VOUCHED = (Status.REVOKED, Status.SUPERSEDED)


class CredentialUnavailable(Exception):
    """No credential for this certificate (revoked, or credentials are off)."""


def credential_for(certificate):
    """The certificate's credential, made and signed on first use."""
    found = OpenBadgeCredential.objects.filter(certificate=certificate).first()
    if found:
        return found
    if not keys.is_enabled() or certificate.status == Status.REVOKED:
        raise CredentialUnavailable
    try:
        return issue(certificate)
    except IntegrityError:  # made meanwhile by another request
        return OpenBadgeCredential.objects.get(certificate=certificate)


@transaction.atomic
def issue(certificate):
    status_list = status.open_list()
    credential = OpenBadgeCredential(
        uuid=uuid.uuid4(),
        certificate=certificate,
        status_list=status_list,
        status_index=status.free_index(status_list),
    )
    document = credential_document(certificate, credential)
    key = keys.signing_key()
    credential.token = key.sign({**document, **status.jwt_claims(document)})
    credential.key_id = key.key_id
    with transaction.atomic():
        credential.save()
    if certificate.status in NOT_VOUCHED:
        status.set_revoked(credential)
    log(certificate, "certificates.credential_issued", data={"id": str(credential)})
    return credential


def certificates_not_vouched(certificate_ids):
    """Set the status bits of these certificates' credentials (revoked, superseded)."""
    for credential in OpenBadgeCredential.objects.filter(
        certificate_id__in=certificate_ids
    ):
        status.set_revoked(credential)
