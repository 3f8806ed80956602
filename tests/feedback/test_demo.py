from decimal import Decimal

import pytest
from django.core.management import call_command

from feedback import needs
from feedback.models import FeedbackRating, Monitor, TrainingNeed
from feedback.periods import Period
from people.models import EmployeeProfile


@pytest.fixture
def seeded(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_the_demo_centres_are_weaker_in_courtesy(seeded):
    assert Monitor.objects.count() == 4
    assert not Monitor.objects.filter(token_hash="").exists()
    ratings = FeedbackRating.objects.all()
    assert 4000 < ratings.count() < 20000
    first, last = ratings.order_by("rated_at")[0], ratings.order_by("-rated_at")[0]
    assert (last.rated_at - first.rated_at).days >= 175
    assert set(TrainingNeed.objects.values_list("category__code", flat=True)) == {
        "courtesy"
    }
    assert set(TrainingNeed.objects.values_list("org_unit__code", flat=True)) == {
        "baku-1-yasamal", "ganja",
    }  # fmt: skip
    hr = EmployeeProfile.objects.get(user__username="hr").user
    rows = needs.heatmap(hr, Period.current().previous(), needs.categories())
    for row in rows:
        courtesy = [s for s in row.scores if s.category.code == "courtesy"][0]
        others = [s for s in row.scores if s.category.code != "courtesy"]
        assert courtesy.short and courtesy.average < Decimal("4.5")
        assert not any(s.short for s in others)
