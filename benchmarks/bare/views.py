"""The quiz load's baseline: the rows the quiz engine writes (one attempt with its
questions and key, answers saved under a version number, twenty items on submit),
written by plain ORM calls with none of the engine's rules, logging or course
updates. Only the benchmark settings route to these views."""

from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from courses.quizzes.models import Attempt, AttemptItem, QuizPage
from people.models import EmployeeProfile

_snapshots = {}  # quiz id → (questions, key), built once per process


def snapshot(quiz_id):
    """The same questions and key JSON the engine stores (built once, not timed)."""
    if quiz_id not in _snapshots:
        from courses.quizzes.services import build_questions

        quiz = QuizPage.objects.get(pk=quiz_id)
        _snapshots[quiz_id] = (quiz, *build_questions(quiz, "az"))
    return _snapshots[quiz_id]


def profile_id(user):
    found = EmployeeProfile.objects.filter(user=user).values_list("pk", flat=True)
    return found.first()


def posted_answers(post):
    return {name: post.getlist(name) for name in post if name.startswith("q")}


@login_required
@require_POST
def start(request, quiz_id):
    quiz, questions, key = snapshot(quiz_id)
    attempt = Attempt.objects.create(
        employee_id=profile_id(request.user),
        quiz=quiz,
        quiz_key=quiz.translation_key,
        number=1,
        language="az",
        questions=questions,
        key=key,
    )
    return JsonResponse({"attempt": attempt.pk, "version": attempt.version})


@login_required
@require_POST
def save(request, attempt_id):
    version = int(request.POST.get("version", "-1"))
    stored = Attempt.objects.filter(
        pk=attempt_id,
        employee_id=profile_id(request.user),
        state=Attempt.State.IN_PROGRESS,
        version=version,
    ).update(
        answers=posted_answers(request.POST),
        version=version + 1,
        saved_at=timezone.now(),
    )
    if not stored:
        return JsonResponse({"error": "stale"}, status=409)
    return JsonResponse({"version": version + 1})


@login_required
@require_POST
@transaction.atomic
def submit(request, attempt_id):
    attempt = (
        Attempt.objects.select_for_update()
        .filter(pk=attempt_id, employee_id=profile_id(request.user))
        .first()
    )
    if attempt is None:
        raise Http404
    if attempt.state != Attempt.State.IN_PROGRESS:
        return JsonResponse({"attempt": attempt.pk, "graded": False})
    answers = posted_answers(request.POST)
    items = [item_row(attempt, entry, answers) for entry in attempt.questions]
    AttemptItem.objects.bulk_create(items)
    now = timezone.now()
    attempt.answers, attempt.state = answers, Attempt.State.GRADED
    attempt.submitted_at = attempt.graded_at = now
    attempt.score = sum(item.score for item in items)
    attempt.max_score = sum(item.max_score for item in items)
    attempt.save()
    return JsonResponse({"attempt": attempt.pk, "graded": True})


def item_row(attempt, entry, answers):
    slot = entry["slot"]
    given = {k: v for k, v in answers.items() if k.split("-")[0] == f"q{slot}"}
    points = Decimal(entry["points"])
    return AttemptItem(
        attempt=attempt,
        slot=slot,
        question_id=entry["question_id"],
        question_key=entry["question_key"],
        response=given or None,
        score=points if given else Decimal(0),
        max_score=points,
    )
