"""Hostile input: markup typed into names and content comes out escaped in pages,
e-mails and PDFs' HTML; junk posted to every form and JSON endpoint gets a 4xx (or a
form with a message), never a 500, and writes nothing."""

import pytest
from django.core import mail
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.models import Enrolment
from courses.quizzes.models import Attempt

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'
RAW = ("<script>alert", "<img src=x")

junk_values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["", "-1", "0", "1e309", "NaN", "null", "[]", "{}", PAYLOAD, "\x00"]
    ),
    st.integers(min_value=-(2**40), max_value=2**40).map(str),
)
junk_forms = st.dictionaries(
    st.sampled_from(
        ["version", "q1", "q2", "q1-present", "language", "next", "due_date",
         "employee", "org_unit", "competency", "course", "reason", "file", "x"]
    ),
    junk_values,
    max_size=6,
)  # fmt: skip


def assert_escaped(body, where):
    for raw in RAW:
        assert raw not in body, where


def test_markup_in_names_and_content_is_escaped_everywhere(client, world):
    from courses.models import CoursePage, LessonPage
    from courses.quizzes.models import Question
    from people.models import EmployeeProfile, OrgUnit, Position
    from skills.models import Competency

    me = EmployeeProfile.objects.get(pk=world.profile)
    EmployeeProfile.objects.filter(pk=me.pk).update(full_name=PAYLOAD)
    OrgUnit.objects.filter(pk=me.org_unit_id).update(name=PAYLOAD)
    Position.objects.filter(pk=me.position_id).update(name=PAYLOAD)
    Competency.objects.update(name=PAYLOAD)
    Question.objects.update(text=PAYLOAD)
    course = CoursePage.objects.get(pk=world.course)
    course.title, course.summary = PAYLOAD, PAYLOAD
    course.save_revision().publish()
    lesson = LessonPage.objects.get(pk=world.lesson)
    lesson.title = PAYLOAD
    lesson.save_revision().publish()
    client.force_login(world.users["self"])
    pages = [
        "/dashboard/", "/me/", "/competencies/", "/my-skills/", "/my-certificates/",
        course.url, lesson.url,
        reverse("quizzes:attempt", args=[world.open_attempt]),
        reverse("quizzes:review", args=[world.graded_attempt]),
        reverse("certificates:verify", args=[world.certificate_code]),
    ]  # fmt: skip
    for url in pages:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert_escaped(response.content.decode(), url)
    client.force_login(world.users["hr"])
    for url in ["/admin/employees/", "/admin/skills/matrix/", "/admin/certificates/"]:
        assert_escaped(client.get(url).content.decode(), url)


def test_markup_in_names_is_escaped_in_emails(
    course, tree, make_employee, django_capture_on_commit_callbacks
):
    from courses.services import assign
    from people.models import EmployeeProfile

    person = make_employee(tree["front"], full_name=PAYLOAD)
    person.user.email = "x@example.az"
    person.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        assign(course=course, employees=EmployeeProfile.objects.filter(pk=person.pk),
               due_date=None, assigned_by=None)  # fmt: skip
    [message] = mail.outbox
    assert message.content_subtype == "plain"  # never HTML that a client would run
    assert "text/html" not in str(message.message())


def post_each(client, urls, data):
    for url in urls:
        response = client.post(url, data)
        assert response.status_code < 500, (url, data, response.status_code)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=junk_forms)
def test_junk_posted_to_employee_endpoints_never_breaks_anything(client, world, data):
    client.force_login(world.users["self"])
    before = (Attempt.objects.filter(state="graded").count(), Enrolment.objects.count())
    cases = [
        reverse("quizzes:save", args=[world.open_attempt]),
        reverse("people:set_language"),
        reverse("courses:mark_lesson_done", args=[world.lesson]),
    ]
    post_each(client, cases, data)
    after = (Attempt.objects.filter(state="graded").count(), Enrolment.objects.count())
    assert after == before  # no junk grades an attempt or enrols anyone
    assert Attempt.objects.get(pk=world.open_attempt).state == "in_progress"


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=junk_forms)
def test_junk_posted_to_admin_forms_never_breaks_anything(client, world, data):
    client.force_login(world.users["admin"])
    enrolments = Enrolment.objects.count()
    cases = [
        reverse("courses_assign"),
        reverse("courses_assign_gap", args=[world.course]),
        reverse("people_import_employees"),
        reverse("quizzes_import"),
        reverse("certificate_admin:revoke", args=[world.revocable]),
        reverse("employees:edit", args=[world.profile]),
        reverse("enrolments:edit", args=[world.enrolment]),
    ]
    post_each(client, cases, data)
    valid_assignment = data.get("course") and (
        data.get("employee") or data.get("org_unit")
    )
    if not valid_assignment:
        assert Enrolment.objects.count() == enrolments


@pytest.fixture
def course(catalogue):
    from tests.courses.conftest import make_course

    return make_course(catalogue)


def test_a_lesson_completed_by_its_activities_cannot_be_marked_done_by_hand(
    client, world
):
    """A forged "mark as done" on an "Activities" lesson completes nothing."""
    from courses.models import LessonPage, LessonProgress

    lesson = LessonPage.objects.get(pk=world.lesson)
    lesson.completion = LessonPage.Completion.ACTIVITIES
    lesson.save_revision().publish()
    client.force_login(world.users["self"])
    enrolment = Enrolment.objects.get(pk=world.enrolment)
    status = enrolment.status
    response = client.post(reverse("courses:mark_lesson_done", args=[lesson.pk]))
    assert response.status_code == 302
    assert not LessonProgress.objects.filter(
        enrolment=enrolment, completed_at__isnull=False
    ).exists()
    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.completed_at) == (status, None)


json_leaves = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(),
    st.text(max_size=30), st.sampled_from(["courtesy", "passport", "baku-1", PAYLOAD]),
)  # fmt: skip
json_values = st.recursive(
    json_leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(
                ["event_id", "unit", "service", "rating", "scale", "rated_at",
                 "categories", "desk", "employee_number", "comment", "ratings", "x"]
            ),
            inner,
            max_size=8,
        ),
    ),
    max_leaves=12,
)  # fmt: skip


@pytest.fixture
def monitor_token(db, tree):
    from feedback.models import Monitor, Service

    Service.objects.create(code="passport", name="Pasport")
    monitor = Monitor(org_unit=tree["baku"], name="Hostile")
    token = monitor.set_new_token()
    monitor.save()
    return token


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(body=json_values, raw=st.binary(max_size=40))
def test_junk_posted_to_the_feedback_endpoint_stores_nothing(
    client, monitor_token, body, raw
):
    """Any JSON shape, or bytes that are not JSON: a 4xx with a JSON reason, never
    a 500, and not one rating stored (a valid rating needs every field right)."""
    import json

    from django.test import override_settings

    from feedback.models import FeedbackRating, RatingCategory

    headers = {"Authorization": f"Bearer {monitor_token}"}
    for data in (json.dumps(body), raw):
        with override_settings(LMS_FEEDBACK_RATE_LIMIT=0):
            response = client.post(
                "/api/feedback/", data, content_type="application/json", headers=headers
            )
        assert 400 <= response.status_code < 500, (data, response.status_code)
        assert response.json()["error"]
    assert not FeedbackRating.objects.exists()
    assert not RatingCategory.objects.exists()
