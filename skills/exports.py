"""The matrix as files: CSV (UTF-8 with a BOM, for Excel in az/ru) and XLSX.

Both stream: rows come from ``matrix.iter_rows`` a chunk of people at a time; CSV goes
out line by line, XLSX is written by openpyxl's write-only mode to a temporary file.
Neither holds the whole matrix in memory.
"""

import csv
import tempfile

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from .cells import CellState

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOM = "\ufeff"
# The same colours as the matrix on screen (skills/static/skills/matrix.css).
FILLS = {
    CellState.MEETS: "D8F0DF",
    CellState.BELOW: "FFEBC2",
    CellState.MISSING: "F9D9DA",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def file_name(file_format, moment=None):
    moment = timezone.localtime(moment)
    return f"skills-matrix-{moment:%Y-%m-%d-%H%M}.{file_format}"


def headings(competencies):
    people = [_("Full name"), _("Employee number"), _("Unit"), _("Position")]
    columns = [f"{c.code} {c.display_name}" for c in competencies]
    return people + columns + [_("Requirements"), _("Met"), _("Coverage, %")]


def safe(value):
    """Text a spreadsheet will not run as a formula (CSV/formula injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def employee_values(employee):
    return [
        safe(employee.full_name),
        safe(employee.employee_number),
        safe(employee.unit_label),
        safe(employee.position.display_name),
    ]


def total_values(row):
    coverage = row.coverage
    return [
        row.required_count,
        row.met_count,
        "" if coverage is None else round(coverage * 100),
    ]


def level_text(cell):
    return cell.level.display_name if cell.level else ""


def row_values(row):
    cells = [level_text(cell) for cell in row.cells]
    return employee_values(row.employee) + cells + total_values(row)


# CSV ----------------------------------------------------------------------------------


class Echo:
    """A file that hands back what is written, for csv.writer in a generator."""

    def write(self, value):
        return value


def csv_lines(rows, competencies):
    writer = csv.writer(Echo())
    yield BOM + writer.writerow(headings(competencies))
    for row in rows:
        yield writer.writerow(row_values(row))


def write_csv(rows, competencies, target):
    """Write to a binary file; returns the number of data rows."""
    count = -1
    for count, line in enumerate(csv_lines(rows, competencies)):  # noqa: B007
        target.write(line.encode("utf-8"))
    return count


def csv_response(rows, competencies):
    lines = (line.encode("utf-8") for line in csv_lines(rows, competencies))
    response = StreamingHttpResponse(lines, content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{file_name("csv")}"'
    return response


# XLSX ---------------------------------------------------------------------------------


class XlsxStyles:
    """Styles made once and shared by every cell (openpyxl stores them once)."""

    def __init__(self):
        from openpyxl.styles import Font, PatternFill

        self.heading = Font(bold=True)
        self.fills = {
            state: PatternFill("solid", start_color=colour, end_color=colour)
            for state, colour in FILLS.items()
        }


def xlsx_cell(sheet, value, font=None, fill=None):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value)
    if cell.data_type == "f":
        cell.data_type = "s"
    if font:
        cell.font = font
    if fill:
        cell.fill = fill
    return cell


def new_sheet(workbook, competencies):
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title=_("Skills matrix")[:31])
    sheet.freeze_panes = "B2"
    sheet.column_dimensions["A"].width = 36
    for index in range(2, 5):
        sheet.column_dimensions[get_column_letter(index)].width = 18
    for index in range(5, 5 + len(competencies)):
        sheet.column_dimensions[get_column_letter(index)].width = 14
    return sheet


def xlsx_row(sheet, row, styles):
    cells = [xlsx_cell(sheet, value) for value in employee_values(row.employee)]
    cells += [
        xlsx_cell(sheet, level_text(cell), fill=styles.fills.get(cell.state))
        for cell in row.cells
    ]
    return cells + [xlsx_cell(sheet, value) for value in total_values(row)]


def write_xlsx(rows, competencies, target):
    """Write one sheet to ``target`` (a path or binary file); returns the row count."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = new_sheet(workbook, competencies)
    styles = XlsxStyles()
    sheet.append(
        [xlsx_cell(sheet, text, font=styles.heading) for text in headings(competencies)]
    )
    count = 0
    for count, row in enumerate(rows, start=1):  # noqa: B007
        sheet.append(xlsx_row(sheet, row, styles))
    workbook.save(target)
    return count


def xlsx_response(rows, competencies):
    output = tempfile.TemporaryFile(suffix=".xlsx")
    write_xlsx(rows, competencies, output)
    output.seek(0)
    return FileResponse(
        output, as_attachment=True, filename=file_name("xlsx"), content_type=XLSX_TYPE
    )


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}
RESPONSES = {"csv": csv_response, "xlsx": xlsx_response}
