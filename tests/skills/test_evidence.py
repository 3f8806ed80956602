from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone

from skills.models import CompetencyEvidence, PositionRequirement
from tests.factories import CompetencyFactory, make_levels


@pytest.fixture
def setup(tree, make_employee):
    return make_employee(tree["front"]), CompetencyFactory(code="SS-01"), make_levels()


def evidence(setup, **kwargs):
    employee, competency, levels = setup
    values = {"employee": employee, "competency": competency, "level": levels[2]}
    return CompetencyEvidence.objects.create(**(values | kwargs))


def refused(setup, **kwargs):
    with pytest.raises(IntegrityError), transaction.atomic():
        evidence(setup, **kwargs)


def test_valid_until_must_come_after_valid_from(setup):
    now = timezone.now()
    refused(setup, valid_from=now, valid_until=now - timedelta(days=1))


def test_ending_evidence_needs_a_reason(setup):
    refused(setup, ended_at=timezone.now())


def test_a_source_is_named_completely_or_not_at_all(setup):
    refused(setup, source_type=ContentType.objects.get_for_model(PositionRequirement))
    refused(setup, source_id="7")


def test_one_piece_of_evidence_per_source_and_competency(setup):
    source = {
        "source_type": ContentType.objects.get_for_model(PositionRequirement),
        "source_id": "42",
    }
    evidence(setup, **source)
    refused(setup, **source)


def test_valid_at_counts_only_started_unexpired_unended_evidence(setup):
    now = timezone.now()
    current = evidence(setup, valid_from=now - timedelta(days=1))
    evidence(
        setup, valid_from=now - timedelta(days=400), valid_until=now - timedelta(days=1)
    )
    evidence(setup, ended_at=now, end_reason="revoked")
    evidence(setup, valid_from=now + timedelta(days=1))
    assert list(CompetencyEvidence.objects.valid_at(now)) == [current]
    assert current.is_valid_now


def test_requirement_is_unique_per_position_and_competency(setup):
    employee, competency, levels = setup
    PositionRequirement.objects.create(
        position=employee.position, competency=competency, level=levels[2]
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        PositionRequirement.objects.create(
            position=employee.position, competency=competency, level=levels[3]
        )


def test_evidence_listing_is_scoped_like_people(setup, tree, manager_of):
    evidence(setup)
    assert (
        CompetencyEvidence.objects.visible_to(manager_of(tree["baku"]).user).count()
        == 1
    )
    assert (
        CompetencyEvidence.objects.visible_to(manager_of(tree["ganja"]).user).count()
        == 0
    )
