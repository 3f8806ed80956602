"""Calendar quarters in the site's time zone: the periods needs are read over."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format


@dataclass(frozen=True)
class Period:
    start: datetime.date  # first day
    end: datetime.date  # first day after

    @classmethod
    def quarter_of(cls, day):
        first_month = 3 * ((day.month - 1) // 3) + 1
        start = datetime.date(day.year, first_month, 1)
        return cls(start, add_months(start, 3))

    @classmethod
    def parse(cls, text):
        """The quarter starting on ``text`` (YYYY-MM-DD), or None if it is not one."""
        try:
            day = datetime.date.fromisoformat(text or "")
        except ValueError:
            return None
        period = cls.quarter_of(day)
        return period if period.start == day else None

    @classmethod
    def current(cls):
        return cls.quarter_of(timezone.localdate())

    @property
    def key(self):
        return self.start.isoformat()

    @property
    def label(self):
        last = self.end - datetime.timedelta(days=1)
        return f"{date_format(self.start, 'F Y')} – {date_format(last, 'F Y')}"

    def previous(self):
        return Period.quarter_of(self.start - datetime.timedelta(days=1))

    def bounds(self):
        """Aware datetimes [start, end) for filtering ``rated_at``."""
        return local_midnight(self.start), local_midnight(self.end)


def add_months(day, months):
    month = day.month - 1 + months
    return datetime.date(day.year + month // 12, month % 12 + 1, 1)


def local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def recent_quarters(count=8):
    period, found = Period.current(), []
    for _ in range(count):
        found.append(period)
        period = period.previous()
    return found
