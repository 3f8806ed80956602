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
            "loose.js": b"alert(1)",
        }
    )
    problems = inspect_package(io.BytesIO(data), may_install=True).problems
    assert len(problems) == 3
    assert any("“content/a.php”" in p for p in problems)
    assert any("“content/b.html”" in p for p in problems)
    assert any("top of the package: “loose.js”" in p for p in problems)


def test_total_size_limit(db, settings):
    settings.LMS_H5P_MAX_TOTAL_BYTES = 2000
    problems = inspect_package(io.BytesIO(packages.demo()), may_install=True).problems
    assert any("The package unpacks to" in p for p in problems)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"answers": []}, "content.json lacks “question”, which the main library"),
        (
            {**packages.QUESTION, "question": 42},
            "In content.json, “question” has the wrong type (text expected).",
        ),
        (
            {**packages.QUESTION, "passPercentage": "all"},
            "“passPercentage” has the wrong type (a number expected)",
        ),
        (
            {
                **packages.QUESTION,
                "answers": [{"text": "A", "correct": "yes"}, {"text": "B"}],
            },
            "“answers[0].correct” has the wrong type (true or false expected)",
        ),
        (
            {**packages.QUESTION, "answers": "A, B"},
            "“answers” has the wrong type (a list expected)",
        ),
        (
            {**packages.QUESTION, "l10n": "az"},
            "“l10n” has the wrong type (a group of fields expected)",
        ),
    ],
)
def test_content_is_checked_against_the_library_semantics(db, content, message):
    data = packages.demo(files={"content/content.json": content})
    problems = inspect_package(io.BytesIO(data), may_install=True).problems
    assert any(message in p for p in problems), problems


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
            {
                "content/content.json": {
                    **packages.QUESTION,
                    "image": {"path": "images/missing.png", "mime": "image/png"},
                }
            },
            "content.json refers to “images/missing.png”",
        ),
        (
            {
                "content/content.json": {
                    **packages.QUESTION,
                    "video": {"path": "https://evil.example/v.mp4"},
                }
            },
            "refers to an outside address",
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
    assert any("should be named “ASAN.QuickCheck-1.0”" in p for p in problems)


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
