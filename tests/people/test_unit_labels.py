"""Units are named with their place in the tree ("Bakı 1 › Ön ofis") wherever a unit
is shown: lists, dropdowns, exports. Six centres each have an "Ön ofis"."""

import pytest
from django.urls import reverse
from django.utils import translation

from people.forms import OrgUnitForm
from tests.factories import make_unit


@pytest.fixture
def offices(tree):
    baku = make_unit("baku-1-front", tree["baku"], name="Ön ofis")
    ganja = make_unit("ganja-front-office", tree["ganja"], name="Ön ofis")
    return baku, ganja


def test_a_unit_is_named_with_its_ancestors_below_the_agency(tree, offices):
    baku, ganja = offices
    assert str(baku) == "Baku-1 › Ön ofis"
    assert str(ganja) == "Ganja › Ön ofis"
    assert str(tree["front"]) == "Baku-1 › Baku-1-Yasamal › Baku-1-Yasamal-Front"
    assert str(tree["agency"]) == "Agency" and str(tree["baku"]) == "Baku-1"


def test_each_part_of_the_path_is_in_the_readers_language(tree, offices):
    tree["baku"].name_ru = "Баку-1"
    tree["baku"].save()
    with translation.override("ru"):
        assert str(offices[0]) == "Баку-1 › Ön ofis"  # no Russian name: Azerbaijani
    with translation.override("en"):
        assert str(offices[0]) == "Baku-1 › Ön ofis"


def test_renaming_or_moving_a_unit_changes_the_labels_below_it(tree, offices):
    baku = tree["baku"]
    str(offices[0])
    baku.name = "Bakı 1"
    baku.save()
    assert str(offices[0]) == "Bakı 1 › Ön ofis"
    form = OrgUnitForm(
        {
            "parent": tree["ganja"].pk,
            "code": "baku-1",
            "name": "Bakı 1",
            "kind": "centre",
        },
        instance=baku,
    )
    assert form.is_valid(), form.errors
    form.save()
    offices[0].refresh_from_db()
    assert str(offices[0]) == "Ganja › Bakı 1 › Ön ofis"


def test_labels_of_many_units_cost_one_query(tree, offices, django_assert_num_queries):
    from people.models import OrgUnit

    units = list(OrgUnit.objects.all())
    from people.units import forget_unit_names

    forget_unit_names()
    with django_assert_num_queries(1):
        labels = [str(unit) for unit in units]
    assert labels.count("Baku-1 › Ön ofis") == 1


def test_every_unit_in_the_list_opens_for_editing_or_reading(
    client, tree, offices, make_employee
):
    from people.models import OrgUnit

    hr = make_employee(tree["agency"], roles=("HR",)).user
    trainer = make_employee(tree["agency"], roles=("Trainer",)).user
    for user, view in ((hr, "edit"), (trainer, "inspect")):
        client.force_login(user)
        html = client.get(reverse("org_units:index")).content.decode()
        for unit in OrgUnit.objects.all():
            assert reverse(f"org_units:{view}", args=[unit.pk]) in html, (view, unit)


def test_the_employee_list_tells_two_front_offices_apart(
    client, tree, offices, make_employee
):
    for unit in offices:
        make_employee(unit)
    hr = make_employee(tree["agency"], roles=("HR",)).user
    client.force_login(hr)
    html = client.get(reverse("employees:index")).content.decode()
    assert "Baku-1 › Ön ofis" in html and "Ganja › Ön ofis" in html
    assert ">Agency › " not in html
