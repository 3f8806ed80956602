"""Citizen ratings at national scale for measuring: ``count`` ratings spread over the
last year and the load agency's centres (``benchmarks.loaddata``), one or two
categories each, with one centre weaker in courtesy so the needs report has needs
to show; one in twenty carries a comment. The same seed gives the same ratings.

On PostgreSQL the rows are made by the database itself (``generate_series``), which
fills 5 million ratings in minutes; elsewhere (the tests' SQLite) in Python.
Everything carries the ``load-`` event id prefix, so ``reset()`` removes exactly it.
Both end by recounting the ratings per month (``feedback.months``), as the rows are
not stored through ``record_ratings``.
"""

import random
import zlib
from datetime import timedelta
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone

from feedback import months
from feedback.models import FeedbackCategory, FeedbackRating, RatingCategory, Service
from people.models import OrgUnit
from skills.models import Competency

from .loaddata import PREFIX

WEAK_CENTRE = f"{PREFIX}centre-07"
BATCH = 5000
WEIGHTS = [(5, 70), (4, 22), (3, 4), (2, 2), (1, 2)]  # a rating and its weight
SQL_RATINGS = """
INSERT INTO feedback_feedbackrating
    (org_unit_id, service_id, desk, employee_number, rating, raw_value, raw_scale,
     rated_at, received_at, comment, event_id, monitor_id, imported_in_id)
SELECT units[1 + (g %% cardinality(units))], %(service)s, '', '', r::numeric(3, 2),
       r, 5, %(now)s - random() * interval '365 days', %(now)s,
       CASE WHEN hashtext('load-' || g) %% 20 = 0 THEN 'load comment ' || g ELSE '' END,
       'load-' || g, NULL, NULL
FROM (
    SELECT g, %(units)s::bigint[] AS units,
           CASE WHEN x < 0.70 THEN 5 WHEN x < 0.92 THEN 4 WHEN x < 0.96 THEN 3
                WHEN x < 0.98 THEN 2 ELSE 1 END AS r
    FROM (SELECT g, random() AS x FROM generate_series(1, %(count)s) g) drawn
) made
"""
SQL_CATEGORIES = """
INSERT INTO feedback_ratingcategory (rating_id, category_id, org_unit_id, rated_at, value)
SELECT id, (%(categories)s::bigint[])[1 + id %% 5], org_unit_id, rated_at, rating
FROM feedback_feedbackrating WHERE event_id LIKE 'load-%%' AND monitor_id IS NULL
UNION ALL
SELECT id, (%(categories)s::bigint[])[1 + (id + 2) %% 5], org_unit_id, rated_at, rating
FROM feedback_feedbackrating
WHERE event_id LIKE 'load-%%' AND monitor_id IS NULL AND id %% 10 < 3
"""
# The weak centre's courtesy ratings: a third of its 5s become 1s.
SQL_WEAKEN = """
UPDATE feedback_ratingcategory SET value = 1
WHERE org_unit_id = %(unit)s AND category_id = %(courtesy)s AND value = 5
  AND rating_id %% 3 = 0
"""


def service():
    found, _ = Service.objects.get_or_create(
        code=f"{PREFIX}service", defaults={"name": "Yük xidməti"}
    )
    return found


def centres():
    return list(
        OrgUnit.objects.filter(code__startswith=f"{PREFIX}centre-", depth=2)
        .order_by("path")
        .values_list("pk", flat=True)
    )


def map_categories():
    """Each category served by two of the load framework's competencies."""
    competencies = list(
        Competency.objects.filter(code__startswith=PREFIX).order_by("code")
    )
    for index, category in enumerate(FeedbackCategory.objects.all()):
        category.competencies.add(*competencies[2 * index : 2 * index + 2])


@transaction.atomic
def generate(count, seed=1, log=print):
    units, categories = (
        centres(),
        list(FeedbackCategory.objects.values_list("pk", flat=True)),
    )
    if not units:
        raise ValueError("generate the load agency first (generate_load_data)")
    map_categories()
    now = timezone.now()
    if connection.vendor == "postgresql":
        fill_in_sql(count, seed, units, categories, now)
    else:
        fill_in_python(count, seed, units, categories, now)
    months.rebuild()
    log(f"ratings: {count}")
    return count


def fill_in_sql(count, seed, units, categories, now):
    weak = OrgUnit.objects.get(code=WEAK_CENTRE).pk
    courtesy = FeedbackCategory.objects.get(code="courtesy").pk
    with connection.cursor() as cursor:
        cursor.execute("SELECT setseed(%s)", [1 / (seed + 1)])
        cursor.execute(
            SQL_RATINGS,
            {"service": service().pk, "now": now, "units": units, "count": count},
        )
        cursor.execute(SQL_CATEGORIES, {"categories": categories})
        cursor.execute(SQL_WEAKEN, {"unit": weak, "courtesy": courtesy})
        cursor.execute("ANALYZE feedback_feedbackrating")
        cursor.execute("ANALYZE feedback_ratingcategory")


def fill_in_python(count, seed, units, categories, now):
    rng = random.Random(seed)
    values, weights = zip(*WEIGHTS, strict=True)
    made_for = service()
    for start in range(0, count, BATCH):
        ratings = []
        for number in range(start + 1, min(start + BATCH, count) + 1):
            value = rng.choices(values, weights)[0]
            ratings.append(
                FeedbackRating(
                    org_unit_id=units[number % len(units)],
                    service=made_for,
                    rating=Decimal(value),
                    raw_value=value,
                    raw_scale=5,
                    rated_at=now - timedelta(seconds=rng.randrange(365 * 86400)),
                    comment=load_comment(number),
                    event_id=f"load-{number}",
                )
            )
        FeedbackRating.objects.bulk_create(ratings)
        RatingCategory.objects.bulk_create(
            RatingCategory(
                rating=rating,
                category_id=categories[offset],
                org_unit_id=rating.org_unit_id,
                rated_at=rating.rated_at,
                value=rating.rating,
            )
            for rating in ratings
            for offset in second_category(rating.pk)
        )


def load_comment(number):
    """One rating in twenty has a comment (spread over the centres, as in SQL)."""
    return f"load comment {number}" if zlib.crc32(b"%d" % number) % 20 == 0 else ""


def second_category(pk):
    """The category indexes of rating ``pk``: as SQL_CATEGORIES draws them, three
    ratings in ten have a second one."""
    return [pk % 5, (pk + 2) % 5] if pk % 10 < 3 else [pk % 5]


@transaction.atomic
def reset():
    loaded = FeedbackRating.objects.filter(
        event_id__startswith="load-", monitor__isnull=True
    )
    RatingCategory.objects.filter(rating__in=loaded).delete()
    loaded.delete()
    months.rebuild()


def existing():
    return FeedbackRating.objects.filter(
        event_id__startswith="load-", monitor__isnull=True
    ).count()
