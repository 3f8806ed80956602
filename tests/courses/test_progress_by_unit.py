"""Course progress by unit counts each unit's people, never all units of one name."""

import csv
import io

from django.urls import reverse

from courses.services import enrol_self
from tests.factories import make_unit


def test_two_units_of_the_same_name_are_two_rows(client, tree, course, make_employee):
    baku = make_unit("baku-1-front", tree["baku"], name="Ön ofis")
    ganja = make_unit("ganja-front-office", tree["ganja"], name="Ön ofis")
    for unit, people in ((baku, 2), (ganja, 3)):
        for _ in range(people):
            enrol_self(employee=make_employee(unit), course=course)
    client.force_login(make_employee(tree["agency"], roles=("HR",)).user)
    url = reverse("courses_progress_report")

    rows = client.get(url, {"course": course.pk}).context["object_list"]
    assert [(row["unit"], row["assigned"]) for row in rows] == [
        ("Baku-1 › Ön ofis", 2),
        ("Ganja › Ön ofis", 3),
    ]
    body = b"".join(client.get(url, {"export": "csv"}).streaming_content)
    lines = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert [line[1:3] for line in lines[1:]] == [
        ["Baku-1 › Ön ofis", "2"],
        ["Ganja › Ön ofis", "3"],
    ]


def test_the_enrolment_unit_filter_offers_a_managers_units_by_path(
    client, tree, manager_of
):
    client.force_login(manager_of(tree["baku"]).user)
    listing = client.get(reverse("enrolments:index"))
    field = listing.context["filters"].form.fields["employee__org_unit"]
    assert [label for value, label in field.choices if value] == [
        "Baku-1",
        "Baku-1 › Baku-1-Yasamal",
        "Baku-1 › Baku-1-Yasamal › Baku-1-Yasamal-Front",
    ]
