from datetime import timedelta

from django.utils import timezone

from skills.cells import CellState, build_rows, column_totals
from skills.filters import MatrixFilters
from skills.matrix import ReferenceLists, matrix_page


def cells_of(employee, framework):
    competencies = list(framework["competencies"].values())
    row = build_rows([employee], competencies)[0]
    return {cell.competency.code: cell for cell in row.cells}


def test_highest_level_valid_now_wins(staff, framework, give):
    give(staff["anar"], "SS-01", 1)
    give(staff["anar"], "SS-01", 3)
    give(staff["anar"], "SS-01", 2)
    cell = cells_of(staff["anar"], framework)["SS-01"]
    assert (cell.level.rank, cell.state) == (3, CellState.MEETS)


def test_expired_ended_and_future_evidence_do_not_count(staff, framework, give):
    now = timezone.now()
    give(
        staff["anar"],
        "SS-01",
        4,
        valid_from=now - timedelta(days=800),
        valid_until=now - timedelta(days=1),
    )
    give(staff["anar"], "SS-01", 4, ended_at=now, end_reason="certificate revoked")
    give(staff["anar"], "SS-01", 4, valid_from=now + timedelta(days=2))
    give(staff["anar"], "SS-01", 1)
    cell = cells_of(staff["anar"], framework)["SS-01"]
    assert (cell.level.rank, cell.state) == (1, CellState.BELOW)


def test_each_cell_state(staff, framework, give):
    give(staff["anar"], "SS-01", 2)
    give(staff["anar"], "CE-01", 4)
    cells = cells_of(staff["anar"], framework)
    assert cells["SS-01"].state == CellState.MEETS
    assert cells["SS-02"].state == CellState.MISSING
    assert cells["CE-01"].state == CellState.NOT_REQUIRED
    assert cells["CE-01"].level.rank == 4
    give(staff["banu"], "SS-01", 1)
    assert cells_of(staff["banu"], framework)["SS-01"].state == CellState.BELOW


def test_a_transfer_to_another_position_changes_the_requirements(
    staff, framework, give
):
    give(staff["anar"], "SS-01", 2)
    assert cells_of(staff["anar"], framework)["CE-01"].required is None
    staff["anar"].position = framework["specialist"]
    staff["anar"].save()
    cells = cells_of(staff["anar"], framework)
    assert cells["SS-01"].state == CellState.NOT_REQUIRED
    assert (cells["CE-01"].required.rank, cells["CE-01"].state) == (
        3,
        CellState.MISSING,
    )


def test_expiry_within_60_days_is_marked(staff, framework, give):
    give(staff["anar"], "SS-01", 2, days=59)
    give(staff["anar"], "SS-02", 2, days=61)
    give(staff["anar"], "CE-01", 2, days=None)
    cells = cells_of(staff["anar"], framework)
    assert cells["SS-01"].expiring
    assert not cells["SS-02"].expiring
    assert not cells["CE-01"].expiring and cells["CE-01"].until is None


def test_the_longest_lasting_evidence_of_the_best_level_sets_the_expiry(
    staff, framework, give
):
    give(staff["anar"], "SS-01", 2, days=10)
    give(staff["anar"], "SS-01", 2, days=300)
    give(staff["anar"], "SS-01", 1, days=None)
    assert not cells_of(staff["anar"], framework)["SS-01"].expiring


def test_row_totals_count_the_requirements_met(staff, framework, give):
    give(staff["anar"], "SS-01", 2)
    give(staff["anar"], "CE-01", 3)
    row = build_rows([staff["anar"]], list(framework["competencies"].values()))[0]
    assert (row.met_count, row.required_count, row.coverage) == (1, 2, 0.5)


def test_column_totals_share_of_people_meeting_each_requirement(staff, framework, give):
    give(staff["anar"], "SS-01", 2)
    give(staff["banu"], "SS-01", 1)
    give(staff["dilara"], "CE-01", 3)
    competencies = list(framework["competencies"].values())
    people = [staff["anar"], staff["banu"], staff["dilara"]]
    totals = column_totals(build_rows(people, competencies), competencies)
    found = {t.competency.code: (t.met_count, t.required_count) for t in totals}
    assert found == {"SS-01": (1, 2), "SS-02": (0, 2), "CE-01": (1, 1)}


def page_for(user, **filters):
    return matrix_page(user=user, filters=MatrixFilters(**filters))


def test_sorting_by_coverage_puts_the_best_covered_first(staff, framework, give):
    give(staff["banu"], "SS-01", 2)
    give(staff["banu"], "SS-02", 1)
    give(staff["anar"], "SS-01", 2)
    page = page_for(staff["hr"].user, sort="-coverage")
    assert [row.employee for row in page.rows[:2]] == [staff["banu"], staff["anar"]]
    lowest_first = page_for(staff["hr"].user, sort="coverage").rows
    assert [row.employee for row in lowest_first[-2:]] == [staff["anar"], staff["banu"]]


def test_filters_by_unit_with_descendants_position_area_and_name(staff, framework):
    user = staff["hr"].user
    lists = ReferenceLists.load(user)
    baku = next(u for u in lists.units if u.code == "baku-1")
    in_baku = {r.employee for r in page_for(user, unit=baku).rows}
    assert {staff["anar"], staff["banu"], staff["dilara"]} <= in_baku
    assert staff["ceyhun"] not in in_baku
    specialists = page_for(user, position=framework["specialist"]).rows
    assert [r.employee for r in specialists] == [staff["dilara"]]
    ethics = page_for(user, area=framework["areas"]["ethics"])
    assert [c.code for c in ethics.competencies] == ["CE-01"]
    assert [r.employee for r in page_for(user, query="babay").rows] == [staff["banu"]]


def test_pages_count_and_slice_the_people(staff, framework):
    page = page_for(staff["hr"].user, per_page=2, page=2)
    assert (page.count, page.num_pages, len(page.rows), page.number) == (6, 3, 2, 2)
    beyond = page_for(staff["hr"].user, per_page=2, page=99)
    assert (beyond.number, len(beyond.rows)) == (3, 2)


def test_people_who_left_are_not_in_the_matrix(staff, framework):
    staff["banu"].is_active = False
    staff["banu"].save()
    assert staff["banu"] not in {r.employee for r in page_for(staff["hr"].user).rows}
