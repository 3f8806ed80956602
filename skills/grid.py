"""The body of the matrix table, written as HTML here rather than in a template.

A page of 50 people × 100 competencies is 5,000 cells; through the template engine
they took longer than every query of the page together (docs/PERFORMANCE.md). Here the
few distinct cell contents (state × level × required level) are escaped and translated
once per page, and each cell only adds its link. The header, the totals and everything
around the table stay in templates/skills/admin/matrix.html.
"""

from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .cells import CellState

ICONS = {
    CellState.MEETS: "check",
    CellState.BELOW: "arrow-down",
    CellState.MISSING: "cross",
    CellState.NOT_REQUIRED: "minus",
}
ICON = (
    '<svg class="icon {css}" role="img"><title>{title}</title>'
    '<use href="#icon-{name}"></use></svg>'
)


def icon(name, title, css="cell__icon"):
    return ICON.format(css=css, title=escape(title), name=name)


class CellWriter:
    """Writes cells; what repeats from cell to cell is made once per page."""

    def __init__(self, url):
        self.url = escape(url)
        self.icons = {state: icon(name, state.label) for state, name in ICONS.items()}
        blank_label = escape(_("not required, no evidence"))
        self.blank = (
            '<td class="cell cell--blank"><span aria-hidden="true">–</span>'
            f'<span class="w-sr-only">{blank_label}</span></td>'
        )
        self.required_label = escape(_("required"))
        self.pieces = {}

    def __call__(self, cell, employee_id):
        if cell.level is None and cell.required is None:
            return self.blank
        key = (cell.state, cell.level, cell.required)
        if key not in self.pieces:
            self.pieces[key] = self.make_pieces(cell)
        start, middle, end = self.pieces[key]
        expiry = self.expiry(cell) if cell.expiring else ""
        link = f"{self.url}{employee_id}/{cell.competency.id}/"
        return f'{start}{link}">{middle}{expiry}{end}'

    def make_pieces(self, cell):
        start = f'<td class="cell cell--{cell.state}"><a href="'
        level = escape(cell.level.display_name) if cell.level else ""
        middle = f'<span class="cell__level">{self.icons[cell.state]}{level}'
        return start, middle, f"</span>{self.required_line(cell.required)}</a></td>"

    def required_line(self, level):
        if level is None:
            return ""
        return (
            '<small class="cell__required"><span aria-hidden="true">≥ </span>'
            f'<span class="w-sr-only">{self.required_label}: </span>'
            f"{escape(level.display_name)}</small>"
        )

    def expiry(self, cell):
        when = date_format(cell.until, "SHORT_DATE_FORMAT")
        return icon("time", _("Expires on %(date)s") % {"date": when}, "cell__expiry")


def render_person(employee):
    return (
        '<th scope="row" class="matrix__person">'
        f'<span class="matrix__name">{escape(employee.full_name)}</span>'
        f'<span class="matrix__meta">{escape(employee.unit_label)} · '
        f"{escape(employee.position.display_name)}</span></th>"
    )


def render_total(row):
    if not row.required_count:
        return '<td class="matrix__total">—</td>'
    return (
        f'<td class="matrix__total"><strong>{round(row.coverage * 100)}%</strong>'
        f'<span class="matrix__count">{row.met_count}/{row.required_count}</span></td>'
    )


def render_row(row, write):
    employee_id = row.employee.id
    cells = "".join([write(cell, employee_id) for cell in row.cells])
    return f"<tr>{render_person(row.employee)}{render_total(row)}{cells}</tr>"


def render_rows(rows, *, cell_url):
    """``<tr>`` elements for ``rows``; a cell links to ``cell_url<employee>/<id>/``."""
    write = CellWriter(cell_url)
    return mark_safe("".join([render_row(row, write) for row in rows]))
