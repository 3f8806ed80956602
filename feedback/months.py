"""Ratings counted per unit, category and month: what the reports over whole months
(a quarter's scores, the heatmap, the trend, the nightly needs) read instead of the
millions of ``RatingCategory`` rows behind them.

The counts are kept exactly in step: every batch stored adds its rows in the same
transaction (one upsert per batch that adds to the month's counts). The nightly task
compares them with a fresh count in one snapshot (``check()``, no lock) and only if
one is off recounts them all (``rebuild()``, also ``manage.py
rebuild_feedback_months``) under a lock that makes concurrent batches wait.
Months are those of the site's time zone (``TIME_ZONE``), as the periods are.
"""

import datetime

from django.db import connection, transaction
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from .models import LOW, RatingCategory, RatingMonth


def month_of(moment):
    """The first day of ``moment``'s month in the site's time zone."""
    local = timezone.localtime(moment, timezone.get_default_timezone())
    return local.date().replace(day=1)


def as_date(value):
    """TruncMonth gives a local datetime on PostgreSQL and SQLite alike; its date."""
    return value.date() if isinstance(value, datetime.datetime) else value


def tally(rows):
    """``{(unit id, category id, month): [ratings, total, low]}`` of category rows."""
    found = {}
    for row in rows:
        key = (row.org_unit_id, row.category_id, month_of(row.rated_at))
        counts = found.setdefault(key, [0, 0, 0])
        counts[0] += 1
        counts[1] += row.value
        counts[2] += row.value <= LOW
    return found


def upsert_sql(count):
    table = connection.ops.quote_name(RatingMonth._meta.db_table)
    values = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * count)
    return (
        f"INSERT INTO {table} (org_unit_id, category_id, month, ratings, total, low) "
        f"VALUES {values} ON CONFLICT (org_unit_id, month, category_id) DO UPDATE SET "
        f"ratings = {table}.ratings + excluded.ratings, "
        f"total = {table}.total + excluded.total, "
        f"low = {table}.low + excluded.low"
    )


def add(rows):
    """Add stored ``RatingCategory`` rows to their months, in the caller's
    transaction: one statement, keys in a fixed order (no deadlock between batches)."""
    counts = tally(rows)
    if not counts:
        return
    ops, params = connection.ops, []
    for (unit_id, category_id, month), (ratings, total, low) in sorted(counts.items()):
        params += [
            unit_id,
            category_id,
            ops.adapt_datefield_value(month),
            ratings,
            ops.adapt_decimalfield_value(total, 14, 2),
            low,
        ]
    with connection.cursor() as cursor:
        cursor.execute(upsert_sql(len(counts)), params)


def fresh(rows=None):
    """The months counted afresh from ``RatingCategory`` (all of it, or ``rows``):
    ``{(unit id, category id, month): (ratings, total, low)}``."""
    rows = RatingCategory.objects.all() if rows is None else rows
    month = TruncMonth("rated_at", tzinfo=timezone.get_default_timezone())
    grouped = (
        rows.annotate(month=month)
        .values("org_unit_id", "category_id", "month")
        .annotate(
            ratings=Count("pk"),
            total=Sum("value"),
            low=Count("pk", filter=Q(value__lte=LOW)),
        )
        .order_by()
    )
    return {
        (row["org_unit_id"], row["category_id"], as_date(row["month"])): (
            row["ratings"],
            row["total"],
            row["low"],
        )
        for row in grouped
    }


def stored():
    """The months as kept, in the shape of ``fresh()``."""
    return {
        (row.org_unit_id, row.category_id, row.month): (row.ratings, row.total, row.low)
        for row in RatingMonth.objects.all()
    }


def differences():
    """The months whose kept counts are not those of the rows, both read in one
    snapshot (a batch stores its rows and its counts in one transaction), so
    checking takes no lock and never makes a batch wait."""
    snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic():
        if snapshot:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        kept, counted = stored(), fresh()
    return {
        key for key in kept.keys() | counted.keys() if kept.get(key) != counted.get(key)
    }


def check():
    """Nightly: recount (under the lock) only when a count is off; how many were."""
    wrong = differences()
    if wrong:
        rebuild()
    return len(wrong)


@transaction.atomic
def rebuild():
    """Count every month afresh. Batches being stored wait for the lock and add
    their rows after; their ratings are not in the recount (not yet committed)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            table = connection.ops.quote_name(RatingMonth._meta.db_table)
            cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
    RatingMonth.objects.all().delete()
    made = [
        RatingMonth(
            org_unit_id=unit_id,
            category_id=category_id,
            month=month,
            ratings=ratings,
            total=total,
            low=low,
        )
        for (unit_id, category_id, month), (ratings, total, low) in fresh().items()
    ]
    RatingMonth.objects.bulk_create(made, batch_size=1000)
    return len(made)
