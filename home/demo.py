"""Builds the demo agency. Every step looks things up by stable codes, so a second run
changes nothing."""

import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from people.models import EmployeeProfile, OrgUnit, Position
from skills.models import (
    Competency,
    CompetencyArea,
    PositionRequirement,
    ProficiencyLevel,
)

from . import demo_data as data
from .demo_certificates import build_certificates
from .demo_feedback import build_feedback
from .demo_learning import build_learning
from .models import HomePage


def update_fields(obj, values):
    """Set ``values`` on ``obj`` and save only if something differs."""
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save(update_fields=changed)
    return obj


def ensure_unit(code, parent, kind, name, name_ru, name_en):
    values = {"kind": kind, "name": name, "name_ru": name_ru, "name_en": name_en}
    unit = OrgUnit.objects.filter(code=code).first()
    if unit:
        return update_fields(unit, values)
    if parent is None:
        return OrgUnit.add_root(code=code, **values)
    parent.refresh_from_db()
    return parent.add_child(code=code, **values)


def build_units():
    agency = ensure_unit(data.AGENCY[0], None, "agency", *data.AGENCY[1:])
    units = {agency.code: agency}
    for code, parent, kind, *names in data.UNITS:
        units[code] = ensure_unit(code, units[parent], kind, *names)
    for code, name, name_ru, name_en, kind in data.CENTRES:
        centre = ensure_unit(code, agency, kind, name, name_ru, name_en)
        units[code] = centre
        for suffix, *names in data.CENTRE_DEPARTMENTS:
            units[f"{code}-{suffix}"] = ensure_unit(
                f"{code}-{suffix}", centre, "department", *names
            )
    for code, parent, *names in data.BRANCHES:
        units[code] = ensure_unit(code, units[parent], "branch", *names)
    return units


def build_positions():
    positions = {}
    for code, name, name_ru, name_en in data.POSITIONS:
        position, _ = Position.objects.get_or_create(code=code, defaults={"name": name})
        positions[code] = update_fields(
            position, {"name": name, "name_ru": name_ru, "name_en": name_en}
        )
    return positions


def build_framework(positions):
    levels = {}
    for rank, (name, name_ru, name_en), (text, text_ru, text_en) in data.LEVELS:
        level, _ = ProficiencyLevel.objects.get_or_create(
            rank=rank, defaults={"name": name}
        )
        levels[rank] = update_fields(
            level,
            {
                "name": name,
                "name_ru": name_ru,
                "name_en": name_en,
                "description": text,
                "description_ru": text_ru,
                "description_en": text_en,
            },
        )
    competencies = {}
    for order, (code, name, name_ru, name_en, items) in enumerate(
        data.FRAMEWORK, start=1
    ):
        area, _ = CompetencyArea.objects.get_or_create(
            code=code, defaults={"name": name}
        )
        update_fields(
            area,
            {"name": name, "name_ru": name_ru, "name_en": name_en, "sort_order": order},
        )
        for c_code, c_name, c_ru, c_en in items:
            competency, _ = Competency.objects.get_or_create(
                code=c_code, defaults={"name": c_name, "area": area}
            )
            competencies[c_code] = update_fields(
                competency,
                {"area": area, "name": c_name, "name_ru": c_ru, "name_en": c_en},
            )
    for position_code, needs in data.REQUIREMENTS.items():
        for competency_code, rank in needs.items():
            requirement, _ = PositionRequirement.objects.get_or_create(
                position=positions[position_code],
                competency=competencies[competency_code],
                defaults={"level": levels[rank]},
            )
            update_fields(requirement, {"level": levels[rank]})
    return levels, competencies


def make_people(units):
    """Deterministic staff: the same names, numbers and units on every run."""
    rng = random.Random(2012)
    people = []
    number = 1000
    for code, *_ in data.CENTRES:
        director = random_name(rng)
        number += 1
        people.append((f"E{number}", director, code, "centre-director", code))
        for position, count in data.CENTRE_STAFF.items():
            for _ in range(count):
                number += 1
                unit = department_for(code, position, rng)
                people.append((f"E{number}", random_name(rng), unit, position, None))
    for unit, position in [
        ("hq-me", "back-office-specialist"),
        ("hq-it", "it-specialist"),
    ]:
        number += 1
        people.append((f"E{number}", random_name(rng), unit, position, None))
    return people


def department_for(centre, position, rng):
    if position == "back-office-specialist":
        return f"{centre}-back"
    if position in ("floor-manager", "volunteer"):
        return f"{centre}-floor"
    if centre == "baku-1" and rng.random() < 0.4:
        return "baku-1-yasamal"
    return f"{centre}-front"


def random_name(rng):
    female = rng.random() < 0.5
    first = rng.choice(data.FEMALE_NAMES if female else data.MALE_NAMES)
    if rng.random() < 0.12:
        surname = rng.choice(data.NEUTRAL_SURNAMES)
    else:
        surname = rng.choice(data.SURNAMES) + ("a" if female else "")
    father = rng.choice(data.FATHERS)
    return f"{surname} {first} {father} {'qızı' if female else 'oğlu'}"


def ensure_employee(username, full_name, number, unit, position, password_hash=None):
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username)
    if created:
        if password_hash:
            user.password = password_hash
        else:
            user.set_unusable_password()
        user.save()
    profile = EmployeeProfile.objects.filter(user=user).first()
    values = {
        "employee_number": number,
        "full_name": full_name,
        "org_unit": unit,
        "position": position,
    }
    if profile is None:
        return EmployeeProfile.objects.create(user=user, **values)
    return update_fields(profile, values)


def build_staff(units, positions):
    employee_group = Group.objects.get(name="Employee")
    for number, name, unit, position, managed in make_people(units):
        profile = ensure_employee(
            number.lower(), name, number, units[unit], positions[position]
        )
        profile.user.groups.add(employee_group)
        if managed:
            profile.user.groups.add(Group.objects.get(name="Manager"))
            profile.managed_units.add(units[managed])


def build_demo_logins(units, positions, password):
    for index, (username, name, unit, position, role, managed) in enumerate(
        data.DEMO_USERS, start=1
    ):
        profile = ensure_employee(
            username, name, f"D{index:03d}", units[unit], positions[position]
        )
        user = profile.user
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        roles = {"Employee", role}
        user.groups.add(*Group.objects.filter(name__in=roles))
        if role == "Administrator" and not user.is_superuser:
            user.is_superuser = user.is_staff = True
            user.save(update_fields=["is_superuser", "is_staff"])
        if managed:
            profile.managed_units.add(units[managed])


def build_home_page():
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale).first()
    title, intro, body = data.HOME_PAGE["az"]
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(title=title, slug="home-az", locale=locale)
        )
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.save()
        else:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True
            )
        if old_root and old_root.specific_class is Page:
            old_root.delete()
    publish_if_changed(home, title, intro, body)
    for code in ("ru", "en"):
        translation = home.get_translations().filter(locale__language_code=code).first()
        if translation is None:
            translation = home.copy_for_translation(
                Locale.objects.get(language_code=code)
            )
        publish_if_changed(translation.specific, *data.HOME_PAGE[code])
    return home


def publish_if_changed(page, title, intro, body):
    if page.live and (page.title, page.intro, page.body) == (title, intro, body):
        return
    page.title, page.draft_title, page.intro, page.body = title, title, intro, body
    page.save_revision().publish()


@transaction.atomic
def seed(password=None):
    password = password or settings.LMS_DEMO_PASSWORD
    units = build_units()
    positions = build_positions()
    build_framework(positions)
    build_staff(units, positions)
    build_demo_logins(units, positions, password)
    home = build_home_page()
    build_learning(home)
    build_certificates()
    return build_feedback(units)
