"""Private storage for certificate PDFs and archives, and atomic writes into it.

Files are served only through views that check who asks; the storage has no URL.
A site may configure ``STORAGES["certificates"]`` (e.g. a private S3 bucket);
otherwise files go to ``LMS_CERT_PDF_ROOT`` (default ``MEDIA_ROOT/private/
certificates``) under unguessable names. A web server that serves ``MEDIA_ROOT``
wholesale must deny ``/media/private/``.
"""

import hashlib
import os
import secrets
import tempfile

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.utils import timezone
from django.utils.functional import cached_property

from . import conf

STORAGE_ALIAS = "certificates"


class PrivateCertificateStorage(FileSystemStorage):
    """Local files with no public URL, under the directory the settings name."""

    def __init__(self):
        super().__init__(base_url=None)
        setting_changed.connect(self._forget_location, weak=False)

    @cached_property
    def base_location(self):
        return str(conf.pdf_root())

    def url(self, name):
        raise ValueError("Certificate files have no public URL.")

    def _forget_location(self, setting, **kwargs):
        if setting in ("MEDIA_ROOT", "LMS_CERT_PDF_ROOT"):
            for name in ("base_location", "location"):
                self.__dict__.pop(name, None)


_private = PrivateCertificateStorage()


def certificate_storage():
    if STORAGE_ALIAS in settings.STORAGES:
        return storages[STORAGE_ALIAS]
    return _private


def new_pdf_name(moment=None):
    moment = moment or timezone.now()
    return f"{moment:%Y/%m}/{secrets.token_hex(16)}.pdf"


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def write_atomically(storage, name, data):
    """Replace ``name`` with ``data`` so a reader never sees half a file."""
    try:
        path = storage.path(name)
    except NotImplementedError:  # remote storage: one PUT replaces the object
        if storage.exists(name):
            storage.delete(name)
        return storage.save(name, ContentFile(data))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=os.path.dirname(path), prefix=".writing-", suffix=".pdf"
    )
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(data)
            output.flush()
            os.fsync(output.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return name


def read(storage, name):
    """The file's bytes, or None if it is missing."""
    if not name:
        return None
    try:
        with storage.open(name, "rb") as stored:
            return stored.read()
    except (FileNotFoundError, OSError):
        return None
