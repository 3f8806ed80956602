"""xAPI statements for the events the LMS announces.

Every actor is the employee as an ``account`` on the LMS (the employee number, which
HR keeps stable), never an e-mail address. Activities are named by the logical
page (its ``translation_key``), so a course taken in Russian and one taken in
Azerbaijani are the same activity, as results are in the LMS. Statement ids are
derived from the event, so recording the same event twice gives the same id.
"""

import uuid

from . import conf

NAMESPACE = uuid.UUID("3d1f7c1a-6a0b-5f7e-9a51-8a9e2b6c4d10")
ADL = "http://adlnet.gov/expapi/verbs/"
ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "certificate": "http://id.tincanapi.com/activitytype/certificate",
}
VERBS = {
    "completed": {"id": ADL + "completed", "display": {"en-US": "completed"}},
    "passed": {"id": ADL + "passed", "display": {"en-US": "passed"}},
    "failed": {"id": ADL + "failed", "display": {"en-US": "failed"}},
    "earned": {
        "id": "http://id.tincanapi.com/verb/earned",
        "display": {"en-US": "earned"},
    },
    "voided": {"id": ADL + "voided", "display": {"en-US": "voided"}},
}


def statement_id(kind, key):
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


def actor(employee):
    return {
        "objectType": "Agent",
        "name": employee.full_name,
        "account": {"homePage": conf.homepage(), "name": employee.employee_number},
    }


def activity(kind, key, name=""):
    found = {
        "objectType": "Activity",
        "id": f"{conf.homepage()}/xapi/activities/{kind}/{key}",
        "definition": {"type": ACTIVITY_TYPES[kind]},
    }
    if name:
        found["definition"]["name"] = {"und": name}
    return found


def context(enrolment, parent=True):
    found = {
        "registration": str(statement_id("enrolment", enrolment.pk)),
        "platform": conf.homepage(),
        "language": enrolment.employee.preferred_language,
    }
    if parent:
        course = activity("course", enrolment.course_key, enrolment.course.title)
        found["contextActivities"] = {"parent": [course]}
    return found


def statement(sid, who, verb, what, when, **extra):
    return {
        "id": str(sid),
        "actor": actor(who),
        "verb": VERBS[verb],
        "object": what,
        "timestamp": when.isoformat(),
        **extra,
    }


def lesson_completed(enrolment, lesson_key, completed_at):
    sid = statement_id("lesson", f"{enrolment.pk}:{lesson_key}")
    return sid, statement(
        sid,
        enrolment.employee,
        "completed",
        activity("lesson", lesson_key),
        completed_at,
        result={"completion": True},
        context=context(enrolment),
    )


def course_passed(enrolment, passed_at):
    sid = statement_id("course", enrolment.pk)
    result = {"success": True, "completion": True}
    if enrolment.score is not None:
        result["score"] = {"scaled": scaled(enrolment.score, 100)}
    return sid, statement(
        sid,
        enrolment.employee,
        "passed",
        activity("course", enrolment.course_key, enrolment.course.title),
        passed_at,
        result=result,
        context=context(enrolment, parent=False),
    )


def scaled(score, maximum):
    return round(float(score) / float(maximum), 4) if maximum else 0


def duration(start, end):
    seconds = max(0, round((end - start).total_seconds()))
    return f"PT{seconds}S"


def attempt_graded(attempt):
    sid = statement_id("attempt", attempt.pk)
    result = {
        "success": bool(attempt.passed),
        "completion": True,
        "score": {
            "raw": float(attempt.score),
            "min": 0,
            "max": float(attempt.max_score),
            "scaled": scaled(attempt.score, attempt.max_score),
        },
        "duration": duration(attempt.started_at, attempt.submitted_at),
    }
    extra = {"result": result}
    if attempt.enrolment_id:
        extra["context"] = context(attempt.enrolment)
    return sid, statement(
        sid,
        attempt.employee,
        "passed" if attempt.passed else "failed",
        activity("quiz", attempt.quiz_key, attempt.quiz.title),
        attempt.submitted_at,
        **extra,
    )


def h5p_statement(row):
    """The employee's H5P statement as stored, under the LRS's own bookkeeping."""
    data = {
        key: value
        for key, value in row.statement.items()
        if key not in ("stored", "authority", "version")
    }
    data["id"] = str(row.statement_id)
    data["actor"] = actor(row.employee)
    data.setdefault("timestamp", row.stored_at.isoformat())
    return row.statement_id, data


def certificate_earned(certificate):
    sid = statement_id("certificate", certificate.pk)
    return sid, statement(
        sid,
        certificate.employee,
        "earned",
        activity("certificate", certificate.course_key, certificate.course.title),
        certificate.issued_at,
        result={"success": True, "completion": True},
    )


def certificate_revoked(certificate):
    """Revoking takes back what was earned: the earning statement is voided."""
    sid = statement_id("certificate-revoked", certificate.pk)
    earned = statement_id("certificate", certificate.pk)
    return sid, statement(
        sid,
        certificate.employee,
        "voided",
        {"objectType": "StatementRef", "id": str(earned)},
        certificate.revoked_at,
    )
