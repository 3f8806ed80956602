"""Hostile and broken packages are refused, each with its own message naming the
problem, and leave nothing behind: no rows, no files."""

import io
import json

import pytest

from courses.h5p.demo import FOLDER
from courses.h5p.models import H5PLibrary, H5PPackage
from courses.h5p.services import PackageRejected
from courses.h5p.validation import inspect_package

from . import packages
from .conftest import import_bytes, stored_files

HOSTILE = [
    (packages.zip_bomb, "“content/bomb.json” expands", "looks like a zip bomb"),
    (packages.traversal, "Unsafe path in the package: “../../evil.js”", "“..”"),
    (packages.absolute_path, "Unsafe path in the package: “/etc/cron.d/x.json”", ""),
    (packages.php, "Forbidden file type “.php”", f"“{FOLDER}/shell.php”"),
    (packages.html_in_content, "Forbidden file type “.html”", "“content/page.html”"),
    (packages.missing_h5p_json, "The package has no h5p.json.", ""),
    (packages.not_a_zip, "the file is not a ZIP archive", ""),
    (packages.oversize, "“content/video.mp4” unpacks to", "limit for one file"),
    (packages.missing_dependency, "Library “H5P.JoubelUI 1.3” is needed by", ""),
    (packages.symlink, "“content/passwd.json” is a symbolic link", ""),
]


@pytest.mark.parametrize(("build", "message", "detail"), HOSTILE)
def test_hostile_package_is_refused_by_name_and_stores_nothing(
    db, settings, h5p_root, build, message, detail
):
    settings.LMS_H5P_MAX_FILE_BYTES = 8000  # the oversize case's video is 16 KiB
    with pytest.raises(PackageRejected) as refused:
        import_bytes(build())
    text = "\n".join(refused.value.problems)
    assert message in text and detail in text, text
    assert not H5PPackage.objects.exists()
    assert not H5PLibrary.objects.exists()
    assert stored_files(h5p_root) == []


def test_each_hostile_package_has_a_message_of_its_own(db, settings):
    settings.LMS_H5P_MAX_FILE_BYTES = 8000
    first_problems = [
        inspect_package(io.BytesIO(build()), may_install=True).problems[0]
        for build, _message, _detail in HOSTILE
    ]
    assert len(set(first_problems)) == len(HOSTILE)


def test_every_problem_is_reported_not_only_the_first(db):
    data = packages.zipped(
        {
            **packages.demo_files(),
            "content/a.php": b"<?php",
            "content/b.html": b"<p>",
            "content/c.js": b"alert(1)",
        }
    )
    problems = inspect_package(io.BytesIO(data), may_install=True).problems
    assert len(problems) == 3
    assert any("“content/a.php”" in p for p in problems)
    assert any("“content/b.html”" in p for p in problems)
    assert any(
        "“.js” is not allowed in content/: “content/c.js”" in p for p in problems
    )


def test_what_core_skips_is_neither_checked_nor_stored(db, h5p_root):
    """Loose files beside h5p.json and anything named “.…” or “_…” (a Mac's
    __MACOSX folder) are skipped by H5P core: accepted and never unpacked."""
    data = packages.zipped(
        {
            **packages.demo_files(),
            "loose.js": b"alert(1)",
            "README.php": b"<?php",
            "__MACOSX/content/._content.json": b"\x00",
            f"{FOLDER}/.DS_Store": b"\x00",
        }
    )
    import_bytes(data)
    names = {p.name for p in stored_files(h5p_root)}
    assert not names & {"loose.js", "README.php", "._content.json", ".DS_Store"}


def test_library_folders_take_the_file_types_core_allows(db):
    files = packages.demo_files()
    for name in ("README.md", "LICENSE.txt", "fix.diff", "fix.patch", "icon.svg",
                 "fonts/x.woff2", "language/.en.json", "upgrades.xml"):  # fmt: skip
        files[f"{FOLDER}/{name}"] = b"x"
    inspection = inspect_package(io.BytesIO(packages.zipped(files)), may_install=True)
    assert inspection.ok, inspection.problems


def test_total_size_limit(db, settings):
    settings.LMS_H5P_MAX_TOTAL_BYTES = 2000
    problems = inspect_package(io.BytesIO(packages.demo()), may_install=True).problems
    assert any("The package unpacks to" in p for p in problems)


def wrapper_problems(**content):
    data = packages.zipped(packages.wrapper_files(**content))
    return inspect_package(io.BytesIO(data), may_install=True)


def test_content_in_the_shapes_official_types_use_is_accepted(db):
    """A one-field group holds its field's value (overallFeedback), a library field
    carries its library's parameters, mime is optional, a video may be on YouTube,
    and values core would coerce (a word for a number) do not refuse a package."""
    inspection = wrapper_problems(
        image={"path": "images/a.png"},
        video=[{"path": "https://www.youtube.com/watch?v=abcdefghijk"}],
        question={
            "library": "ASAN.QuickCheck 1.0",
            "params": {**packages.QUESTION, "passPercentage": "all"},
        },
    )
    assert inspection.problems == [
        "content.json refers to “images/a.png” (at content.image), which is not in "
        "the package."
    ]
    assert inspection.video_hosts == ["www.youtube.com"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            {"layout": "tall"},
            "In content.json, “layout” is set to “tall”, which is not one of its "
            "options.",
        ),
        ({"intro": "sual"}, "“intro” does not have the form the library requires."),
        (
            {"question": {"library": "ASAN.QuickCheck 2.0", "params": {}}},
            "“question” uses ASAN.QuickCheck 2.0, but this version of the content "
            "type expects ASAN.QuickCheck 1.0.",
        ),
        (
            {"question": {"library": "H5P.Evil 1.0", "params": {}}},
            "“question” uses the library “H5P.Evil 1.0”, which the content type does "
            "not allow there.",
        ),
        (
            {"video": [{"path": "https://evil.example/v.mp4", "mime": "video/mp4"}]},
            "content.json refers to an outside address at content.video[0]",
        ),
        (
            {"image": {"path": "https://www.youtube.com/x.png"}},
            "content.json refers to an outside address at content.image",
        ),
    ],
)
def test_what_core_reports_in_content_is_refused_by_name(db, content, message):
    problems = wrapper_problems(**content).problems
    assert any(message in p for p in problems), problems


def test_a_video_server_of_the_agency_may_be_allowed(db, settings):
    video = [{"path": "https://video.asan.example/a.mp4", "mime": "video/mp4"}]
    assert not wrapper_problems(video=video).ok
    settings.LMS_H5P_VIDEO_HOSTS = ["video.asan.example"]
    inspection = wrapper_problems(video=video)
    assert inspection.ok, inspection.problems
    assert inspection.video_hosts == ["video.asan.example"]


def test_deeply_nested_content_is_refused_by_name(db):
    deep = "[" * 5000 + "]" * 5000
    data = packages.demo(files={"content/content.json": deep.encode()})
    problems = inspect_package(io.BytesIO(data), may_install=True).problems
    assert any("nests its data more than 64 levels deep" in p for p in problems)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": ""}, "has an invalid “title”"),
        ({"runnable": "yes"}, "has an invalid “runnable”"),
        ({"coreApi": {"majorVersion": 1, "minorVersion": 99}}, "needs H5P core 1.99"),
        (
            {"preloadedJs": [{"path": "x.php"}]},
            "lists an invalid file in “preloadedJs”",
        ),
    ],
)
def test_library_json_follows_core(db, fields, message):
    files = packages.with_library_json(**fields)
    problems = inspect_package(
        io.BytesIO(packages.zipped(files)), may_install=True
    ).problems
    assert any(message in p for p in problems), problems


def test_library_json_without_a_title_is_named(db):
    files = packages.demo_files()
    metadata = json.loads(files[f"{FOLDER}/library.json"])
    del metadata["title"]
    files[f"{FOLDER}/library.json"] = metadata
    problems = inspect_package(
        io.BytesIO(packages.zipped(files)), may_install=True
    ).problems
    assert any("lacks the required “title”" in p for p in problems), problems


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("language/az.json", b"{broken", "“ASAN.QuickCheck-1.0/language/az.json” is"),
        ("language/az_AZ.json", b"{}", "Invalid language file “az_AZ.json”"),
    ],
)
def test_language_files_are_checked(db, name, data, message):
    files = {**packages.demo_files(), f"{FOLDER}/{name}": data}
    problems = inspect_package(
        io.BytesIO(packages.zipped(files)), may_install=True
    ).problems
    assert any(message in p for p in problems), problems


def test_a_library_folder_may_be_named_by_machine_name_alone(db):
    files = {
        name.replace(FOLDER, "ASAN.QuickCheck"): data
        for name, data in packages.demo_files().items()
    }
    inspection = inspect_package(io.BytesIO(packages.zipped(files)), may_install=True)
    assert inspection.ok, inspection.problems


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"content/content.json": b"{not json"}, "“content/content.json” is not valid"),
        ({"h5p.json": [1, 2]}, "“h5p.json” must hold a JSON object."),
        (
            {"h5p.json": {"title": "x", "mainLibrary": "ASAN.QuickCheck"}},
            "h5p.json lacks the required property “preloadedDependencies”.",
        ),
        (
            {"h5p.json": {**packages.h5p_json("x"), "embedTypes": ["frame"]}},
            "In h5p.json, “embedTypes” is not valid.",
        ),
    ],
)
def test_descriptions_must_be_well_formed(db, files, message):
    data = packages.demo(files=files)
    problems = inspect_package(io.BytesIO(data), may_install=True).problems
    assert any(message in p for p in problems), problems


def test_missing_content_json_is_named(db):
    data = packages.demo(without=["content/content.json"])
    problems = inspect_package(io.BytesIO(data), may_install=True).problems
    assert "The package has no content/content.json." in problems


def test_library_folder_must_match_its_library_json(db):
    files = packages.demo_files()
    renamed = {
        name.replace(FOLDER, "ASAN.QuickCheck-9.9"): data
        for name, data in files.items()
    }
    problems = inspect_package(
        io.BytesIO(packages.zipped(renamed)), may_install=True
    ).problems
    assert any("should be named “ASAN.QuickCheck-1.0” (or" in p for p in problems)


def test_library_must_carry_the_files_it_preloads(db):
    files = packages.with_library_json(preloadedJs=[{"path": "missing.js"}])
    problems = inspect_package(
        io.BytesIO(packages.zipped(files)), may_install=True
    ).problems
    assert any("needs “missing.js”, which is not in its folder" in p for p in problems)


def test_main_library_must_be_a_content_type(db):
    files = packages.with_library_json(runnable=0)
    problems = inspect_package(
        io.BytesIO(packages.zipped(files)), may_install=True
    ).problems
    assert any("is not a content type" in p for p in problems)


def test_dependencies_are_followed_through_each_library_json(db):
    """A dependency brought by the package that needs a missing one is named."""
    helper = {
        "title": "Helper",
        "machineName": "ASAN.Helper",
        "majorVersion": 2,
        "minorVersion": 1,
        "patchVersion": 0,
        "runnable": 0,
        "preloadedDependencies": [
            {"machineName": "H5P.FontIcons", "majorVersion": 1, "minorVersion": 0}
        ],
    }
    files = packages.with_library_json(
        preloadedDependencies=[
            {"machineName": "ASAN.Helper", "majorVersion": 2, "minorVersion": 1}
        ]
    )
    files["ASAN.Helper-2.1/library.json"] = helper
    problems = inspect_package(
        io.BytesIO(packages.zipped(files)), may_install=True
    ).problems
    assert problems == [
        "Library “H5P.FontIcons 1.0” is needed by “ASAN.Helper 2.1.0” but is neither "
        "in the package nor installed."
    ]


def test_a_dependency_already_installed_need_not_be_in_the_package(db, package):
    data = packages.demo(without=[n for n in packages.library_files()])
    inspection = inspect_package(io.BytesIO(data), may_install=False)
    assert inspection.ok, inspection.problems
    assert inspection.installed() == [package.main_library]


def test_json_with_a_bad_dependency_entry_is_refused(db):
    files = packages.demo_files()
    metadata = dict(files["h5p.json"], preloadedDependencies=["ASAN.QuickCheck"])
    data = packages.zipped({**files, "h5p.json": metadata})
    problems = inspect_package(io.BytesIO(data), may_install=True).problems
    assert any("lists a dependency that is not a library name" in p for p in problems)
    assert json.dumps("ASAN.QuickCheck") in "\n".join(problems)
