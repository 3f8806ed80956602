"""H5P's content-user-data protocol: the player's state is saved through the lesson
page (CSRF-protected) and handed back to the player, so employees resume."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from courses.h5p.access import make_token
from courses.h5p.models import ContentUserData

from .conftest import csrf_client_for, post_json

STATE = json.dumps({"selected": 2})


def save(client, package, **data):
    payload = {"dataType": "state", "subContentId": "0", "preload": "1", **data}
    return post_json(client, reverse("h5p:user_data", args=[package.pk]), payload)


def test_state_is_saved_once_per_employee_package_subcontent_and_type(
    csrf_client, enrolled, package
):
    assert save(csrf_client, package, data=STATE).json() == {"success": True}
    assert (
        save(csrf_client, package, data=json.dumps({"selected": 0})).status_code == 200
    )
    save(csrf_client, package, data=STATE, subContentId="abc-1")
    rows = ContentUserData.objects.order_by("sub_content_id")
    assert [(r.sub_content_id, r.data) for r in rows] == [
        ("0", json.dumps({"selected": 0})),
        ("abc-1", STATE),
    ]
    assert {r.employee for r in rows} == {enrolled.employee}


def test_the_player_starts_with_the_saved_state(client, csrf_client, enrolled, package):
    save(csrf_client, package, data=STATE)
    save(csrf_client, package, data="{}", dataType="other", preload="0")
    token = make_token(
        user=enrolled.employee.user, package=package, parent_origin="http://testserver"
    )
    player = client.get(reverse("h5p:player", args=[package.pk, token]))
    assert player.context["config"]["contentUserData"] == {"0": {"state": STATE}}


def test_get_returns_one_saved_value(csrf_client, enrolled, package):
    save(csrf_client, package, data=STATE)
    url = reverse("h5p:user_data", args=[package.pk])
    found = csrf_client.get(url, {"dataType": "state", "subContentId": "0"})
    assert found.json() == {"success": True, "data": STATE}
    missing = csrf_client.get(url, {"dataType": "state", "subContentId": "x"})
    assert missing.json() == {"success": True, "data": False}


@pytest.mark.parametrize("empty", [0, "0", None])
def test_zero_forgets_the_state(csrf_client, enrolled, package, empty):
    save(csrf_client, package, data=STATE)
    save(csrf_client, package, data=empty)
    assert not ContentUserData.objects.exists()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"dataType": "../x", "data": STATE}, "Unknown kind of saved state."),
        ({"subContentId": "a b", "data": STATE}, "Unknown kind of saved state."),
        ({"data": {"selected": 1}}, "The saved state must be text."),
        ({"data": "x" * 600_000}, "The request is too large."),
    ],
)
def test_bad_state_is_refused(csrf_client, enrolled, package, data, reason):
    response = save(csrf_client, package, **data)
    assert (response.status_code, response.json()["error"]) == (400, reason)
    assert not ContentUserData.objects.exists()


def test_saving_state_needs_csrf_and_access(enrolled, package, tree, make_employee):
    no_csrf = Client(enforce_csrf_checks=True)
    no_csrf.force_login(enrolled.employee.user)
    url = reverse("h5p:user_data", args=[package.pk])
    body = json.dumps({"dataType": "state", "data": STATE})
    assert no_csrf.post(url, body, content_type="application/json").status_code == 403
    outsider = csrf_client_for(make_employee(tree["ganja_front"]).user)
    assert save(outsider, package, data=STATE).status_code == 404
    assert not ContentUserData.objects.exists()
