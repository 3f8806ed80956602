"""Every interface string is in the az and ru catalogues, translated and up to date,
and Azerbaijani is written as Azerbaijani is written."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import wagtail

# Needs no database of the suite: .ci/run runs it once, on SQLite.
pytestmark = pytest.mark.dbless

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "people",
    "skills",
    "courses",
    "certificates",
    "xapi_outbox",
    "feedback",
    "home",
    "lms",
]
LANGUAGES = ["az", "ru"]
# Wagtail's and Django's own strings (people/admin_translations/README.md).
ADMIN_LOCALE = ROOT / "people" / "admin_translations" / "locale"
ADMIN_CATALOGUES = [
    ADMIN_LOCALE / "az" / "LC_MESSAGES" / "django.po",
    ADMIN_LOCALE / "az" / "LC_MESSAGES" / "djangojs.po",
    ADMIN_LOCALE / "ru" / "LC_MESSAGES" / "django.po",
]
SITE_PACKAGES = Path(wagtail.__file__).parent.parent
# The Wagtail apps the site installs, and the libraries whose strings its admin shows.
WAGTAIL_APPS = [
    "admin", "", "users", "images", "documents", "snippets", "locales", "sites",
    "search", "embeds", "contrib/simple_translation", "contrib/settings",
    "contrib/forms", "contrib/redirects",
]  # fmt: skip


def catalogue(app, language):
    return ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"


def our_catalogues(language):
    return [catalogue(app, language) for app in APPS] + [
        ADMIN_LOCALE / language / "LC_MESSAGES" / "django.po"
    ]


def msgids(path):
    """Every msgid of a catalogue, continuation lines joined (tools wrap differently)."""
    ids, current, in_msgid = set(), None, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#~"):
            in_msgid = False
            continue
        if line.startswith("msgid "):
            current, in_msgid = line[len("msgid ") :].strip()[1:-1], True
        elif in_msgid and line.startswith('"'):
            current += line.strip()[1:-1]
        elif in_msgid:
            ids.add(current)
            in_msgid = False
    ids.discard("")
    return ids


@pytest.mark.parametrize(
    "path",
    [catalogue(app, language) for app in APPS for language in LANGUAGES]
    + ADMIN_CATALOGUES,
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_catalogue_is_fully_translated(path):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", path],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "fuzzy" not in result.stderr and "untranslated" not in result.stderr, (
        result.stderr
    )


@pytest.mark.parametrize("app", APPS)
def test_catalogue_holds_every_string_of_the_source(app, tmp_path):
    copy = tmp_path / app
    shutil.copytree(
        ROOT / app, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__")
    )
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "az", "-v", "0"],
        cwd=copy,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": ""},
    )
    fresh = msgids(copy / "locale" / "az" / "LC_MESSAGES" / "django.po")
    committed = msgids(catalogue(app, "az"))
    assert fresh - committed == set(), "run makemessages and translate the new strings"


def entries(path):
    """``{(msgctxt, msgid): [msgstr, ...]}`` of a catalogue, wrapped lines joined."""
    found, key, field, context = {}, None, None, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#~") or not line.strip():
            field = None
            continue
        if line.startswith("msgctxt "):
            context, field = line[9:-1], "ctx"
        elif line.startswith("msgid "):
            key, field = [context, line[7:-1]], "id"
            context = None
        elif line.startswith("msgid_plural "):
            field = "plural"
        elif line.startswith("msgstr"):
            found.setdefault(tuple(key), []).append(line.split(" ", 1)[1][1:-1])
            field = "str"
        elif line.startswith('"') and field == "id":
            key[1] += line[1:-1]
        elif line.startswith('"') and field == "str":
            found[tuple(key)][-1] += line[1:-1]
    found.pop((None, ""), None)
    return found


def wagtail_sources(domain):
    paths = [
        SITE_PACKAGES / "wagtail" / app / "locale" / "en" / "LC_MESSAGES" / domain
        for app in WAGTAIL_APPS
    ]
    if domain == "django.po":
        paths.append(
            SITE_PACKAGES / "taggit" / "locale" / "en" / "LC_MESSAGES" / domain
        )
        # django-filter ships no English catalogue; its Russian one lists every string.
        paths.append(
            SITE_PACKAGES / "django_filters" / "locale" / "ru" / "LC_MESSAGES" / domain
        )
    return [path for path in paths if path.exists()]


@pytest.mark.parametrize("domain", ["django.po", "djangojs.po"])
def test_admin_catalogue_holds_every_wagtail_string(domain):
    """Wagtail has no "az" catalogue: ours must hold every string of the Wagtail apps
    installed (a Wagtail upgrade that adds strings fails here until they are
    translated)."""
    ours = entries(ADMIN_LOCALE / "az" / "LC_MESSAGES" / domain)
    wanted = set()
    for path in wagtail_sources(domain):
        wanted |= entries(path).keys()
    missing = sorted(wanted - ours.keys(), key=str)
    assert missing == [], "translate these in people/admin_translations"


def test_one_english_string_reads_the_same_in_every_catalogue():
    """gettext shows one translation per string, whichever catalogue comes first; a
    second, different one in another catalogue is never shown."""
    for language in LANGUAGES:
        wordings = {}
        for path in our_catalogues(language):
            for key, texts in entries(path).items():
                wordings.setdefault(key, {})[path.relative_to(ROOT)] = texts
        differing = {
            key[1]: found
            for key, found in wordings.items()
            if len({tuple(texts) for texts in found.values()}) > 1
        }
        assert differing == {}, language


AZ_LETTER = "a-zçəğıöşü"
NUMBER = r"(?:%\((?:count|counter|num\w*|total\w*|n)\)[sd]|%d|\b\d+)"
PLURAL_AFTER_NUMBER = re.compile(NUMBER + rf"\s+[{AZ_LETTER}]+l[aə]r\b")
UNDOTTED_CAPITAL = re.compile(rf"\bI[{AZ_LETTER}]")


MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
}  # fmt: skip


def test_azerbaijani_spelling_in_every_catalogue():
    """Capital İ keeps its dot (İcazə, İstifadəçi, İyun); a noun after a number stays
    singular ("5 səhifə", never "5 səhifələr"); months in running text are lower case.

    Django and Wagtail capitalise labels with Python's ``str.upper``, which turns "i"
    into "I": a translation that starts with "i" is written with "İ" already. Month
    names are the exception: Azerbaijani writes them in lower case, standing alone too
    ("iyun"), and the date formats never capitalise them."""
    wrong = []
    for path in [*our_catalogues("az"), ADMIN_CATALOGUES[1]]:
        for (context, msgid), texts in entries(path).items():
            for text in texts:
                if UNDOTTED_CAPITAL.search(text) or PLURAL_AFTER_NUMBER.search(text):
                    wrong.append((path.name, msgid, text))
                if context == "alt. month" or msgid in MONTHS:
                    if text != text.lower():
                        wrong.append((path.name, msgid, text))
                elif text.startswith("i"):
                    wrong.append((path.name, msgid, text))
    assert wrong == []


def test_dates_in_azerbaijani_write_the_month_in_lower_case():
    from datetime import date

    from django.utils import translation
    from django.utils.formats import date_format

    with translation.override("az"):
        assert date_format(date(2026, 12, 2)) == "2 dekabr 2026"


def test_admin_catalogue_fills_the_gaps_of_wagtails_russian():
    """Wagtail's Russian catalogues leave some strings untranslated; ours has them."""
    wanted = set()
    for path in wagtail_sources("django.po"):
        russian = entries(Path(str(path).replace("/en/", "/ru/")))
        wanted |= {key for key in entries(path) if not any(russian.get(key, [""]))}
    ours = entries(ADMIN_LOCALE / "ru" / "LC_MESSAGES" / "django.po")
    missing = sorted(wanted - ours.keys(), key=str)
    assert missing == [], "translate these in people/admin_translations/locale/ru"


def test_month_labels_of_charts_keep_the_dotted_i_in_azerbaijani():
    """Python's title case turns "iyn" into "Iyn": charts write months as Azerbaijani
    does, in lower case ("iyn", "iyun")."""
    import datetime

    from django.utils import translation

    from feedback.periods import Period
    from skills.overview import expiry_chart

    with translation.override("az"):
        chart = expiry_chart([(datetime.date(2026, 6, 1), 3)])
        quarter = Period.quarter_of(datetime.date(2026, 7, 10))
        assert [mark.label for mark in chart.marks] == ["iyn"]
        assert str(quarter.label) == "iyul 2026 – sentyabr 2026"
