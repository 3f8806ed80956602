from datetime import UTC, datetime

from django_q.models import Schedule

from skills import tasks
from skills.coverage import coverage_trend
from skills.models import CoverageSnapshot
from skills.services import snapshot_coverage


def rows():
    return sorted(
        CoverageSnapshot.objects.values_list(
            "month", "org_unit__code", "competency__code", "required_count", "met_count"
        )
    )


def test_snapshot_counts_people_required_and_met_per_unit(staff, give):
    give(staff["anar"], "SS-01", 2)
    give(staff["banu"], "SS-01", 1)
    tasks.snapshot_coverage()
    found = {(unit, code): (req, met) for _, unit, code, req, met in rows()}
    assert found[("baku-1-yasamal-front", "SS-01")] == (2, 1)
    assert found[("baku-1-yasamal", "CE-01")] == (1, 0)


def test_running_the_snapshot_twice_changes_nothing(staff, give):
    give(staff["anar"], "SS-01", 2)
    tasks.snapshot_coverage()
    before = rows()
    give(staff["banu"], "SS-01", 2)
    assert tasks.snapshot_coverage() == 0
    assert rows() == before


def test_each_month_gets_its_own_snapshot(staff, give):
    snapshot_coverage(moment=datetime(2026, 9, 15, tzinfo=UTC))
    snapshot_coverage(moment=datetime(2026, 10, 15, tzinfo=UTC))
    months = {month for month, *_ in rows()}
    assert {m.isoformat() for m in months} == {"2026-09-01", "2026-10-01"}


def test_the_trend_adds_up_the_snapshots_the_user_may_see(staff, give):
    give(staff["anar"], "SS-01", 2)
    snapshot_coverage()
    ((_, everyone),) = coverage_trend(staff["hr"].user)
    ((_, baku),) = coverage_trend(staff["manager"].user)
    assert everyone.required > baku.required > 0
    assert baku.met == 1


def test_a_monthly_schedule_runs_the_snapshot_task(db):
    schedule = Schedule.objects.get(name="skills.snapshot_coverage")
    assert schedule.func == "skills.tasks.snapshot_coverage"
    assert schedule.schedule_type == Schedule.MONTHLY
    assert schedule.repeats == -1
