"""Citizen feedback in the demo: the services, the categories' competencies, four
monitors in Yasamal and Ganja (as UNDP's project installed them), and six months of
ratings in which both centres are weaker in courtesy, so a training need shows."""

import datetime
import random

from django.utils import timezone

from feedback.models import FeedbackCategory, FeedbackRating, Monitor, Service
from feedback.periods import Period
from feedback.ratings import record_ratings
from feedback.tasks import find_needs
from skills.models import Competency

# code, az, ru, en
SERVICES = [
    ("id-card", "Şəxsiyyət vəsiqəsinin verilməsi", "Выдача удостоверения личности", "Identity cards"),
    ("passport", "Ümumvətəndaş pasportu", "Общегражданский паспорт", "Passports"),
    ("real-estate", "Daşınmaz əmlakın dövlət qeydiyyatı", "Государственная регистрация недвижимости", "Real estate registration"),
    ("notary", "Notariat xidmətləri", "Нотариальные услуги", "Notary services"),
    ("driving-licence", "Sürücülük vəsiqəsi", "Водительское удостоверение", "Driving licences"),
    ("birth", "Doğum haqqında şəhadətnamə", "Свидетельство о рождении", "Birth certificates"),
]  # fmt: skip
# category code -> competencies whose training serves it
MAPPING = {
    "promptness": ["SS-02", "SS-03"],
    "transparency": ["SS-02", "CE-02"],
    "courtesy": ["CE-01", "CE-03"],
    "responsibility": ["SS-01", "CE-02"],
    "convenience": ["SS-03"],
}
# unit code, monitor name, the monitor's scale
MONITORS = [
    ("baku-1-yasamal", "Yasamal, zal 1", 5),
    ("baku-1-yasamal", "Yasamal, zal 2", 5),
    ("ganja", "Gəncə, zal 1", 5),
    ("ganja", "Gəncə, zal 2 (3 smaylik)", 3),
]
WEAK_CATEGORY = "courtesy"
DAYS = 182
PER_DAY = (8, 14)  # ratings a monitor collects on a working day
GOOD = {5: 76, 4: 19, 3: 3, 2: 1, 1: 1}  # weights of each rating on a 1-5 scale
WEAK = {5: 48, 4: 26, 3: 10, 2: 7, 1: 9}
COMMENTS = [
    "Operator tələsdirdi, suallarıma cavab vermədi.",
    "Növbə uzun idi, amma işçilər nəzakətli idi.",
    "Çox sağ olun, hər şey tez və aydın oldu.",
    "Məlumat masasında kobud danışdılar.",
]


def build_reference_lists():
    for code, name, name_ru, name_en in SERVICES:
        Service.objects.update_or_create(
            code=code, defaults={"name": name, "name_ru": name_ru, "name_en": name_en}
        )
    for code, competencies in MAPPING.items():
        category = FeedbackCategory.objects.get(code=code)
        category.competencies.add(*Competency.objects.filter(code__in=competencies))


def build_monitors(units):
    """The demo's monitors; a new one gets a token that seed_demo prints once."""
    tokens = {}
    for unit, name, _scale in MONITORS:
        monitor = Monitor.objects.filter(org_unit=units[unit], name=name).first()
        if monitor is None:
            monitor = Monitor(org_unit=units[unit], name=name)
            tokens[name] = monitor.set_new_token()
            monitor.save()
    return tokens


def scaled(rating, scale):
    """A 1-5 rating as the monitor's own scale shows it (3 smileys: 1, 2, 3)."""
    return rating if scale == 5 else 1 + round((rating - 1) * (scale - 1) / 4)


def draw(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def day_items(rng, monitor, scale, day, first_id, weak):
    services = [code for code, *_ in SERVICES]
    items = []
    for number in range(rng.randint(*PER_DAY)):
        moment = datetime.datetime.combine(
            day, datetime.time(9 + rng.randrange(9), rng.randrange(60))
        )
        categories = rng.sample(list(MAPPING), rng.choice([1, 1, 2]))
        if weak and WEAK_CATEGORY in categories:
            categories = [WEAK_CATEGORY]  # citizens who mind courtesy say only that
        rating = draw(rng, WEAK if WEAK_CATEGORY in categories and weak else GOOD)
        comment = rng.choice(COMMENTS) if rng.random() < 0.03 else ""
        items.append(
            {
                "event_id": f"demo-{monitor.pk}-{first_id + number}",
                "service": rng.choice(services),
                "rating": scaled(rating, scale),
                "scale": scale,
                "rated_at": timezone.make_aware(moment).isoformat(),
                "categories": categories,
                "comment": comment,
            }
        )
    return items


def build_ratings(units, today=None):
    """Six months of working days for each demo monitor, once."""
    monitors = {
        (m.org_unit.code, m.name): m for m in Monitor.objects.select_related("org_unit")
    }
    if FeedbackRating.objects.filter(monitor__in=monitors.values()).exists():
        return 0
    rng = random.Random(2013)
    today = today or timezone.localdate()
    stored = 0
    for unit, name, scale in MONITORS:
        monitor = monitors[(unit, name)]
        items = []
        for offset in range(DAYS, 0, -1):
            day = today - datetime.timedelta(days=offset)
            if day.weekday() < 6:  # the centres work six days a week
                items += day_items(rng, monitor, scale, day, len(items), weak=True)
        for start in range(0, len(items), 500):
            stored += len(record_ratings(items[start : start + 500], monitor=monitor))
    return stored


def build_feedback(units):
    build_reference_lists()
    tokens = build_monitors(units)
    build_ratings(units)
    current = Period.current()
    find_needs(current.previous())
    find_needs(current)
    return tokens
