"""Spreadsheet exports, one way for every list: people read them in Excel in az/ru.

Every export writes the same kinds of cells, in both formats:

* headings in the reader's language;
* times in the site's time zone (``TIME_ZONE``, Asia/Baku), never UTC: a certificate
  issued on 15 March at 02:30 in Baku is on 15 March;
* dates and times as real dates (XLSX) or ISO text (CSV); numbers as numbers;
  yes/no as the translated words;
* text as text: in CSV a value Excel would run as a formula (``= + - @``, tab, CR)
  gets a leading apostrophe; XLSX cells are typed strings, which never run.

XLSX sheets are named, keep their header row frozen and have column widths fitted
to the headings and the first rows. ``ExportFile`` writes rows given as lists
(the skills matrix); ``ExcelFriendlyExportMixin`` gives Wagtail's
``SpreadsheetExportMixin`` views (reports, listings) the same cells.
"""

import csv
import datetime
import re
from decimal import Decimal
from itertools import islice

from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from wagtail.admin.views import generic

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
XLSX_DATE = "dd.mm.yyyy"
XLSX_DATETIME = "dd.mm.yyyy hh:mm"
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
WIDTH_SAMPLE = 200  # rows read ahead to size the columns
MIN_WIDTH, MAX_WIDTH = 8, 60


def neutralise_formula(value):
    """A text cell that Excel would run as a formula is kept as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def local(moment):
    """An aware time as the site's wall-clock time, without a zone (what Excel keeps)."""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.replace(tzinfo=None, microsecond=0)


def typed(value):
    """The value a cell holds: local time, number, date, translated yes/no or text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        return local(value)
    if isinstance(value, (datetime.date, int, float, Decimal)):
        return value
    if isinstance(value, (list, tuple, set)):
        return ", ".join(force_str(item) for item in value)
    return force_str(value)


def csv_value(value):
    value = typed(value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return neutralise_formula(value)


def sheet_title(title):
    """Excel's rules for a sheet name: 31 characters, none of []:*?/\\."""
    cleaned = SHEET_FORBIDDEN.sub(" ", force_str(title)).strip()
    return cleaned[:31] or "Sheet1"


def shown_length(value):
    if isinstance(value, datetime.datetime):
        return len("00.00.0000 00:00")
    if isinstance(value, datetime.date):
        return len("00.00.0000")
    return max((len(line) for line in force_str(value).splitlines()), default=0)


def column_widths(headings, rows):
    widths = [shown_length(heading) + 2 for heading in headings]
    for row in rows:
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], shown_length(value) + 1)
    return [min(max(width, MIN_WIDTH), MAX_WIDTH) for width in widths]


class ExportFile:
    """One export: translated headings and rows of raw values, as CSV or XLSX.

    ``rows`` is any iterable of lists; a cell may be a ``(value, fill)`` pair for a
    background colour in XLSX (CSV writes the value).
    """

    def __init__(self, title, headings, rows, frozen_columns=0):
        self.title = title
        self.headings = [force_str(heading) for heading in headings]
        self.rows = iter(rows)
        self.frozen_columns = frozen_columns

    # CSV ---------------------------------------------------------------------------

    def csv_lines(self):
        """The CSV text line by line, with a BOM so Excel reads UTF-8."""
        writer = csv.writer(Echo())
        yield BOM + writer.writerow(self.headings)
        for row in self.rows:
            yield writer.writerow([csv_value(plain(cell)) for cell in row])

    def write_csv(self, target):
        """Write to a binary file; returns the number of data rows."""
        count = -1
        for count, line in enumerate(self.csv_lines()):  # noqa: B007
            target.write(line.encode("utf-8"))
        return count

    # XLSX --------------------------------------------------------------------------

    def write_xlsx(self, target):
        """Write one named sheet to ``target`` (a path or binary file); returns the
        number of data rows. Rows are streamed (openpyxl's write-only mode)."""
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=sheet_title(self.title))
        ahead = list(islice(self.rows, WIDTH_SAMPLE))
        sample = [[typed(plain(cell)) for cell in row] for row in ahead]
        self.shape(sheet, column_widths(self.headings, sample))
        cells = XlsxCells(sheet)
        sheet.append([cells.heading(text) for text in self.headings])
        count = 0
        for count, row in enumerate(chain(ahead, self.rows), start=1):  # noqa: B007
            sheet.append([cells.cell(cell) for cell in row])
        workbook.save(target)
        return count

    def shape(self, sheet, widths):
        from openpyxl.utils import get_column_letter

        sheet.freeze_panes = f"{get_column_letter(self.frozen_columns + 1)}2"
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width


def chain(first, rest):
    yield from first
    yield from rest


def plain(cell):
    return cell[0] if isinstance(cell, tuple) else cell


class Echo:
    """A file that hands back what is written, for csv.writer in a generator."""

    def write(self, value):
        return value


class XlsxCells:
    """Typed write-only cells; styles made once and shared by every cell."""

    def __init__(self, sheet):
        from openpyxl.styles import Font, PatternFill

        self.sheet = sheet
        self.bold = Font(bold=True)
        self.fills = {}
        self.pattern_fill = PatternFill

    def heading(self, text):
        cell = self.text_cell(text)
        cell.font = self.bold
        return cell

    def text_cell(self, text):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, text)
        cell.data_type = (
            "s"  # a string cell is never a formula, whatever it starts with
        )
        return cell

    def cell(self, raw):
        from openpyxl.cell import WriteOnlyCell

        value, fill = raw if isinstance(raw, tuple) else (raw, None)
        value = typed(value)
        if value == "":
            cell = WriteOnlyCell(self.sheet, None)  # an empty cell, not empty text
        elif isinstance(value, str):
            cell = self.text_cell(value)
        else:
            cell = WriteOnlyCell(self.sheet, value)
            if isinstance(value, datetime.datetime):
                cell.number_format = XLSX_DATETIME
            elif isinstance(value, datetime.date):
                cell.number_format = XLSX_DATE
        if fill:
            cell.fill = self.fill(fill)
        return cell

    def fill(self, colour):
        if colour not in self.fills:
            self.fills[colour] = self.pattern_fill(
                "solid", start_color=colour, end_color=colour
            )
        return self.fills[colour]


class ExcelFriendlyExportMixin:
    """For views using Wagtail's ``SpreadsheetExportMixin``: the cells, headings,
    sheet and CSV of ``ExportFile`` instead of Wagtail's defaults (which write times
    in UTC, ``True``/``False`` and untranslated field names)."""

    def export_file(self, queryset):
        headings = [self.get_heading(queryset, field) for field in self.list_export]
        rows = (self.export_row(self.to_row_dict(item)) for item in queryset)
        return ExportFile(self.export_title(), headings, rows)

    def export_title(self):
        """The sheet's name: the screen's title ("Issued certificates")."""
        return self.get_page_title() or self.get_filename()

    def export_row(self, row_dict):
        return [self.export_value(field, value) for field, value in row_dict.items()]

    def export_value(self, field, value):
        """A field's own conversion (Wagtail's ``custom_field_preprocess``) if it has
        one, e.g. an action code to its label; else the value as it is."""
        convert = self.custom_field_preprocess.get(field, {}).get(self.FORMAT_CSV)
        return convert(value) if convert else value

    def stream_csv(self, queryset):
        return (line.encode("utf-8") for line in self.export_file(queryset).csv_lines())

    def write_xlsx(self, queryset, output):
        self.export_file(queryset).write_xlsx(output)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response


class ExportIndexView(ExcelFriendlyExportMixin, generic.IndexView):
    pass


def export_site_history_like_every_list():
    """Wagtail's Site history report (its own view, no hook) exports through the
    same cells: its names are what anyone typed, its times are read by people."""
    from wagtail.admin.views.reports.audit_logging import LogEntriesView

    if ExcelFriendlyExportMixin in LogEntriesView.__mro__:
        return
    LogEntriesView.__bases__ = (ExcelFriendlyExportMixin, *LogEntriesView.__bases__)
