"""The ratings counted per unit, category and month stay exactly what counting the
category rows afresh gives, however the ratings came in; the reports read them."""

import datetime
import json
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.test import Client
from django.utils import timezone

from feedback import months, needs
from feedback.importing import import_feedback
from feedback.models import LOW, FeedbackCategory, RatingCategory, RatingMonth
from feedback.periods import Period, add_months, local_midnight

URL = "/api/feedback/"
FIRST = timezone.localdate().replace(day=1)
LAST_MONTH = add_months(FIRST, -1)
TWO_MONTHS_AGO = add_months(FIRST, -2)


def local(day, hour, minute=0):
    return local_midnight(day) + datetime.timedelta(hours=hour, minutes=minute)


# Either side of midnight at a month's turn, in the site's time zone (UTC+4 in Baku:
# 00:30 on the 1st is still the previous month in UTC).
EARLY = local(LAST_MONTH, 0, 30)
LATE = local(LAST_MONTH, -1, 30)  # 23:30 on the last day of the month before


@pytest.fixture
def post(service, courtesy, monitor_with_token):
    _monitor, token = monitor_with_token
    client = Client()

    def send(items):
        return client.post(
            URL,
            json.dumps(items),
            content_type="application/json",
            headers={"Authorization": f"Bearer {token}"},
        )

    return send


def item(event_id, rating, when, categories, unit="baku-1-yasamal", scale=5):
    return {
        "event_id": event_id,
        "unit": unit,
        "service": "passport",
        "rating": rating,
        "scale": scale,
        "rated_at": when.isoformat(),
        "categories": categories,
    }


def csv(lines):
    header = "unit;service;rating;scale;rated_at;categories;event_id"
    return ("\n".join([header, *lines]) + "\n").encode()


@pytest.fixture
def ingested(tree, post):
    """Ratings through the endpoint and a CSV import, with refused ones between."""
    now = timezone.now() - datetime.timedelta(minutes=5)
    batch = [
        item("a", 5, EARLY, ["courtesy", "promptness"]),
        item("b", 1, LATE, ["courtesy"]),
        item("c", 2, LATE, ["courtesy", "convenience"], scale=3),
        item("d", 7, now, ["promptness"], scale=10),
        item("e", 2, now, ["courtesy"]),
    ]
    assert post(batch).status_code == 201
    assert post([item("f", 4, now, ["courtesy"])]).status_code == 201
    assert post([item("g", 3, EARLY, ["courtesy"]), item("a", 5, EARLY, ["courtesy"])])
    assert post([item("h", 9, now, ["courtesy"])]).status_code == 400  # off scale
    lines = [
        f"ganja;passport;1;5;{EARLY.isoformat()};courtesy|convenience;i1",
        f"ganja;passport;4;5;{LATE.isoformat()};courtesy;i2",
        f"baku-1-yasamal;passport;3;4;{now.isoformat()};promptness;i3",
    ]
    assert import_feedback(data=csv(lines), file_name="a.csv").ok
    assert not import_feedback(data=csv([*lines[:1], "ganja;x;1;5;;;"])).ok
    assert not import_feedback(data=csv(lines[:1])).ok  # imported before
    return tree


def test_the_counts_are_what_counting_the_rows_afresh_gives(ingested):
    assert RatingCategory.objects.count() == 12
    assert months.stored() == months.fresh()
    courtesy = FeedbackCategory.objects.get(code="courtesy")
    yasamal = ingested["yasamal"]
    counted = RatingMonth.objects.get(
        org_unit=yasamal, category=courtesy, month=TWO_MONTHS_AGO
    )
    assert (counted.ratings, counted.total, counted.low) == (2, Decimal("4.00"), 1)
    assert (
        RatingMonth.objects.get(
            org_unit=yasamal, category=courtesy, month=LAST_MONTH
        ).ratings
        == 1
    )  # 00:30 local on the 1st: the new month


def test_a_recount_gives_the_same_and_repairs_a_wrong_count(ingested):
    before = months.stored()
    call_command("rebuild_feedback_months", stdout=open("/dev/null", "w"))
    assert months.stored() == before
    RatingMonth.objects.filter(pk=RatingMonth.objects.first().pk).update(ratings=99)
    RatingMonth.objects.last().delete()
    assert months.stored() != before
    assert months.rebuild() == len(before)
    assert months.stored() == before


def test_the_nightly_check_recounts_only_when_a_count_is_off(ingested):
    before = months.stored()
    kept = set(RatingMonth.objects.values_list("pk", flat=True))
    assert months.check() == 0
    assert set(RatingMonth.objects.values_list("pk", flat=True)) == kept  # untouched
    RatingMonth.objects.filter(pk=min(kept)).update(total=Decimal("0.01"))
    RatingMonth.objects.filter(pk=max(kept)).delete()
    assert months.check() == 2
    assert months.stored() == before
    assert months.check() == 0


def raw_scores(unit, start, end):
    """The old way: category rows of the unit's subtree in [start, end), by month."""
    rows = RatingCategory.objects.filter(
        org_unit__path__startswith=unit.path,
        rated_at__gte=local_midnight(start),
        rated_at__lt=local_midnight(end),
    )
    month = TruncMonth("rated_at", tzinfo=timezone.get_current_timezone())
    grouped = (
        rows.annotate(month=month)
        .values("month", "category_id")
        .annotate(
            ratings=Count("pk"),
            total=Sum("value"),
            low=Count("pk", filter=Q(value__lte=LOW)),
        )
    )
    return {
        (months.as_date(row["month"]), row["category_id"]): (
            row["ratings"],
            row["total"],
            row["low"],
        )
        for row in grouped
    }


def figures(score):
    return (score.ratings, Decimal(score.total), score.low)


def test_the_trend_and_the_scores_are_those_of_the_rows(ingested):
    categories = needs.categories()
    period = Period.current()
    for unit in (ingested["baku"], ingested["yasamal"], ingested["ganja"]):
        start = add_months(period.end, -needs.TREND_MONTHS)
        expected = raw_scores(unit, start, period.end)
        trend = needs.trend(unit, period, categories)
        shown = {
            (point.month, category_id): figures(point.score)
            for category_id, points in trend.items()
            for point in points
            if point.score.ratings
        }
        assert shown == expected
        for quarter in (period, period.previous()):
            in_quarter = raw_scores(unit, quarter.start, quarter.end)
            scores = needs.unit_scores(unit, quarter, categories)
            for score in scores:
                rows = [
                    v for (_m, c), v in in_quarter.items() if c == score.category.pk
                ]
                ratings = sum(r for r, _t, _l in rows)
                total = sum((t for _r, t, _l in rows), Decimal(0))
                assert figures(score) == (ratings, total, sum(lo for *_x, lo in rows))
    assert sum(len(points) for points in trend.values()) == 12 * len(categories)


def test_counts_add_up_to_whole_months_only(db):
    with pytest.raises(ValueError):
        needs.months_between(datetime.date(2026, 1, 2), datetime.date(2026, 4, 1))


def test_comments_are_the_units_latest_in_the_categories_once_each(
    tree, courtesy, rate
):
    promptness = FeedbackCategory.objects.get(code="promptness")
    start, hour = Period.current().bounds()[0], datetime.timedelta(hours=1)
    r0, r1 = rate(tree["yasamal"], [1, 2], category=courtesy, when=start)
    r2, r3 = rate(tree["yasamal"], [1, 2], category=courtesy, when=start + hour)
    elsewhere = rate(tree["ganja"], [1], category=courtesy, when=start + 2 * hour)
    [other] = rate(tree["yasamal"], [1], category=promptness, when=start + hour / 2)
    for rating in [r1, r2, r3, *elsewhere, other]:
        rating.comment = f"comment {rating.pk}"
        rating.save()
    for rating in [r0, r1, r2, r3]:  # in both categories: still listed once
        RatingCategory.objects.create(
            rating=rating,
            category=promptness,
            org_unit=rating.org_unit,
            rated_at=rating.rated_at,
            value=rating.rating,
        )
    period, both = Period.current(), [courtesy.pk, promptness.pk]
    assert needs.comments(tree["baku"], period, both) == [r3, r2, other, r1]
    assert needs.comments(tree["baku"], period, [courtesy.pk]) == [r3, r2, r1]
    assert needs.comments(tree["baku"], period, both, limit=2) == [r3, r2]
    assert needs.comments(tree["baku"], period.previous(), both) == []
    assert needs.comments(tree["baku"], period, []) == []
