from .certificate import Certificate, CertificateCopy, CertificateQuerySet
from .credentials import CredentialStatusList, OpenBadgeCredential
from .records import CertificateArchive, CertificateReminder
from .templates import (
    CertificateSignatory,
    CertificateTemplate,
    CertificateTemplateCourse,
)

__all__ = [
    "Certificate",
    "CertificateArchive",
    "CertificateCopy",
    "CertificateQuerySet",
    "CertificateReminder",
    "CertificateSignatory",
    "CertificateTemplate",
    "CertificateTemplateCourse",
    "CredentialStatusList",
    "OpenBadgeCredential",
]
