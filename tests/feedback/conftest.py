import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from feedback.models import FeedbackCategory, Monitor, Service
from feedback.ratings import record_ratings


@pytest.fixture
def service(db):
    return Service.objects.create(code="passport", name="Pasport", name_ru="Паспорт")


@pytest.fixture
def courtesy(db):
    return FeedbackCategory.objects.get(code="courtesy")


@pytest.fixture
def monitor_with_token(tree):
    monitor = Monitor(org_unit=tree["yasamal"], name="Zal 1")
    token = monitor.set_new_token()
    monitor.save()
    return monitor, token


@pytest.fixture
def rate(service):
    """Store ratings directly: ``rate(unit, [values], category=..., when=...)``."""

    def make(unit, values, *, category, when=None, scale=5):
        when = when or timezone.now() - datetime.timedelta(hours=1)
        items = [
            {
                "unit": unit.code,
                "service": service.code,
                "rating": value,
                "scale": scale,
                "rated_at": (when + datetime.timedelta(seconds=i)).isoformat(),
                "categories": [category.code],
            }
            for i, value in enumerate(values)
        ]
        return record_ratings(items)

    return make


def D(text):
    return Decimal(text)
