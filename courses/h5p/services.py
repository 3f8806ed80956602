"""Importing a package: validate everything, then install its new library versions
and unpack its content, in one transaction. A rejected package writes nothing."""

from django.core.files import File
from django.db import transaction
from wagtail.log_actions import log

from .models import H5PLibrary, H5PPackage
from .storage import delete_tree, h5p_storage
from .validation import inspect_package


class PackageRejected(Exception):
    """The package failed validation; ``problems`` names every reason."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


def may_install_libraries(user):
    return user is None or user.has_perm("h5p.install_library")


@transaction.atomic
def import_package(*, source, user, title="", grading_method=None, inspection=None):
    """Validate ``source`` (an uploaded or opened file) and import it.

    ``user`` None means the server itself (a management command): it may install
    libraries. Raises PackageRejected, having stored nothing, on any problem."""
    if inspection is None:
        inspection = inspect_package(source, may_install=may_install_libraries(user))
    if not inspection.ok:
        raise PackageRejected(inspection.problems)
    written = []
    try:
        libraries = install_libraries(inspection, user, written)
        package = create_package(
            inspection,
            source,
            user,
            main=libraries[inspection.main_key],
            title=title,
            grading_method=grading_method,
            written=written,
        )
        package.libraries.set(libraries.values())
    except BaseException:
        for folder in written:
            delete_tree(folder)
        raise
    return package


def install_libraries(inspection, user, written):
    """``{key: H5PLibrary}`` the package uses, installing the ones it brings."""
    used = dict(inspection.uses)
    for library in inspection.to_install():
        used[library.key] = install_library(inspection.archive, library, user, written)
    return used


def install_library(archive, folder, user, written):
    library, created = H5PLibrary.objects.get_or_create(
        machine_name=folder.id.machine_name,
        major_version=folder.id.major,
        minor_version=folder.id.minor,
        patch_version=folder.id.patch,
        defaults={
            "title": str(folder.metadata.get("title") or folder.id.machine_name)[:255],
            "runnable": folder.runnable,
            "metadata": folder.metadata,
            "semantics": folder.semantics,
            "installed_by": user,
        },
    )
    if created:  # a concurrent import of the same version wrote it otherwise
        written.append(library.folder)
        unpack(archive, folder.names, folder.folder, library.folder)
        log(library, "h5p.library_installed", user=user)
    return library


def create_package(inspection, source, user, *, main, title, grading_method, written):
    package = H5PPackage(
        title=(title or inspection.title or main.title)[:255],
        main_library=main,
        metadata=inspection.metadata,
        uploaded_by=user,
        video_hosts=inspection.video_hosts,
    )
    if grading_method:
        package.grading_method = grading_method
    written.append(package.folder)
    content = [n for n in inspection.archive.namelist() if n.startswith("content/")]
    unpack(inspection.archive, ["h5p.json"] + content, "", package.folder)
    package.file.save("package.h5p", as_file(source), save=False)
    package.save()
    return package


def unpack(archive, names, source_folder, target_folder):
    """Copy entries of ``archive`` (already checked) into the private storage."""
    storage = h5p_storage()
    prefix = f"{source_folder}/" if source_folder else ""
    for name in names:
        if name.endswith("/"):
            continue
        with archive.open(name) as stream:
            storage.save(f"{target_folder}/{name.removeprefix(prefix)}", File(stream))


def as_file(source):
    source.seek(0)
    return File(source, name="package.h5p")


def package_files_deleted(package):
    """After a package row is gone: remove its unpacked content and upload."""
    folder = package.folder
    transaction.on_commit(lambda: delete_tree(folder))
