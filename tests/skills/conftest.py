"""A small framework for the skills reports.

Operators must hold SS-01 at rank 2 and SS-02 at rank 1; specialists need CE-01 at 3.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from skills.models import CompetencyEvidence, PositionRequirement
from tests.factories import AreaFactory, CompetencyFactory, PositionFactory, make_levels


@pytest.fixture
def levels(db):
    return make_levels()


@pytest.fixture
def framework(levels):
    service = AreaFactory(code="service", name="Xidmət standartları", name_en="Service")
    ethics = AreaFactory(code="ethics", name="Etika", name_en="Ethics")
    competencies = {
        "SS-01": CompetencyFactory(code="SS-01", area=service),
        "SS-02": CompetencyFactory(code="SS-02", area=service),
        "CE-01": CompetencyFactory(code="CE-01", area=ethics),
    }
    operator = PositionFactory(code="operator")
    specialist = PositionFactory(code="specialist")
    require(operator, competencies["SS-01"], levels[2])
    require(operator, competencies["SS-02"], levels[1])
    require(specialist, competencies["CE-01"], levels[3])
    return {
        "competencies": competencies,
        "operator": operator,
        "specialist": specialist,
        "levels": levels,
        "areas": {"service": service, "ethics": ethics},
    }


def require(position, competency, level):
    return PositionRequirement.objects.create(
        position=position, competency=competency, level=level
    )


@pytest.fixture
def give(framework):
    """``give(employee, "SS-01", rank, days=...)``: evidence valid now unless told."""

    def make(employee, code, rank, days=365, **kwargs):
        now = timezone.now()
        values = {
            "employee": employee,
            "competency": framework["competencies"][code],
            "level": framework["levels"][rank],
            "valid_from": now - timedelta(days=30),
            "valid_until": None if days is None else now + timedelta(days=days),
        }
        return CompetencyEvidence.objects.create(**(values | kwargs))

    return make


@pytest.fixture
def staff(tree, make_employee, manager_of, framework):
    """Two operators in Baku (front), one in Ganja, a specialist; HR and a manager."""
    return {
        "anar": make_employee(tree["front"], full_name="Abbasov Anar", username="anar"),
        "banu": make_employee(tree["front"], full_name="Babayeva Banu"),
        "ceyhun": make_employee(tree["ganja_front"], full_name="Cəfərov Ceyhun"),
        "dilara": make_employee(
            tree["yasamal"],
            full_name="Dadaşova Dilara",
            position=framework["specialist"],
        ),
        "hr": make_employee(tree["agency"], roles=("HR",), full_name="Zeynalova HR"),
        "manager": manager_of(tree["baku"], username="boss"),
    }


@pytest.fixture
def client(client):
    """Requests in English, so assertions can read the messages."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client
