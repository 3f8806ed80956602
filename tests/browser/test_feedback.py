"""Citizen feedback end to end: a monitor posts ratings, HR sees the need, assigns the
course that closes it, and reads the before/after view."""

import datetime

import pytest
from django.utils import timezone

from courses.models import CourseCompetency, Enrolment
from feedback.models import FeedbackCategory, Monitor, NeedAssignment, Service
from feedback.periods import Period
from skills.models import PositionRequirement
from tests.browser.conftest import PASSWORD, axe_violations
from tests.courses.conftest import make_course
from tests.factories import CompetencyFactory, make_levels

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def centre(tree, catalogue, make_employee):
    levels = make_levels()
    competency = CompetencyFactory(code="CE-01", name="Etik davranış")
    FeedbackCategory.objects.get(code="courtesy").competencies.add(competency)
    lacking = make_employee(tree["front"], full_name="Quliyeva Aynur Vaqif qızı")
    PositionRequirement.objects.create(
        position=lacking.position, competency=competency, level=levels[2]
    )
    course = make_course(catalogue, title="Vətəndaşla nəzakətli ünsiyyət")
    CourseCompetency.objects.create(
        course=course, competency=competency, level=levels[2]
    )
    Service.objects.create(code="passport", name="Pasport")
    monitor = Monitor(org_unit=tree["yasamal"], name="Yasamal, zal 1")
    token = monitor.set_new_token()
    monitor.save()
    make_employee(tree["agency"], roles=("HR",), username="hr-user")
    return {"token": token, "lacking": lacking, "course": course}


def post_ratings(page, token, values, when, prefix):
    items = [
        {
            "event_id": f"{prefix}-{index}",
            "service": "passport",
            "rating": value,
            "rated_at": (when + datetime.timedelta(seconds=index)).isoformat(),
            "categories": ["courtesy"],
        }
        for index, value in enumerate(values)
    ]
    response = page.request.post(
        "/api/feedback/",
        data={"ratings": items},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status == 201, response.text()
    return response.json()["stored"]


def test_from_a_monitor_to_a_course_and_its_effect(browser, page, centre, tree):
    now = timezone.now()
    rated = now - datetime.timedelta(hours=30)
    period = Period.quarter_of(timezone.localtime(rated).date())
    # 1. The monitor in Yasamal sends a day of ratings: courtesy falls short.
    assert post_ratings(page, centre["token"], [5] * 28 + [1] * 12, rated, "a") == 40

    # 2. HR sees the need appear on the heatmap and opens the unit.
    page.goto("/admin/login/")
    page.fill("#id_username", "hr-user")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    page.goto(f"/admin/feedback/?period={period.key}")
    row = page.locator("table.feedback-heatmap tbody tr", has_text="Yasamal")
    assert row.locator("td.feedback-cell--short").count() == 1
    row.locator("th a").click()
    page.wait_for_load_state()
    need = page.locator("section.feedback-need")
    assert need.count() == 1
    assert "Quliyeva Aynur" in need.inner_text()
    violations = axe_violations(browser, page.url, page.context.cookies())
    assert [v["id"] for v in violations] == []

    # 3. ... and assigns the course that closes the gap, with a due date.
    due = timezone.localdate() + datetime.timedelta(days=21)
    need.locator("input[name=due_date]").fill(due.isoformat())
    need.locator("form button[type=submit]").click()
    page.wait_for_load_state()
    [enrolment] = Enrolment.objects.all()
    assert (enrolment.employee, enrolment.due_date) == (centre["lacking"], due)
    assignment = NeedAssignment.objects.get()

    # 4. The cohort passes; the monitor keeps sending ratings, better ones.
    NeedAssignment.objects.filter(pk=assignment.pk).update(
        assigned_at=now - datetime.timedelta(hours=24)
    )
    Enrolment.objects.update(
        status="passed", passed_at=now - datetime.timedelta(hours=12)
    )
    post_ratings(
        page, centre["token"], [5, 5, 4, 5], now - datetime.timedelta(hours=6), "b"
    )

    # 5. The before/after view, with the number of ratings in each window.
    page.goto(f"/admin/feedback/?period={period.key}&unit={tree['yasamal'].pk}")
    page.locator("section.feedback-need a[href*='/assignments/']").click()
    page.wait_for_load_state()
    cells = page.locator("main table tbody tr")
    before = cells.nth(0).locator("td").all_inner_texts()
    after = cells.nth(1).locator("td").all_inner_texts()
    assert (before[2], before[4]) == ("3.80", "40")
    assert (after[2], after[4]) == ("4.75", "4")
    assert page.locator("[role=note]").count() == 1  # 4 ratings are too few to read
