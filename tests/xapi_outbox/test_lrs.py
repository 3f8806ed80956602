"""Against a real LRS (Ralph): statements arrive, once each, even when the LRS goes
down in the middle of a delivery and a worker dies after sending."""

from collections import Counter
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from xapi_outbox import delivery
from xapi_outbox.models import OutboxStatement
from xapi_outbox.outbox import record
from xapi_outbox.statements import VERBS, statement_id


def synthetic(number, employee):
    """A completed lesson of a made-up enrolment: many statements, cheaply."""
    sid = statement_id("test", number)
    return sid, {
        "id": str(sid),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://academy.example.az", "name": "E1"},
        },
        "verb": VERBS["completed"],
        "object": {
            "objectType": "Activity",
            "id": f"https://academy.example.az/xapi/activities/lesson/{number}",
        },
        "timestamp": timezone.now().isoformat(),
    }


def ids_in(lrs):
    return Counter(statement["id"] for statement in lrs.statements())


@pytest.mark.django_db
def test_a_passed_course_reaches_the_lrs_through_the_queue(
    lrs, employee, course, pass_course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pass_course(employee, course)  # on commit: django-q2 (sync in tests) delivers
    rows = OutboxStatement.objects.all()
    assert rows and all(row.delivered_at for row in rows), [
        (r.kind, r.attempts, r.rejected_at, r.last_error) for r in rows
    ]
    stored = {s["id"]: s for s in lrs.statements()}
    for row in rows:
        assert stored[str(row.pk)]["actor"]["account"]["name"] == (
            employee.employee_number
        )


@pytest.mark.django_db
def test_every_statement_arrives_exactly_once_across_an_outage(
    lrs, settings, monkeypatch, employee
):
    settings.LMS_LRS_BATCH = 5
    for number in range(23):
        record("test", synthetic(number, employee))
    assert delivery.deliver_due(max_batches=2) == 10  # two batches in

    # A worker posts the third batch, then dies before marking it, and the LRS stops.
    real_mark = delivery.mark_delivered

    def die_after_sending(rows):
        lrs.stop()
        raise SystemExit("worker killed")

    monkeypatch.setattr(delivery, "mark_delivered", die_after_sending)
    with pytest.raises(SystemExit):
        delivery.deliver_due()
    monkeypatch.setattr(delivery, "mark_delivered", real_mark)

    # The LRS is down: after the lease the batch is tried again and backs off; the
    # next run tries the next batch; nothing is lost.
    later = timezone.now() + timedelta(minutes=3)
    assert delivery.deliver_due(now=later) == 0
    assert delivery.deliver_due(now=later) == 0
    pending = OutboxStatement.objects.pending()
    assert pending.count() == 13
    tried = [row for row in pending if row.attempts]
    assert len(tried) == 10 and all(row.last_error for row in tried)
    assert all(row.next_attempt_at > later for row in tried)  # backing off

    lrs.start()
    assert delivery.deliver_due(now=later + timedelta(hours=2)) == 13
    assert not OutboxStatement.objects.pending().exists()
    counts = ids_in(lrs)
    sent = {str(row.pk) for row in OutboxStatement.objects.filter(kind="test")}
    assert sent <= set(counts)
    assert {counts[sid] for sid in sent} == {1}  # the resent batch too


@pytest.mark.django_db
def test_replaying_the_outbox_sends_nothing_twice(lrs, settings, employee):
    for number in range(100, 106):
        record("test", synthetic(number, employee))
    delivery.deliver_due()
    call_command("xapi_replay", "--kind", "test", stdout=open("/dev/null", "w"))
    assert not OutboxStatement.objects.pending().exists()
    counts = ids_in(lrs)
    sent = {str(row.pk) for row in OutboxStatement.objects.filter(kind="test")}
    assert {counts[sid] for sid in sent} == {1}


@pytest.mark.django_db
def test_a_statement_the_lrs_refuses_is_set_aside_and_the_rest_go_through(
    lrs, employee
):
    record("test", synthetic(200, employee))
    sid, bad = synthetic(201, employee)
    del bad["verb"]  # a statement must say what was done
    record("test", (sid, bad))
    delivery.deliver_due()
    refused = OutboxStatement.objects.get(pk=sid)
    assert refused.rejected_at and refused.last_error.startswith("4")
    assert OutboxStatement.objects.get(pk=statement_id("test", 200)).delivered_at


@pytest.mark.django_db
def test_a_graded_quiz_attempt_reaches_the_lrs_with_its_score(lrs, quiz, employee):
    from courses.quizzes.responses import read_answers
    from courses.quizzes.services import start_attempt, submit_attempt
    from courses.services import enrol_self
    from tests.quizzes.conftest import as_querydict, right_answers

    enrol_self(employee=employee, course=quiz.get_parent().specific)
    attempt = start_attempt(employee=employee, quiz=quiz, language="az")
    answers = read_answers(attempt.questions, as_querydict(right_answers(attempt)))
    submit_attempt(attempt_id=attempt.pk, employee=employee, answers=answers)
    delivery.deliver_due()
    row = OutboxStatement.objects.get(kind="attempt_graded")
    assert row.delivered_at, row.last_error
    stored = next(s for s in lrs.statements() if s["id"] == str(row.pk))
    assert stored["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert stored["result"]["score"]["scaled"] == 1.0
    assert stored["object"]["id"].endswith(f"/quiz/{quiz.translation_key}")
