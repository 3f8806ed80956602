from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone

from feedback.models import FeedbackCategory, FeedbackRating, Monitor, token_digest
from feedback.ratings import normalise


def test_the_five_principles_are_the_categories_in_three_languages(db):
    categories = list(FeedbackCategory.objects.all())
    assert [c.code for c in categories] == [
        "promptness", "transparency", "courtesy", "responsibility", "convenience",
    ]  # fmt: skip
    courtesy = FeedbackCategory.objects.get(code="courtesy")
    assert (courtesy.name, courtesy.name_ru) == ("Nəzakətlilik", "Вежливость")
    assert courtesy.target_average == Decimal("4.50")
    assert courtesy.max_low_share == Decimal("5.00")


def test_a_monitor_keeps_only_the_digest_of_its_token(monitor_with_token):
    monitor, token = monitor_with_token
    stored = Monitor.objects.get(pk=monitor.pk)
    assert token.startswith("fbm_") and len(token) > 40
    assert token not in (stored.token_hash, stored.token_hint)
    assert stored.token_hash == token_digest(token)
    assert token.startswith(stored.token_hint)


def test_a_new_token_replaces_the_old_one(monitor_with_token):
    monitor, old = monitor_with_token
    new = monitor.set_new_token()
    monitor.save()
    assert new != old
    assert not Monitor.objects.filter(token_hash=token_digest(old)).exists()


@pytest.mark.parametrize(
    "raw, scale, expected",
    [(1, 5, "1.00"), (5, 5, "5.00"), (3, 5, "3.00"), (1, 10, "1.00"), (10, 10, "5.00"),
     (2, 3, "3.00"), (4, 10, "2.33"), (2, 2, "5.00")],
)  # fmt: skip
def test_ratings_are_normalised_to_one_to_five(raw, scale, expected):
    assert normalise(raw, scale) == Decimal(expected)


@pytest.mark.parametrize(
    "average, low, short",
    [("4.50", "5.00", False), ("4.49", "0", True), ("5", "5.01", True),
     ("4.50", "4.99", False)],
)  # fmt: skip
def test_a_category_falls_short_exactly_past_its_targets(courtesy, average, low, short):
    assert courtesy.falls_short(Decimal(average), Decimal(low)) is short


def rating(tree, service, **values):
    values = {
        "org_unit": tree["yasamal"],
        "service": service,
        "rating": Decimal(4),
        "raw_value": 4,
        "raw_scale": 5,
        "rated_at": timezone.now(),
        **values,
    }
    return FeedbackRating.objects.create(**values)


@pytest.mark.parametrize(
    "values",
    [{"rating": Decimal("5.01")}, {"rating": Decimal("0.99")},
     {"raw_value": 6}, {"raw_value": 0}, {"raw_scale": 11}, {"raw_scale": 1}],
)  # fmt: skip
def test_the_database_refuses_ratings_off_their_scale(tree, service, values):
    with pytest.raises(IntegrityError), transaction.atomic():
        rating(tree, service, **values)


def test_a_monitor_event_is_stored_once(tree, service, monitor_with_token):
    monitor, _token = monitor_with_token
    rating(tree, service, monitor=monitor, event_id="e-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        rating(tree, service, monitor=monitor, event_id="e-1")
    other = Monitor.objects.create(org_unit=tree["yasamal"], name="2", token_hash="x")
    rating(tree, service, monitor=other, event_id="e-1")
    assert FeedbackRating.objects.count() == 2


def test_roles_hold_what_they_need(db):
    def holds(role, codename):
        return (
            Group.objects.get(name=role).permissions.filter(codename=codename).exists()
        )

    assert holds("HR", "view_feedback_comments")
    assert holds("HR", "import_feedback")
    assert holds("Manager", "view_feedback_report")
    assert not holds("Manager", "view_feedback_comments")
    assert holds("Trainer", "change_feedbackcategory")
    assert not holds("Employee", "view_feedback_report")
