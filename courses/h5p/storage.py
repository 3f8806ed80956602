"""Private storage for packages and libraries: no public URL, served only by the
player views after an access check.

A site may configure ``STORAGES["h5p"]`` (e.g. a private S3 bucket); otherwise files
go to ``LMS_H5P_ROOT`` (default ``MEDIA_ROOT/private/h5p``). A web server that serves
``MEDIA_ROOT`` wholesale must deny ``/media/private/``.
"""

import shutil

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.utils.functional import cached_property

from . import conf

STORAGE_ALIAS = "h5p"


class PrivateH5PStorage(FileSystemStorage):
    """Local files under the configured root. Library files are written once per
    version, so writing over a leftover of a failed install is allowed."""

    def __init__(self):
        super().__init__(base_url=None, allow_overwrite=True)
        setting_changed.connect(self._forget_location, weak=False)

    @cached_property
    def base_location(self):
        return str(conf.root())

    def url(self, name):
        raise ValueError("H5P files have no public URL.")

    def _forget_location(self, setting, **kwargs):
        if setting in ("MEDIA_ROOT", "LMS_H5P_ROOT"):
            for name in ("base_location", "location"):
                self.__dict__.pop(name, None)


_private = PrivateH5PStorage()


def h5p_storage():
    if STORAGE_ALIAS in settings.STORAGES:
        return storages[STORAGE_ALIAS]
    return _private


def delete_tree(prefix):
    """Remove every file under ``prefix`` (a folder name in the storage)."""
    storage = h5p_storage()
    try:
        path = storage.path(prefix)
    except NotImplementedError:  # remote storage: delete object by object
        delete_remote_tree(storage, prefix)
        return
    shutil.rmtree(path, ignore_errors=True)


def delete_remote_tree(storage, prefix):
    if not storage.exists(prefix):
        return
    folders, files = storage.listdir(prefix)
    for name in files:
        storage.delete(f"{prefix}/{name}")
    for folder in folders:
        delete_remote_tree(storage, f"{prefix}/{folder}")
