"""Importing: libraries stored once per version and shared, installing a new one
needs its own permission, the admin form and the command report every problem."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from courses.h5p.demo import FOLDER
from courses.h5p.models import H5PLibrary, H5PPackage
from courses.h5p.services import PackageRejected

from . import packages
from .conftest import import_bytes, stored_files

ADD_URL = "wagtailsnippets_h5p_h5ppackage:add"


def test_import_stores_content_and_library_privately(db, h5p_root):
    package = import_bytes(packages.demo("Birinci"))
    library = package.main_library
    assert (library.machine_name, library.version) == ("ASAN.QuickCheck", "1.0.0")
    assert package.title == "Birinci"
    assert list(package.libraries.all()) == [library]
    names = {p.relative_to(h5p_root).as_posix() for p in stored_files(h5p_root)}
    assert f"{package.folder}/h5p.json" in names
    assert f"{package.folder}/content/content.json" in names
    assert f"{package.folder}/package.h5p" in names
    assert "libraries/ASAN.QuickCheck-1.0.0/quick-check.js" in names
    assert not (h5p_root.parent / "media").exists()


def test_a_library_version_is_stored_once_and_shared(db, h5p_root):
    first = import_bytes(packages.demo("Birinci"))
    second = import_bytes(packages.demo("İkinci"))
    assert H5PLibrary.objects.count() == 1
    assert first.main_library == second.main_library
    library_files = [
        p
        for p in stored_files(h5p_root)
        if "libraries" in p.relative_to(h5p_root).parts
    ]
    assert len(library_files) == 4


def test_a_newer_patch_is_installed_beside_the_older(db):
    import_bytes(packages.demo())
    newer = import_bytes(packages.newer_patch())
    assert newer.main_library.version == "1.0.3"
    assert H5PLibrary.objects.count() == 2
    older_copy = import_bytes(packages.demo("Köhnə"))
    assert older_copy.main_library.version == "1.0.3"  # the newest patch serves


def test_only_holders_of_the_permission_install_new_libraries(
    db, tree, make_employee, h5p_root
):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    with pytest.raises(PackageRejected) as refused:
        import_bytes(packages.demo(), user=trainer.user)
    assert refused.value.problems == [
        "The package brings the new library “ASAN.QuickCheck 1.0.0”; installing a new "
        "library version needs the “install H5P libraries” permission. Ask an "
        "administrator."
    ]
    assert stored_files(h5p_root) == []
    admin = make_employee(tree["agency"], roles=("Administrator",))
    import_bytes(packages.demo(), user=admin.user)
    package = import_bytes(packages.demo("Təlimçidən"), user=trainer.user)
    assert package.uploaded_by == trainer.user


def upload(data, name="activity.h5p"):
    return SimpleUploadedFile(name, data, content_type="application/zip")


def test_admin_upload_creates_the_package(client, db, tree, make_employee):
    admin = make_employee(tree["agency"], roles=("Administrator",))
    client.force_login(admin.user)
    form = client.get(reverse(ADD_URL)).content.decode()
    assert 'enctype="multipart/form-data"' in form and 'type="file"' in form
    response = client.post(
        reverse(ADD_URL),
        {
            "title": "",
            "file": upload(packages.demo("Paketdən")),
            "grading_method": "last",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    package = H5PPackage.objects.get()
    assert (package.title, package.grading_method) == ("Paketdən", "last")
    assert package.uploaded_by == admin.user
    listing = client.get(reverse("wagtailsnippets_h5p_h5ppackage:list"))
    assert "Paketdən" in listing.content.decode()


def test_admin_upload_shows_every_problem_and_stores_nothing(
    client, db, tree, make_employee, h5p_root
):
    admin = make_employee(tree["agency"], roles=("Administrator",))
    client.force_login(admin.user)
    data = packages.zipped(
        {**packages.demo_files(), "content/x.php": b"<?php", f"{FOLDER}/y.exe": b"MZ"}
    )
    response = client.post(
        reverse(ADD_URL),
        {"title": "Pis", "file": upload(data), "grading_method": "best"},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any("“content/x.php”" in e for e in errors)
    assert any(f"“{FOLDER}/y.exe”" in e for e in errors)
    assert not H5PPackage.objects.exists() and not H5PLibrary.objects.exists()
    assert stored_files(h5p_root) == []


def test_trainer_upload_names_the_library_they_may_not_install(
    client, db, tree, make_employee
):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    client.force_login(trainer.user)
    response = client.post(
        reverse(ADD_URL),
        {"title": "", "file": upload(packages.demo()), "grading_method": "best"},
    )
    assert response.status_code == 200
    assert "“ASAN.QuickCheck 1.0.0”" in response.context["form"].errors["file"][0]
    assert not H5PPackage.objects.exists()


def test_a_package_cannot_be_replaced_once_imported(client, db, tree, make_employee):
    admin = make_employee(tree["agency"], roles=("Administrator",))
    client.force_login(admin.user)
    package = import_bytes(packages.demo("Birinci"))
    url = reverse("wagtailsnippets_h5p_h5ppackage:edit", args=[package.pk])
    response = client.post(
        url,
        {
            "title": "Yeni ad",
            "file": upload(packages.newer_patch()),
            "grading_method": "first",
        },
    )
    assert response.status_code == 302
    package.refresh_from_db()
    assert (package.title, package.grading_method) == ("Yeni ad", "first")
    assert package.main_library.version == "1.0.0"
    assert H5PLibrary.objects.count() == 1


def test_the_edit_page_names_the_stored_package_without_linking_it(
    client, db, tree, make_employee
):
    admin = make_employee(tree["agency"], roles=("Administrator",))
    client.force_login(admin.user)
    package = import_bytes(packages.demo("Birinci"))
    url = reverse("wagtailsnippets_h5p_h5ppackage:edit", args=[package.pk])
    response = client.get(url)
    assert response.status_code == 200
    stored = package.file.name.rsplit("/", 1)[-1]
    assert stored in response.content.decode()
    assert f'href="{package.file.name}' not in response.content.decode()


def test_deleting_a_package_without_results_removes_its_files(
    db, h5p_root, django_capture_on_commit_callbacks
):
    package = import_bytes(packages.demo())
    folder = h5p_root / package.folder
    assert folder.exists()
    with django_capture_on_commit_callbacks(execute=True):
        package.delete()
    assert not folder.exists()
    assert (h5p_root / "libraries").exists()  # libraries stay for other packages


def test_command_imports_a_package(db, tmp_path, capsys):
    path = tmp_path / "demo.h5p"
    path.write_bytes(packages.demo())
    call_command("import_h5p", str(path), "--title", "Komanda", "--grading", "first")
    package = H5PPackage.objects.get()
    assert (package.title, package.grading_method) == ("Komanda", "first")
    assert "Imported “Komanda”" in capsys.readouterr().out


def test_command_prints_every_problem_and_fails(db, tmp_path, capsys, h5p_root):
    path = tmp_path / "bad.h5p"
    path.write_bytes(
        packages.zipped(
            {**packages.demo_files(), "content/x.php": b"", "content/y.html": b""}
        )
    )
    with pytest.raises(CommandError, match="2 problems"):
        call_command("import_h5p", str(path))
    err = capsys.readouterr().err
    assert "“content/x.php”" in err and "“content/y.html”" in err
    assert not H5PPackage.objects.exists()
    assert stored_files(h5p_root) == []


def test_command_refuses_a_file_that_is_not_a_zip(db, tmp_path, capsys):
    path = tmp_path / "x.h5p"
    path.write_bytes(packages.not_a_zip())
    with pytest.raises(CommandError):
        call_command("import_h5p", str(path))
    assert "not a ZIP archive" in capsys.readouterr().err


def test_versions_written_as_strings_and_a_top_level_readme_are_accepted(db):
    """Real exports (h5p.org, Lumi) may write "majorVersion": "1" in h5p.json and
    carry a read-me at the top of the package; it is still valid."""
    files = packages.demo_files()
    for dependency in files["h5p.json"]["preloadedDependencies"]:
        dependency["majorVersion"] = str(dependency["majorVersion"])
        dependency["minorVersion"] = str(dependency["minorVersion"])
    files["H5P_CONTENT_HERE.txt"] = b"exported"
    package = import_bytes(packages.zipped(files))
    assert package.pk and H5PLibrary.objects.exists()
