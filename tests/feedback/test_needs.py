import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import CourseCompetency, Enrolment
from feedback import needs
from feedback.effect import course_effect
from feedback.models import FeedbackRating, NeedAssignment, TrainingNeed
from feedback.periods import Period
from feedback.services import AssignmentRefused, assign_for_need
from feedback.tasks import delete_old_comments
from skills.models import CompetencyEvidence, PositionRequirement
from tests.courses.conftest import make_course
from tests.factories import CompetencyFactory, make_levels

PERIOD = Period.current()
START = PERIOD.bounds()[0] + datetime.timedelta(hours=1)


@pytest.fixture
def world(tree, catalogue, courtesy, make_employee, rate):
    levels = make_levels()
    competency = CompetencyFactory(code="NZ-01", name="Nəzakətli ünsiyyət")
    courtesy.competencies.add(competency)
    lacking = make_employee(tree["front"], full_name="Quliyeva Aynur")
    holder = make_employee(tree["front"], full_name="Həsənov Elvin")
    PositionRequirement.objects.create(
        position=lacking.position, competency=competency, level=levels[2]
    )
    CompetencyEvidence.objects.create(
        employee=holder, competency=competency, level=levels[3]
    )
    course = make_course(catalogue, title="Vətəndaşla nəzakətli ünsiyyət")
    CourseCompetency.objects.create(
        course=course, competency=competency, level=levels[2]
    )
    rate(tree["yasamal"], [5] * 30 + [1] * 10, category=courtesy, when=START)
    rate(tree["ganja"], [5] * 40, category=courtesy, when=START)
    hr = make_employee(tree["agency"], roles=("HR",))
    return {
        "competency": competency,
        "course": course,
        "lacking": lacking,
        "holder": holder,
        "hr": hr.user,
    }


def courtesy_score(unit, categories):
    return [s for s in needs.unit_scores(unit, PERIOD, categories) if s.ratings][0]


def test_scores_exactly_at_the_targets_are_not_short(tree, courtesy, rate):
    # 19 fives and 1 one: low share 5.00 %, average 4.80; 20 ratings of 4.50 mean
    rate(tree["ganja"], [5] * 19 + [1], category=courtesy, when=START)
    rate(tree["yasamal"], [4, 5] * 10, category=courtesy, when=START, scale=5)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("feedback.conf.MIN_RATINGS", 20)
        ganja = courtesy_score(tree["ganja"], [courtesy])
        yasamal = courtesy_score(tree["yasamal"], [courtesy])
        assert (ganja.low_share, ganja.short) == (Decimal("5.00"), False)
        assert (yasamal.average, yasamal.short) == (Decimal("4.50"), False)
        rate(tree["yasamal"], [4], category=courtesy, when=START)
        assert courtesy_score(tree["yasamal"], [courtesy]).short  # 4.48


def test_too_few_ratings_are_no_need(tree, courtesy, rate, settings):
    settings.LMS_FEEDBACK_MIN_RATINGS = 30
    rate(tree["yasamal"], [1] * 29, category=courtesy, when=START)
    score = courtesy_score(tree["yasamal"], [courtesy])
    assert (score.tone, score.short) == ("few", False)
    rate(tree["yasamal"], [1], category=courtesy, when=START)
    assert courtesy_score(tree["yasamal"], [courtesy]).tone == "short"


def test_a_need_names_its_competencies_people_and_courses(world, tree):
    categories = needs.categories()
    [need] = needs.unit_needs(tree["baku"], PERIOD, world["hr"], categories)
    assert need.category.code == "courtesy"
    assert need.score.average == Decimal("4.00")
    [gap] = need.gaps
    assert gap.competency == world["competency"]
    assert [p for p, _rank in gap.people] == [world["lacking"]]
    assert [c.title for c in gap.courses] == [world["course"].title]
    assert gap.courses[0].course_id == world["course"].pk
    assert needs.unit_needs(tree["ganja"], PERIOD, world["hr"], categories) == []


def test_the_needs_of_a_unit_cost_a_fixed_number_of_queries(
    world, tree, django_assert_max_num_queries
):
    user = world["hr"]
    user.has_perm("courses.assign_courses")  # the request's permission check
    with django_assert_max_num_queries(10):
        categories = needs.categories()
        scores = needs.unit_scores(tree["baku"], PERIOD, categories)
        rows = needs.unit_needs(tree["baku"], PERIOD, user, categories, scores)
        needs.trend(tree["baku"], PERIOD, categories)
        needs.comments(tree["baku"], PERIOD, [r.category.pk for r in rows])


def test_a_manager_sees_only_their_units(world, tree, manager_of):
    manager = manager_of(tree["ganja"]).user
    rows = needs.heatmap(manager, PERIOD, needs.categories())
    assert [row.unit.code for row in rows] == ["ganja"]
    hr_rows = needs.heatmap(world["hr"], PERIOD, needs.categories())
    assert [row.unit.code for row in hr_rows] == ["baku-1-yasamal", "ganja"]
    # Yasamal's people are not theirs: no one listed below the level.
    [need] = needs.unit_needs(tree["baku"], PERIOD, manager, needs.categories())
    assert need.gaps[0].people == []


def test_hr_assigns_the_closing_course_in_one_step(client, world, tree):
    client.force_login(world["hr"])
    due = timezone.localdate() + datetime.timedelta(days=30)
    response = client.post(
        reverse("feedback_assign"),
        {
            "unit": tree["baku"].pk,
            "category": world["competency"].feedback_categories.get().pk,
            "period": PERIOD.key,
            "competency": world["competency"].pk,
            "course": world["course"].pk,
            "due_date": due.isoformat(),
        },
    )
    assert response.status_code == 302
    [enrolment] = Enrolment.objects.all()
    assert (enrolment.employee, enrolment.due_date) == (world["lacking"], due)
    assignment = NeedAssignment.objects.get()
    assert list(assignment.employees.all()) == [world["lacking"]]
    need = TrainingNeed.objects.get()
    assert (need.org_unit, need.ratings) == (tree["baku"], 40)


def test_no_course_is_assigned_for_a_category_that_meets_its_targets(
    world, tree, courtesy
):
    with pytest.raises(AssignmentRefused):
        assign_for_need(
            unit=tree["ganja"], category=courtesy, period=PERIOD,
            course=world["course"], competency=world["competency"],
            due_date=timezone.localdate(), user=world["hr"],
        )  # fmt: skip
    assert not Enrolment.objects.exists()


def test_before_and_after_use_windows_of_the_same_length(
    world, tree, courtesy, rate, settings
):
    settings.LMS_FEEDBACK_EFFECT_WINDOW_DAYS = 30
    assignment, _ = assign_for_need(
        unit=tree["baku"], category=courtesy, period=PERIOD, course=world["course"],
        competency=world["competency"], due_date=timezone.localdate(),
        user=world["hr"],
    )  # fmt: skip
    assigned = timezone.now() - datetime.timedelta(days=20)
    NeedAssignment.objects.filter(pk=assignment.pk).update(assigned_at=assigned)
    assignment.refresh_from_db()
    assert not course_effect(assignment).complete  # nobody has passed yet
    passed = timezone.now() - datetime.timedelta(days=10)
    Enrolment.objects.update(status="passed", passed_at=passed)
    rate(
        tree["yasamal"],
        [2, 3],
        category=courtesy,
        when=assigned - datetime.timedelta(days=5),
    )
    rate(
        tree["yasamal"],
        [1],
        category=courtesy,
        when=assigned - datetime.timedelta(days=11),
    )
    rate(
        tree["yasamal"],
        [5, 5, 4],
        category=courtesy,
        when=passed + datetime.timedelta(days=1),
    )
    effect = course_effect(assignment)
    assert effect.complete
    assert effect.before_window.days == effect.after_window.days == 10
    assert effect.before_window.end == assigned
    assert (effect.before.ratings, effect.before.average) == (2, Decimal("2.50"))
    assert (effect.after.ratings, effect.after.average) == (3, Decimal("4.67"))


def test_comments_are_for_hr_only(client, world, tree, courtesy, rate, manager_of):
    [rating] = rate(tree["yasamal"], [1], category=courtesy, when=START)
    FeedbackRating.objects.filter(pk=rating.pk).update(comment="Operator kobud idi")
    url = f"{reverse('feedback_report')}?unit={tree['baku'].pk}&period={PERIOD.key}"
    client.force_login(world["hr"])
    assert "Operator kobud idi" in client.get(url).content.decode()
    export = b"".join(client.get(url + "&export=csv").streaming_content).decode()
    assert export.startswith("\ufeff")
    assert "Nəzakətlilik" in export
    assert "Operator kobud idi" not in export and "Quliyeva" not in export
    client.force_login(manager_of(tree["baku"]).user)
    page = client.get(url)
    assert page.status_code == 200
    assert "Operator kobud idi" not in page.content.decode()


def test_the_heatmap_shows_each_unit_and_its_state(client, world):
    client.force_login(world["hr"])
    body = client.get(reverse("feedback_report"), HTTP_ACCEPT_LANGUAGE="en")
    html = body.content.decode()
    assert "feedback-cell--short" in html and "feedback-cell--met" in html
    assert "short of target" in html


def test_employees_cannot_open_the_report(client, world, tree, make_employee):
    client.force_login(make_employee(tree["front"]).user)
    assert client.get(reverse("feedback_report")).status_code in (302, 403)


def test_old_comments_are_deleted_after_the_retention_period(
    tree, courtesy, rate, settings
):
    settings.LMS_FEEDBACK_COMMENT_RETENTION_DAYS = 30
    now = timezone.now()
    old, kept = rate(tree["yasamal"], [1, 1], category=courtesy, when=now - datetime.timedelta(days=31))  # fmt: skip
    FeedbackRating.objects.update(comment="Adım Aynurdur, telefonum ...")
    FeedbackRating.objects.filter(pk=kept.pk).update(
        rated_at=now - datetime.timedelta(days=30) + datetime.timedelta(seconds=1)
    )
    assert delete_old_comments(now) == 1
    assert FeedbackRating.objects.get(pk=old.pk).comment == ""
    assert FeedbackRating.objects.get(pk=kept.pk).comment
    assert delete_old_comments(now) == 0
