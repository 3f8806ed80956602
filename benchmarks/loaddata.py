"""A national-scale agency for measuring: units, positions, people, competencies and
evidence, the same for the same seed (dates count from the day it runs).

Everything it makes carries the ``load-`` prefix (codes, usernames, employee numbers),
so ``reset()`` removes exactly what ``generate()`` made.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from people.models import EmployeeProfile, OrgUnit, Position
from skills.models import (
    Competency,
    CompetencyArea,
    CompetencyEvidence,
    PositionRequirement,
    ProficiencyLevel,
)

PREFIX = "load-"
CENTRES = 50
DEPARTMENTS = ("front", "back", "floor", "mobile")
POSITIONS = 20
BATCH = 5000
SURNAMES = [
    "Əliyev",
    "Məmmədov",
    "Həsənov",
    "Hüseynov",
    "Quliyev",
    "İsmayılov",
    "Abbasov",
    "Babayev",
    "Cəfərov",
    "Rzayev",
    "Kərimov",
    "Süleymanov",
    "Nəsirov",
    "Orucov",
]
FIRST_NAMES = [
    "Anar",
    "Elvin",
    "Rəşad",
    "Tural",
    "Orxan",
    "Kamran",
    "Günay",
    "Leyla",
    "Aysel",
    "Nərmin",
    "Sevinc",
    "Fidan",
    "Ülviyyə",
    "Zaur",
    "Nigar",
    "Səbinə",
]


@dataclass
class Plan:
    employees: int
    competencies: int
    seed: int = 1
    evidence_per_employee: int = 30


def generate(plan, *, log=print):
    rng = random.Random(plan.seed)
    now = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    with transaction.atomic():
        levels = ensure_levels()
        competencies = make_competencies(plan.competencies)
        positions = make_positions(rng, competencies, levels)
        units = make_units()
        log(f"framework: {len(competencies)} competencies, {len(units)} units")
        people = make_people(rng, plan.employees, units, positions)
        log(f"people: {len(people)}")
        make_roles(units)
    count = make_evidence(rng, plan, people, competencies, levels, now)
    log(f"evidence: {count}")
    return count


def ensure_levels():
    names = {1: "Məlumatlı", 2: "Praktik", 3: "Ekspert", 4: "Təlimçi"}
    return [
        ProficiencyLevel.objects.get_or_create(rank=rank, defaults={"name": name})[0]
        for rank, name in names.items()
    ]


def make_competencies(count):
    areas = [
        CompetencyArea.objects.create(
            code=f"{PREFIX}area-{index:02d}",
            name=f"Sahə {index}",
            sort_order=100 + index,
        )
        for index in range(max(1, count // 10))
    ]
    return Competency.objects.bulk_create(
        Competency(
            area=areas[index % len(areas)],
            code=f"{PREFIX}{index:03d}",
            name=f"Səriştə {index:03d}",
        )
        for index in range(count)
    )


def make_positions(rng, competencies, levels):
    positions = Position.objects.bulk_create(
        Position(code=f"{PREFIX}position-{index:02d}", name=f"Vəzifə {index:02d}")
        for index in range(POSITIONS)
    )
    needs = []
    for position in positions:
        for competency in rng.sample(competencies, min(len(competencies), 20)):
            level = levels[rng.choice([0, 1, 1, 2])]
            needs.append(
                PositionRequirement(
                    position=position, competency=competency, level=level
                )
            )
    PositionRequirement.objects.bulk_create(needs)
    return positions


def make_units():
    agency = OrgUnit.add_root(
        code=f"{PREFIX}agency", name="Yük agentliyi", kind="agency"
    )
    units = []
    for index in range(CENTRES):
        agency.refresh_from_db()
        centre = agency.add_child(
            code=f"{PREFIX}centre-{index:02d}",
            name=f"Mərkəz {index:02d}",
            kind="centre",
        )
        for suffix in DEPARTMENTS:
            centre.refresh_from_db()
            units.append(
                centre.add_child(
                    code=f"{PREFIX}centre-{index:02d}-{suffix}",
                    name=f"Mərkəz {index:02d} {suffix}",
                )
            )
    return units


def make_people(rng, count, units, positions):
    User = get_user_model()
    users = User.objects.bulk_create(
        User(username=f"{PREFIX}{index:06d}", password="!") for index in range(count)
    )
    return EmployeeProfile.objects.bulk_create(
        (
            EmployeeProfile(
                user=user,
                employee_number=f"{PREFIX}{index:06d}",
                full_name=f"{rng.choice(SURNAMES)} {rng.choice(FIRST_NAMES)} {index:06d}",
                org_unit=rng.choice(units),
                position=rng.choice(positions),
            )
            for index, user in enumerate(users)
        ),
        batch_size=BATCH,
    )


def make_roles(units):
    """``load-hr`` sees everyone; ``load-manager`` manages the first centre."""
    User = get_user_model()
    hr = User.objects.create_user(f"{PREFIX}hr", password=f"{PREFIX}password")
    hr.groups.add(Group.objects.get(name="HR"))
    manager = User.objects.create_user(f"{PREFIX}manager", password=f"{PREFIX}password")
    manager.groups.add(Group.objects.get(name="Manager"))
    centre = units[0].get_parent()
    for user, number in ((hr, "hr"), (manager, "manager")):
        profile = EmployeeProfile.objects.create(
            user=user,
            employee_number=f"{PREFIX}{number}",
            full_name=f"Yük {number}",
            org_unit=centre,
            position=Position.objects.filter(code__startswith=PREFIX).first(),
        )
    profile.managed_units.add(centre)


def evidence_for(rng, person, required, competencies, levels, now, per_person):
    """Mostly the position's own competencies, some others; some lapsed or ended."""
    chosen = [c for c in required if rng.random() < 0.75]
    while len(chosen) < per_person:
        chosen.append(rng.choice(competencies))
    for competency in chosen:
        start = now - timedelta(days=rng.randint(1, 900))
        lasts = rng.choice([None, 365, 730, 1095])
        ended = rng.random() < 0.04
        yield CompetencyEvidence(
            employee_id=person.pk,
            competency_id=competency.pk,
            level=rng.choice(levels),
            valid_from=start,
            valid_until=None if lasts is None else start + timedelta(days=lasts),
            ended_at=now if ended else None,
            end_reason="certificate revoked" if ended else "",
        )


def make_evidence(rng, plan, people, competencies, levels, now):
    required = {}
    for need in PositionRequirement.objects.filter(position__code__startswith=PREFIX):
        required.setdefault(need.position_id, []).append(need.competency)
    batch, count = [], 0
    for person in people:
        needs = required.get(person.position_id, [])
        batch.extend(
            evidence_for(
                rng,
                person,
                needs,
                competencies,
                levels,
                now,
                plan.evidence_per_employee,
            )
        )
        if len(batch) >= BATCH:
            count += flush(batch)
    return count + flush(batch)


def flush(batch):
    CompetencyEvidence.objects.bulk_create(batch, batch_size=BATCH)
    size = len(batch)
    batch.clear()
    return size


@transaction.atomic
def reset():
    """Remove everything ``generate`` made (and nothing else)."""
    User = get_user_model()
    people = EmployeeProfile.objects.filter(employee_number__startswith=PREFIX)
    CompetencyEvidence.objects.filter(employee__in=people).delete()
    CompetencyEvidence.objects.filter(competency__code__startswith=PREFIX).delete()
    users = list(people.values_list("user_id", flat=True))
    people.delete()
    User.objects.filter(pk__in=users).delete()
    PositionRequirement.objects.filter(position__code__startswith=PREFIX).delete()
    Position.objects.filter(code__startswith=PREFIX).delete()
    Competency.objects.filter(code__startswith=PREFIX).delete()
    CompetencyArea.objects.filter(code__startswith=PREFIX).delete()
    OrgUnit.objects.filter(code=f"{PREFIX}agency").delete()


def existing(plan):
    """True when the data of ``plan`` is already in the database."""
    people = EmployeeProfile.objects.filter(employee_number__regex=rf"^{PREFIX}\d+$")
    competencies = Competency.objects.filter(code__startswith=PREFIX)
    return (
        people.count() == plan.employees and competencies.count() == plan.competencies
    )


def existing_any():
    return OrgUnit.objects.filter(code=f"{PREFIX}agency").exists()
