from django.urls import reverse

from feedback.models import Monitor, token_digest


def test_hr_adds_a_monitor_and_sees_its_token_once(client, tree, make_employee):
    hr = make_employee(tree["agency"], roles=("HR",))
    client.force_login(hr.user)
    response = client.post(
        reverse("feedback_monitors:add"),
        {"org_unit": tree["yasamal"].pk, "name": "Zal 1"},
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    token = response.context["token"]
    monitor = Monitor.objects.get()
    assert monitor.token_hash == token_digest(token)
    page = client.get(reverse("feedback_monitors:inspect", args=[monitor.pk]))
    assert token not in page.content.decode()


def test_a_new_token_and_revoking(client, tree, make_employee, monitor_with_token):
    monitor, old = monitor_with_token
    hr = make_employee(tree["agency"], roles=("HR",))
    client.force_login(hr.user)
    response = client.post(reverse("feedback_monitor_token", args=[monitor.pk]))
    new = response.context["token"]
    monitor.refresh_from_db()
    assert monitor.token_hash == token_digest(new) != token_digest(old)
    client.post(reverse("feedback_monitor_revoke", args=[monitor.pk]))
    monitor.refresh_from_db()
    assert monitor.revoked_at is not None


def test_managers_cannot_touch_monitors(client, tree, manager_of, monitor_with_token):
    monitor, _token = monitor_with_token
    client.force_login(manager_of(tree["baku"]).user)
    response = client.post(reverse("feedback_monitor_token", args=[monitor.pk]))
    assert response.status_code in (302, 403)
    assert Monitor.objects.get().token_hash == monitor.token_hash
