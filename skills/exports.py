"""The matrix as files: CSV (UTF-8 with a BOM, for Excel in az/ru) and XLSX, through
the one export helper of ``people.exports`` (typed cells, formulas kept as text).

Both stream: rows come from ``matrix.iter_rows`` a chunk of people at a time; CSV goes
out line by line, XLSX is written by openpyxl's write-only mode to a temporary file.
Neither holds the whole matrix in memory.
"""

import tempfile

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from people.exports import ExportFile

from .cells import CellState

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The same colours as the matrix on screen (skills/static/skills/matrix.css).
FILLS = {
    CellState.MEETS: "D8F0DF",
    CellState.BELOW: "FFEBC2",
    CellState.MISSING: "F9D9DA",
}


def file_name(file_format, moment=None):
    moment = timezone.localtime(moment)
    return f"skills-matrix-{moment:%Y-%m-%d-%H%M}.{file_format}"


def headings(competencies):
    people = [_("Full name"), _("Employee number"), _("Unit"), _("Position")]
    columns = [f"{c.code} {c.display_name}" for c in competencies]
    return people + columns + [_("Requirements"), _("Met"), _("Coverage, %")]


def employee_values(employee):
    return [
        employee.full_name,
        employee.employee_number,
        employee.unit_label,
        employee.position.display_name,
    ]


def total_values(row):
    coverage = row.coverage
    return [
        row.required_count,
        row.met_count,
        None if coverage is None else round(coverage * 100),
    ]


def level_cell(cell):
    """The level held, with the colour of how it compares to the requirement."""
    return (cell.level.display_name if cell.level else "", FILLS.get(cell.state))


def row_values(row):
    cells = [level_cell(cell) for cell in row.cells]
    return employee_values(row.employee) + cells + total_values(row)


def export_file(rows, competencies):
    return ExportFile(
        _("Skills matrix"),
        headings(competencies),
        (row_values(row) for row in rows),
        frozen_columns=1,
    )


def write_csv(rows, competencies, target):
    """Write to a binary file; returns the number of data rows."""
    return export_file(rows, competencies).write_csv(target)


def write_xlsx(rows, competencies, target):
    """Write one sheet to ``target`` (a path or binary file); returns the row count."""
    return export_file(rows, competencies).write_xlsx(target)


def csv_response(rows, competencies):
    lines = export_file(rows, competencies).csv_lines()
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in lines), content_type=CSV_TYPE
    )
    response["Content-Disposition"] = f'attachment; filename="{file_name("csv")}"'
    return response


def xlsx_response(rows, competencies):
    output = tempfile.TemporaryFile(suffix=".xlsx")
    write_xlsx(rows, competencies, output)
    output.seek(0)
    return FileResponse(
        output, as_attachment=True, filename=file_name("xlsx"), content_type=XLSX_TYPE
    )


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}
RESPONSES = {"csv": csv_response, "xlsx": xlsx_response}
