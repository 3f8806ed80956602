"""Private file storage for what people produce or may only fetch through a view that
checks who asks (background exports): no public URL, outside the public media.

A site may configure ``STORAGES["private"]`` (e.g. a private S3 bucket); otherwise
files go under ``LMS_PRIVATE_ROOT`` (default ``MEDIA_ROOT/private``), which a web
server serving ``MEDIA_ROOT`` must not serve (the demo serves only images).
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property

STORAGE_ALIAS = "private"


def private_root():
    root = getattr(settings, "LMS_PRIVATE_ROOT", None)
    if root:
        return Path(root)
    return Path(settings.MEDIA_ROOT or ".") / "private"


@deconstructible(path="people.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """Local files with no URL, under ``private_root()`` (read when used)."""

    def __init__(self):
        super().__init__(base_url=None)
        setting_changed.connect(self._forget_location, weak=False)

    @cached_property
    def base_location(self):
        return str(private_root())

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them from a view.")

    def _forget_location(self, setting, **kwargs):
        if setting in ("MEDIA_ROOT", "LMS_PRIVATE_ROOT"):
            for name in ("base_location", "location"):
                self.__dict__.pop(name, None)


_private = PrivateStorage()


def private_storage():
    """The storage for private files (a callable, for ``FileField(storage=...)``)."""
    if STORAGE_ALIAS in settings.STORAGES:
        return storages[STORAGE_ALIAS]
    return _private
