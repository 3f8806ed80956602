"""The load-data generator behind docs/PERFORMANCE.md (benchmarks/)."""

import pytest
from django.core.management import CommandError, call_command

from people.models import EmployeeProfile
from skills.models import Competency, CompetencyEvidence


def generate(*extra):
    call_command(
        "generate_load_data",
        "--employees=30",
        "--competencies=12",
        "--evidence-per-employee=5",
        *extra,
        stdout=open("/dev/null", "w"),  # noqa: SIM115
    )


def snapshot():
    people = EmployeeProfile.objects.filter(employee_number__regex=r"^load-\d+$")
    evidence = CompetencyEvidence.objects.filter(competency__code__startswith="load-")
    return (
        sorted(people.values_list("employee_number", "full_name", "org_unit__code")),
        sorted(evidence.values_list("employee__employee_number", "competency__code")),
    )


def test_the_same_seed_gives_the_same_data(db):
    generate("--seed=7")
    first = snapshot()
    generate("--seed=7", "--reset")
    assert snapshot() == first
    assert len(first[0]) == 30
    assert Competency.objects.filter(code__startswith="load-").count() == 12
    assert len(first[1]) >= 30 * 5


def test_existing_load_data_is_not_doubled(db):
    generate()
    with pytest.raises(CommandError):
        generate()


def test_reset_removes_only_the_load_data(db, staff):
    generate()
    call_command(
        "generate_load_data", "--employees=1", "--reset", stdout=open("/dev/null", "w")
    )  # noqa: SIM115
    assert (
        EmployeeProfile.objects.filter(employee_number__startswith="load-").count() == 3
    )
    assert staff["anar"] in EmployeeProfile.objects.all()
