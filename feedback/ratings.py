"""Ratings in: one validation for the monitors' endpoint and the CSV import, then one
transaction that stores a whole batch or nothing.

An item is a dict as the monitors send it::

    {"event_id": "…", "unit": "baku-1-yasamal", "service": "passport",
     "rating": 4, "scale": 5, "rated_at": "2026-12-03T09:15:00+04:00",
     "categories": ["courtesy"], "desk": "12", "employee_number": "", "comment": ""}
"""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from people.models import OrgUnit

from . import months
from .models import FeedbackCategory, FeedbackRating, RatingCategory, Service

MIN_SCALE, MAX_SCALE = 2, 10
CLOCK_SKEW = datetime.timedelta(minutes=10)
OLDEST = datetime.timedelta(days=400)
LIMITS = {"event_id": 64, "desk": 20, "employee_number": 32, "comment": 2000}
HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class Problem:
    """What is wrong with one item (``index`` counts from 0) or the whole batch."""

    index: int | None
    field: str
    message: str

    def as_dict(self):
        return {"item": self.index, "field": self.field, "message": self.message}


class RatingsRefused(Exception):
    """Nothing was stored; ``problems`` say why, ``replayed`` lists known event ids."""

    def __init__(self, problems, replayed=()):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems
        self.replayed = list(replayed)


def normalise(raw, scale):
    """A rating on a 1..scale monitor as 1–5: 1 stays 1, the top stays 5."""
    value = 1 + Decimal(4) * (raw - 1) / (scale - 1)
    return value.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


class Lookups:
    """The reference rows a batch names, read in three queries."""

    def __init__(self, items):
        def codes(key):
            values = (item.get(key) for item in items if isinstance(item, dict))
            # PostgreSQL refuses NUL in a query; no code holds one (reported
            # per item as an unknown code).
            return {v for v in values if isinstance(v, str) and "\x00" not in v}

        units = OrgUnit.objects.filter(code__in=codes("unit"))
        self.units = {unit.code: unit for unit in units}
        services = Service.objects.filter(code__in=codes("service"), is_active=True)
        self.services = {service.code: service for service in services}
        self.categories = {c.code: c for c in FeedbackCategory.objects.all()}


def whole_number(value):
    """An int from JSON or CSV text; None when it is not a whole number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


class ItemReader:
    """Reads one item, collecting every problem it has."""

    def __init__(self, index, item, lookups, *, monitor, now):
        self.index, self.item, self.lookups = index, item, lookups
        self.monitor, self.now = monitor, now
        self.problems = []

    def problem(self, field, message):
        self.problems.append(Problem(self.index, field, message))

    def text(self, field):
        value = self.item.get(field, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(field, _("must be text"))
            return ""
        value = value.strip()
        if len(value) > LIMITS[field]:
            self.problem(field, _("longer than %d characters") % LIMITS[field])
        if "\x00" in value:
            self.problem(field, _("contains a NUL character"))
        return value

    def unit(self):
        code = self.item.get("unit")
        if code in (None, "") and self.monitor is not None:
            return self.monitor.org_unit
        unit = self.lookups.units.get(code) if isinstance(code, str) else None
        if unit is None:
            self.problem("unit", _("unknown unit “%s”") % code)
            return None
        if self.monitor is not None and not unit.path.startswith(
            self.monitor.org_unit.path
        ):
            self.problem("unit", _("this monitor does not belong to unit “%s”") % code)
            return None
        return unit

    def service(self):
        code = self.item.get("service")
        found = self.lookups.services.get(code) if isinstance(code, str) else None
        if found is None:
            self.problem("service", _("unknown service “%s”") % code)
        return found

    def rating(self):
        scale = whole_number(self.item.get("scale", 5))
        if scale is None or not MIN_SCALE <= scale <= MAX_SCALE:
            self.problem(
                "scale",
                _("the scale must be a whole number from %(low)d to %(high)d")
                % {"low": MIN_SCALE, "high": MAX_SCALE},
            )
            return None, None
        raw = whole_number(self.item.get("rating"))
        if raw is None or not 1 <= raw <= scale:
            self.problem(
                "rating", _("the rating must be a whole number from 1 to %d") % scale
            )
            return None, scale
        return raw, scale

    def rated_at(self):
        value = self.item.get("rated_at")
        moment = parse_datetime(value) if isinstance(value, str) else None
        if moment is None or timezone.is_naive(moment):
            self.problem(
                "rated_at", _("give the time as ISO 8601 with a time zone offset")
            )
            return None
        if moment > self.now + CLOCK_SKEW:
            self.problem("rated_at", _("the time is in the future"))
        elif moment < self.now - OLDEST:
            self.problem("rated_at", _("the time is more than 400 days ago"))
        return moment

    def categories(self):
        codes = self.item.get("categories")
        if isinstance(codes, str):
            codes = [c.strip() for c in codes.split("|") if c.strip()]
        if not isinstance(codes, list) or not codes:
            self.problem("categories", _("name one or more categories"))
            return []
        found = []
        for code in codes:
            category = (
                self.lookups.categories.get(code) if isinstance(code, str) else None
            )
            if category is None:
                self.problem("categories", _("unknown category “%s”") % code)
            elif category not in found:
                found.append(category)
        return found

    def read(self):
        if not isinstance(self.item, dict):
            self.problem("", _("each rating must be a JSON object"))
            return None
        event_id = self.text("event_id")
        if self.monitor is not None and not event_id:
            self.problem("event_id", _("the monitor's event id is required"))
        unit, service = self.unit(), self.service()
        (raw, scale), rated_at = self.rating(), self.rated_at()
        categories = self.categories()
        desk, number = self.text("desk"), self.text("employee_number")
        comment = self.text("comment")
        if self.problems:
            return None
        rating = FeedbackRating(
            org_unit=unit,
            service=service,
            desk=desk,
            employee_number=number,
            rating=normalise(raw, scale),
            raw_value=raw,
            raw_scale=scale,
            rated_at=rated_at,
            received_at=self.now,
            comment=comment,
            monitor=self.monitor,
            event_id=event_id,
        )
        return rating, categories


def read_items(items, *, monitor=None):
    """``[(FeedbackRating, [categories])]`` or ``RatingsRefused`` with every problem."""
    lookups, now = Lookups(items), timezone.now()
    parsed, problems, seen = [], [], {}
    for index, item in enumerate(items):
        reader = ItemReader(index, item, lookups, monitor=monitor, now=now)
        found = reader.read()
        problems += reader.problems
        if found is None:
            continue
        event_id = found[0].event_id
        if event_id and event_id in seen:
            problems.append(
                Problem(
                    index,
                    "event_id",
                    _("the same event id as item %d") % seen[event_id],
                )
            )
        seen.setdefault(event_id, index)
        parsed.append(found)
    if problems:
        raise RatingsRefused(problems)
    return parsed


def known_event_ids(parsed, monitor):
    ids = [rating.event_id for rating, _ in parsed if rating.event_id]
    if monitor is None:
        units = {rating.org_unit_id for rating, _ in parsed}
        stored = FeedbackRating.objects.filter(
            monitor__isnull=True, org_unit_id__in=units, event_id__in=ids
        )
    else:
        stored = FeedbackRating.objects.filter(monitor=monitor, event_id__in=ids)
    return sorted(stored.values_list("event_id", flat=True))


def record_ratings(items, *, monitor=None, imported_in=None):
    """Validate every item, then store all of them in one transaction, or none.

    An event id already stored (a monitor retrying) refuses the batch, naming the ids,
    so a retry never counts a citizen twice."""
    if not isinstance(items, list) or not items:
        raise RatingsRefused([Problem(None, "", _("send a non-empty list of ratings"))])
    parsed = read_items(items, monitor=monitor)
    try:
        with transaction.atomic():
            replayed = known_event_ids(parsed, monitor)
            if replayed:
                raise RatingsRefused([replay_problem()], replayed)
            return store(parsed, imported_in)
    except IntegrityError:  # the same event arrived in a parallel request
        raise RatingsRefused(
            [replay_problem()], known_event_ids(parsed, monitor)
        ) from None


def replay_problem():
    return Problem(None, "event_id", _("these events were recorded before"))


def store(parsed, imported_in):
    ratings = [rating for rating, _ in parsed]
    for rating in ratings:
        rating.imported_in = imported_in
    FeedbackRating.objects.bulk_create(ratings, batch_size=500)
    rows = [
        RatingCategory(
            rating=rating,
            category=category,
            org_unit_id=rating.org_unit_id,
            rated_at=rating.rated_at,
            value=rating.rating,
        )
        for rating, categories in parsed
        for category in categories
    ]
    RatingCategory.objects.bulk_create(rows, batch_size=500)
    months.add(rows)
    return ratings
