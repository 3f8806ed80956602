"""Every URL that takes an object id, for every role: who may see it, and 404 for an
object that is not theirs. A URL added without a classification here fails the sweep.

Outcomes: ``ok`` (200, or a redirect elsewhere than a login page for a POST action),
``login`` (sent to a login page), ``missing`` (404: the object does not exist for
them), ``denied`` (403, or Wagtail's redirect for a missing permission)."""

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.urls import (
    NoReverseMatch,
    URLPattern,
    URLResolver,
    get_resolver,
    reverse,
)

ROLES = (
    "anonymous", "self", "colleague", "manager_same", "manager_other", "trainer",
    "hr", "admin",
)  # fmt: skip
CODES = {"O": "ok", "L": "login", "M": "missing", "D": "denied"}


@dataclass(frozen=True)
class Case:
    expect: str  # one letter per role, in ROLES order
    args: str  # the world attribute(s) that give the URL's arguments
    method: str = "get"
    data: tuple = ()

    def outcomes(self):
        return dict(zip(ROLES, (CODES[c] for c in self.expect.split()), strict=True))


# Wagtail's own object URLs (pages, images, documents, users...) follow Wagtail's
# permissions; the sweep checks that no one without admin access reaches them.
WAGTAIL_PREFIXES = (
    "wagtailadmin_",
    "wagtailimages:",
    "wagtaildocs:",
    "wagtailusers_",
    "wagtailsites:",
    "wagtaillocales:",
    "wagtailsnippets_",
    "wagtailsnippetchoosers_",
    "wagtailcore_",
    "wagtaildocs_",
    "wagtailredirects:",
    "wagtailforms:",
    "wagtail_",
    "wagtailsearch",
    "wagtailsettings",
    "wagtailembeds",
    "wagtail_bind",
    "simple_translation",
    "wagtailsimple_translation",
    "wagtailimages_",
    "generic_",
    "wagtailadmin",
)

# Reference data (units, positions, the competency framework, rules, libraries) belongs
# to no one: it is closed to anonymous visitors and employees like Wagtail's own views.
REFERENCE_PREFIXES = (
    "org_units:", "positions:", "competencies:", "competency_areas:",
    "proficiency_levels:", "position_requirements:", "assignment_rules:",
    "h5p_libraries:", "feedback_monitors:", "feedback_services:",
    "feedback_categories:",
)  # fmt: skip
CLOSED_PREFIXES = WAGTAIL_PREFIXES + REFERENCE_PREFIXES

CASES = {
    # Employee-facing
    "courses:mark_lesson_done": Case("L O M M M M M M", "lesson", "post"),
    # Anyone signed in is sent on: to their attempt, or to enrol in the course.
    "quizzes:start": Case("L O O O O O O O", "quiz", "post"),
    "quizzes:attempt": Case("L O M M M M M M", "open_attempt"),
    "quizzes:save": Case(
        "L O M M M M M M", "open_attempt", "post", (("version", "0"),)
    ),
    "quizzes:submit": Case("L O M M M M M M", "open_attempt", "post"),
    "quizzes:review": Case("L O M M M M M M", "graded_attempt"),
    # Administration: people
    "employees:inspect": Case("L D D O M O O O", "profile"),
    "employees:edit": Case("L D D D D D O O", "profile"),
    "employees:delete": Case("L D D D M D D O", "profile"),
    "employees:history": Case("L D D D M D O O", "profile"),
    "employees:history_results": Case("L D D D M D O O", "profile"),
    "employees:usage": Case("L D D D M D O O", "profile"),
    # Evidence and the matrix
    "competency_evidence:inspect": Case("L D D O M O O O", "evidence"),
    "competency_evidence:edit": Case("L D D D D D D O", "evidence"),
    "competency_evidence:delete": Case("L D D D M D D O", "evidence"),
    "competency_evidence:history": Case("L D D D M D D O", "evidence"),
    "competency_evidence:history_results": Case("L D D D M D D O", "evidence"),
    "competency_evidence:usage": Case("L D D D M D D O", "evidence"),
    "skills_matrix_cell": Case("L D D O M D O O", "matrix_cell"),
    "skills_export_download": Case("L D D M M D O M", "export"),
    # Enrolments
    "enrolments:inspect": Case("L D D O M O O O", "enrolment"),
    "enrolments:edit": Case("L D D D D O O O", "enrolment"),
    "enrolments:delete": Case("L D D D M D D O", "enrolment"),
    "enrolments:history": Case("L D D D M O O O", "enrolment"),
    "enrolments:history_results": Case("L D D D M O O O", "enrolment"),
    "enrolments:usage": Case("L D D D M O O O", "enrolment"),
    "courses_withdraw": Case("L D D O M O O O", "enrolment", "post"),
    "courses_assign_gap": Case("L D D O O O O O", "course", "post"),
    # Quiz attempts and grading
    "quiz_attempts:inspect": Case("L D D O M O O O", "graded_attempt"),
    "quiz_attempts:edit": Case("L D D D D D D D", "graded_attempt"),
    "quiz_attempts:delete": Case("L D D D M D D D", "graded_attempt"),
    "quiz_attempts:history": Case("L D D D M D D D", "graded_attempt"),
    "quiz_attempts:history_results": Case("L D D D M D D D", "graded_attempt"),
    "quiz_attempts:usage": Case("L D D D M D D D", "graded_attempt"),
    "quizzes_regrade": Case("L D D D D O D O", "quiz", "post"),
    # Certificates: public verification, the holder's PDF, the scoped admin
    "certificates:verify": Case("O O O O O O O O", "certificate_code"),
    "certificates:download": Case("L O M M M M M M", "certificate"),
    "certificate_admin:inspect": Case("L D D O M O O O", "certificate"),
    "certificate_admin:pdf": Case("L D D O M O O O", "certificate"),
    "certificate_admin:history": Case("L D D O M O O O", "certificate"),
    "certificate_admin:history_results": Case("L D D O M O O O", "certificate"),
    "certificate_admin:revoke": Case(
        "L D D D D D O O", "revocable", "post", (("reason", "sweep"),)
    ),
    "certificate_admin:regenerate": Case("L D D D D D O O", "certificate", "post"),
    "certificate_admin:edit": Case("L D D D D D D D", "certificate"),
    "certificate_admin:delete": Case("L D D D D D D D", "certificate"),
    "certificate_admin:usage": Case("L D D D D D D D", "certificate"),
    "certificate_admin:archive_download": Case("L D D M M M O M", "archive"),
    # Citizen feedback: monitors' tokens are HR's
    "feedback_monitor_token": Case("L D D D D D O O", "monitor", "post"),
    "feedback_monitor_revoke": Case("L D D D D D O O", "monitor", "post"),
    # ... and the effect of a course assigned for a need is the unit's HR and managers'
    "feedback_effect": Case("L D D O M D O O", "need_assignment"),
    # A document used in a lesson: for the enrolled employee and document editors
    "wagtaildocs_serve": Case("L O M M M M M O", "document"),
}


# Object URLs whose role matrix is asserted by a test of their own wing, with the same
# roles and outcomes (JSON endpoints, and the H5P player that takes a signed token
# instead of the session).
H5P_SWEEP = "tests/h5p/test_authorization.py"
CREDENTIALS = "tests/certificates/test_credentials.py"  # public by design, needs a key
COVERED_ELSEWHERE = {
    "certificates:credential_json": CREDENTIALS,
    "certificates:credential_jwt": CREDENTIALS,
    "certificates:status_list": CREDENTIALS,
    "h5p:xapi": H5P_SWEEP,
    "h5p:user_data": H5P_SWEEP,
    "h5p:player": "tests/h5p/test_player.py",
    "h5p:file": "tests/h5p/test_player.py",
    **{
        f"h5p_statements:{view}": H5P_SWEEP
        for view in ("inspect", "edit", "delete", "history", "history_results", "usage")
    },
}


def named_routes(patterns=None, prefix="", namespace=""):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = (
                f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            )
            yield from named_routes(
                pattern.url_patterns, prefix + str(pattern.pattern), inner
            )
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name, prefix + str(pattern.pattern)


def object_routes():
    return sorted(
        {
            name
            for name, route in named_routes()
            if re.search(r"<\w*:?\w*(id|pk|code)>", route)
        }
    )


def test_every_url_taking_an_id_is_classified():
    unclassified = [
        name
        for name in object_routes()
        if name not in CASES
        and name not in COVERED_ELSEWHERE
        and not name.startswith(CLOSED_PREFIXES)
    ]
    assert unclassified == [], "classify these URLs in CASES"


def test_urls_covered_elsewhere_are_really_tested_there():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for name, test_file in COVERED_ELSEWHERE.items():
        text = (root / test_file).read_text(encoding="utf-8")
        assert name.split(":")[0] in text and name.split(":")[1] in text, (
            name,
            test_file,
        )


def login_page(response):
    location = response.get("Location", "")
    return response.status_code == 302 and (
        location.startswith(reverse("people:login")) or "/admin/login/" in location
    )


def outcome(response, role):
    if response.status_code == 404:
        return "missing"
    if response.status_code == 403:
        return "denied"
    if login_page(response):
        # Wagtail sends a signed-in user without the permission back to its login
        # or dashboard; for anyone signed in that is a refusal, not a login prompt.
        return "login" if role == "anonymous" else "denied"
    if response.status_code == 302 and response["Location"].rstrip("/").endswith(
        "/admin"
    ):
        return "denied"
    if response.status_code in (200, 302):
        return "ok"
    return f"status {response.status_code}"


def test_object_urls_answer_each_role_as_expected(world, client):
    wrong = {}
    for name, case in sorted(CASES.items()):
        url = reverse(name, args=world.args(case.args))
        got = {}
        for role in ROLES:
            client.logout()
            if world.users[role] is not None:
                client.force_login(world.users[role])
            got[role] = outcome(
                getattr(client, case.method)(url, dict(case.data)), role
            )
        expected = case.outcomes()
        if got != expected:
            wrong[name] = {
                r: (got[r], expected[r]) for r in ROLES if got[r] != expected[r]
            }
    assert wrong == {}, "(got, expected) per role"


def test_the_feedback_endpoint_answers_no_role_without_its_token(world, client):
    """The monitors' endpoint takes a bearer token, never a session: every role gets
    401, and a monitor may post only for its own unit and those below it."""
    from django.utils import timezone

    from feedback.models import FeedbackRating, Monitor, Service

    Service.objects.create(code="passport", name="Pasport")
    got = {}
    for role in ROLES:
        client.logout()
        if world.users[role] is not None:
            client.force_login(world.users[role])
        response = client.post("/api/feedback/", "[]", content_type="application/json")
        got[role] = response.status_code
    assert set(got.values()) == {401}
    monitor = Monitor(org_unit=world.users["manager_other"].employee_profile.org_unit)
    token = monitor.set_new_token()
    monitor.save()
    item = {
        "event_id": "x", "unit": "baku-1", "service": "passport", "rating": 1,
        "rated_at": timezone.now().isoformat(), "categories": ["courtesy"],
    }  # fmt: skip
    response = client.post(
        "/api/feedback/",
        [item],
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 400
    assert not FeedbackRating.objects.exists()


def test_every_signed_in_page_is_private_and_not_stored(world, client):
    """Personal pages (the employee site, every object URL a person may open, the
    admin) carry ``Cache-Control: private, no-store``: no proxy or shared browser
    keeps them."""
    from courses.models import CoursePage, LessonPage

    pages = [
        "/dashboard/", "/me/", "/my-skills/", "/my-certificates/", "/competencies/",
        CoursePage.objects.get(pk=world.course).url,
        LessonPage.objects.get(pk=world.lesson).url,
        reverse("certificates:verify", args=[world.certificate_code]),
        "/admin/",
    ]  # fmt: skip
    for name, case in CASES.items():
        if case.method == "get" and case.outcomes()["self"] == "ok":
            pages.append(reverse(name, args=world.args(case.args)))
    stored = []
    for role in ("self", "hr"):
        client.force_login(world.users[role])
        for url in pages:
            response = client.get(url)
            if response.status_code != 200:
                continue
            cache = response.get("Cache-Control", "")
            if "private" not in cache or "no-store" not in cache:
                stored.append((role, url, cache))
    assert stored == []


def test_snippet_choosers_open_only_with_a_right_on_the_model(world, client):
    """Wagtail's snippet chooser lists every row to anyone in the admin; ours check
    the model's permissions. Managers and HR do not browse the question bank."""
    from django.apps import apps
    from wagtail.snippets.models import get_snippet_models

    assert get_snippet_models(), "no snippets registered"
    wrong = []
    for model in get_snippet_models():
        opts = model._meta
        base = f"wagtailsnippetchoosers_{opts.app_label}_{opts.model_name}"
        urls = [reverse(f"{base}:choose"), reverse(f"{base}:choose_results")]
        for role in ("manager_same", "hr", "trainer", "admin"):
            user = world.users[role]
            allowed = any(
                user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")
                for action in ("add", "change", "delete", "view")
            )
            client.force_login(user)
            for url in urls:
                got = outcome(client.get(url), role)
                if got != ("ok" if allowed else "denied"):
                    wrong.append((role, url, got))
    assert apps.get_model("quizzes", "Question") in get_snippet_models()
    assert wrong == []


def admin_listing_urls():
    """Every admin URL that takes no argument: Wagtail's own reports (Site history,
    workflows, locked and aging pages), ours, listings, choosers, dashboards."""
    found = set()
    for _name, route in named_routes():
        if "<" in route or not route.startswith("admin/") or "(?P" in route:
            continue
        if any(
            word in route
            for word in ("logout", "login", "password_reset", "failwhale", "test404")
        ):
            continue
        found.add("/" + route.replace("^", "").replace("$", ""))
    return sorted(found)


def test_no_admin_page_or_export_shows_a_manager_other_units_people(world, client):
    """Every admin page without arguments, and its CSV/XLSX export where it has one,
    as the manager of another unit: nothing names the employee of the first unit.
    The manager of that unit sees them in Site history (so the test can fail)."""
    from wagtail.log_actions import log

    from people.models import EmployeeProfile

    me = EmployeeProfile.objects.get(pk=world.profile)
    log(me, "wagtail.edit", user=world.users["hr"])
    markers = (me.full_name, me.employee_number, world.certificate_code)
    client.force_login(world.users["manager_same"])
    history = client.get("/admin/reports/site-history/").content.decode()
    assert me.full_name in history  # the manager of their unit sees them
    client.force_login(world.users["manager_other"])
    leaks = []
    for url in admin_listing_urls():
        response = client.get(url)
        if response.status_code != 200 or response.streaming:
            continue
        body = response.content.decode(errors="replace")
        exports = ["csv", "xlsx"] if "export=csv" in body else []
        bodies = [body] + [export_text(client.get(url, {"export": f})) for f in exports]
        for marker in markers:
            if any(marker in text for text in bodies):
                leaks.append((url, marker))
    assert leaks == []


def export_text(response):
    import io

    data = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    if data.startswith(b"PK"):
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(data)).active
        return "\n".join(
            " ".join(str(v) for v in row if v is not None)
            for row in sheet.iter_rows(values_only=True)
        )
    return data.decode("utf-8", errors="replace")


def test_wagtail_and_reference_urls_are_closed_to_anonymous_and_employees(
    client, tree, make_employee
):
    employee = make_employee(tree["front"], roles=("Employee",)).user
    wrong = []
    for name in (n for n in object_routes() if n.startswith(CLOSED_PREFIXES)):
        try:
            url = reverse(name, args=[1] * name_arity(name))
        except NoReverseMatch:  # a route whose arguments are not numbers
            continue
        client.logout()
        anonymous = outcome(client.get(url), "anonymous")
        client.force_login(employee)
        signed_in = outcome(client.get(url), "self")
        if anonymous not in ("login", "missing") or signed_in not in (
            "denied",
            "missing",
        ):
            wrong.append((name, anonymous, signed_in))
    assert wrong == []


def name_arity(name):
    for route_name, route in named_routes():
        if route_name == name:
            return len(re.findall(r"<", route))
    return 0


def issued_and_rendered(employee, course, hr):
    from certificates.pdfs import certificate_render
    from certificates.services import certificate_issue_manual

    certificate = certificate_issue_manual(
        employee=employee, course=course, reason="sweep", issued_by=hr
    )
    certificate_render(certificate_id=certificate.pk)
    return certificate


def lesson_document(lesson):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Xidmət standartı",
        file=ContentFile(b"%PDF-1.4 sweep", name="standart.pdf"),
    )
    lesson.body.append(("document", {"document": document, "title": "Standart"}))
    lesson.save_revision().publish()
    return document


def feedback_monitor(unit):
    from feedback.models import Monitor

    monitor = Monitor(org_unit=unit, name="Sweep")
    monitor.set_new_token()
    monitor.save()
    return monitor


def feedback_need_assignment(unit, course, hr):
    from django.utils import timezone

    from feedback.models import FeedbackCategory, NeedAssignment, TrainingNeed

    need = TrainingNeed.objects.create(
        org_unit=unit, category=FeedbackCategory.objects.first(),
        period_start="2026-10-01", period_end="2027-01-01", average=3, low_share=20,
        ratings=40,
    )  # fmt: skip
    return NeedAssignment.objects.create(
        need=need, course=course, due_date=timezone.localdate(), assigned_by=hr
    )


class World:
    def __init__(self, **objects):
        self.__dict__.update(objects)

    def args(self, names):
        values = []
        for name in names.split():
            value = getattr(self, name)
            values.extend(value if isinstance(value, tuple) else [value])
        return values


@pytest.fixture
def world(db, tree, make_employee, manager_of, catalogue):
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile

    from certificates.models import CertificateArchive
    from courses.models import CoursePage
    from courses.quizzes.services import start_attempt, submit_attempt
    from courses.services import enrol_self
    from skills.models import CompetencyEvidence, MatrixExport
    from tests.courses.conftest import make_course
    from tests.factories import CompetencyFactory, make_levels
    from tests.quizzes.conftest import make_quiz, sample_questions

    me = make_employee(tree["front"], username="me")
    users = {
        "anonymous": None,
        "self": me.user,
        "colleague": make_employee(tree["front"]).user,
        "manager_same": manager_of(tree["baku"]).user,
        "manager_other": manager_of(tree["ganja"]).user,
        "trainer": make_employee(tree["agency"], roles=("Trainer",)).user,
        "hr": make_employee(tree["agency"], roles=("HR",)).user,
        "admin": get_user_model().objects.create_superuser("root", password="x"),
    }
    course = make_course(
        catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS, lessons=1
    )
    from courses.quizzes.models import QuestionCategory

    questions = sample_questions(QuestionCategory.objects.create(name="Sweep"))
    quiz = make_quiz(course, questions[:2])
    other_quiz = make_quiz(course, questions[2:4])
    enrolment = enrol_self(employee=me, course=course)
    graded = start_attempt(employee=me, quiz=quiz, language="az")
    submit_attempt(attempt_id=graded.pk, employee=me, answers={})
    open_attempt = start_attempt(employee=me, quiz=other_quiz, language="az")
    levels = make_levels()
    competency = CompetencyFactory(code="SS-01")
    evidence = CompetencyEvidence.objects.create(
        employee=me, competency=competency, level=levels[2]
    )
    export = MatrixExport.objects.create(
        requested_by=users["hr"], file_format="csv", status=MatrixExport.Status.READY
    )
    export.file.save("sweep.csv", ContentFile(b"\xef\xbb\xbfa,b\n"))
    Group.objects.get(name="Employee").user_set.add(me.user)
    certificate, revocable = (
        issued_and_rendered(me, course, users["hr"]) for _ in range(2)
    )
    archive = CertificateArchive.objects.create(
        requested_by=users["hr"], status=CertificateArchive.Status.READY
    )
    archive.file.save("sweep.zip", ContentFile(b"PK\x05\x06" + b"\x00" * 18))
    # In a course of its own: the sweep withdraws the first enrolment on its way.
    reading = make_course(catalogue, title="Oxu materialları", lessons=1)
    enrol_self(employee=me, course=reading)
    document = lesson_document(reading.lessons()[0].specific)
    monitor = feedback_monitor(tree["yasamal"])
    need_assignment = feedback_need_assignment(tree["yasamal"], course, users["hr"])
    return World(
        monitor=monitor.pk,
        need_assignment=need_assignment.pk,
        document=(document.pk, document.filename),
        certificate=certificate.pk,
        certificate_code=certificate.code,
        revocable=revocable.pk,
        archive=archive.pk,
        users=users,
        profile=me.pk,
        lesson=course.lessons()[0].pk,
        course=course.pk,
        quiz=quiz.pk,
        enrolment=enrolment.pk,
        graded_attempt=graded.pk,
        open_attempt=open_attempt.pk,
        evidence=evidence.pk,
        matrix_cell=(me.pk, competency.pk),
        export=export.pk,
    )
