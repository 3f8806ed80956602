import datetime
import json

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from feedback.models import FeedbackRating, Monitor, RatingCategory
from feedback.monitors import revoke

URL = "/api/feedback/"


def item(event_id="e-1", **values):
    return {
        "event_id": event_id,
        "unit": "baku-1-yasamal",
        "service": "passport",
        "rating": 4,
        "rated_at": (timezone.now() - datetime.timedelta(minutes=5)).isoformat(),
        "categories": ["courtesy", "promptness"],
        **values,
    }


@pytest.fixture
def post(service, courtesy, monitor_with_token):
    _monitor, token = monitor_with_token
    client = Client(enforce_csrf_checks=True)

    def send(body, *, token=token, content_type="application/json"):
        data = body if isinstance(body, (str, bytes)) else json.dumps(body)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return client.post(URL, data, content_type=content_type, headers=headers)

    return send


def stored():
    return FeedbackRating.objects.count(), RatingCategory.objects.count()


def test_the_endpoint_is_where_monitors_post():
    assert reverse("feedback_api") == URL


def test_a_monitor_stores_a_batch_in_one_go(post, monitor_with_token):
    response = post({"ratings": [item("a"), item("b", rating=2, scale=3)]})
    assert response.status_code == 201
    assert response.json() == {"stored": 2}
    assert stored() == (2, 4)
    b = FeedbackRating.objects.get(event_id="b")
    assert (b.raw_value, b.raw_scale, str(b.rating)) == (2, 3, "3.00")
    assert b.monitor == monitor_with_token[0]


def test_a_single_object_is_one_rating_and_the_unit_defaults_to_the_monitor(post):
    response = post(item(unit=None))
    assert response.status_code == 201
    assert FeedbackRating.objects.get().org_unit.code == "baku-1-yasamal"


def test_a_replayed_event_is_refused_and_counted_once(post):
    assert post([item("a")]).status_code == 201
    response = post([item("a"), item("b")])
    assert response.status_code == 409
    assert response.json()["error"] == "replay"
    assert response.json()["event_ids"] == ["a"]
    assert stored() == (1, 2)  # "b" waits for the monitor to resend it alone


@pytest.mark.parametrize(
    "token", ["", "wrong", "fbm_" + "x" * 43, "Basic abc"], ids=str
)
def test_a_wrong_token_gets_401_and_stores_nothing(post, token):
    response = post([item()], token=token)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["error"] == "token"
    assert stored() == (0, 0)


def test_a_revoked_token_stops_working(post, monitor_with_token):
    revoke(monitor_with_token[0])
    assert post([item()]).status_code == 401


def test_a_session_cookie_is_no_token(client, service, django_user_model):
    admin = django_user_model.objects.create_superuser("fb-admin", password="x")
    client.force_login(admin)
    response = client.post(URL, [item()], content_type="application/json")
    assert response.status_code == 401
    assert stored() == (0, 0)


@pytest.mark.parametrize(
    "body, status, error",
    [
        ("{not json", 400, "malformed"),
        ("\xff\xfe", 400, "malformed"),
        ([], 400, "invalid"),
        ({"ratings": "x"}, 400, "invalid"),
        (["x"], 400, "invalid"),
        ([item(rating=6)], 400, "invalid"),
        ([item(rating=0)], 400, "invalid"),
        ([item(rating="5")], 201, None),
        ([item(rating=4.5)], 400, "invalid"),
        ([item(rating=True)], 400, "invalid"),
        ([item(scale=11, rating=11)], 400, "invalid"),
        ([item(unit="nowhere")], 400, "invalid"),
        ([item(unit="ganja")], 400, "invalid"),
        ([item(service="tax")], 400, "invalid"),
        ([item(categories=[])], 400, "invalid"),
        ([item(categories=["rudeness"])], 400, "invalid"),
        ([item(rated_at="yesterday")], 400, "invalid"),
        ([item(rated_at="2026-01-01T10:00:00")], 400, "invalid"),
        ([item(rated_at="2099-01-01T10:00:00+04:00")], 400, "invalid"),
        ([item(event_id="")], 400, "invalid"),
        ([item(event_id="x" * 65)], 400, "invalid"),
        ([item(comment="\x00")], 400, "invalid"),
        ([item(unit="\x00")], 400, "invalid"),
        ([item(service="pass\x00port")], 400, "invalid"),
        ([item(categories=["court\x00esy"])], 400, "invalid"),
        ([item("a"), item("a")], 400, "invalid"),
    ],
)
def test_bad_payloads_get_a_clear_4xx_and_store_nothing(post, body, status, error):
    response = post(body)
    assert response.status_code == status
    if error:
        assert response.json()["error"] == error
        assert response.json()["message"]
        assert stored() == (0, 0)


def test_one_bad_item_stores_none_of_the_batch(post):
    response = post([item("a"), item("b"), item("c", rating=9)])
    assert response.status_code == 400
    [problem] = response.json()["problems"]
    assert problem == {
        "item": 2,
        "field": "rating",
        # In the site's language: a monitor sends no Accept-Language.
        "message": "qiymət 1 ilə 5 arasında tam ədəd olmalıdır",
    }
    assert stored() == (0, 0)


def test_only_json_is_read(post):
    response = post("rating=5", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415


@override_settings(LMS_FEEDBACK_MAX_BATCH=2)
def test_a_batch_over_the_limit_is_refused(post):
    assert post([item("a"), item("b")]).status_code == 201
    assert post([item("c"), item("d"), item("e")]).status_code == 413


@override_settings(LMS_FEEDBACK_RATE_LIMIT=3)
def test_each_token_has_its_own_rate_limit(post, tree):
    codes = [post([item(f"e{i}")]).status_code for i in range(4)]
    assert codes == [201, 201, 201, 429]
    other = Monitor(org_unit=tree["yasamal"], name="Zal 2")
    token = other.set_new_token()
    other.save()
    assert post([item("z")], token=token).status_code == 201


def test_get_is_not_allowed(client):
    assert client.get(URL).status_code == 405
