from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.db.models import F
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from courses.next_step import after_assessment
from courses.progress import profile_of
from courses.routing import cached

from .models import Attempt, QuizPage
from .presentation import form_items
from .responses import InvalidAnswer, read_answers
from .review import review_context
from .services import (
    AttemptClosed,
    NotEnrolled,
    QuizRefused,
    StaleVersion,
    attempts_used,
    current_enrolment,
    save_answers,
    start_attempt,
    start_refusal,
    submit_attempt,
)


def serve_quiz(request, quiz, serve, *args, **kwargs):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        return start_or_refuse(request, quiz)
    profile = profile_of(request.user)
    editor = quiz.permissions_for_user(request.user).can_edit()
    if (profile is None or current_enrolment(profile, quiz) is None) and not editor:
        messages.info(request, _("Enrol in the course to take its quiz."))
        return HttpResponseRedirect(quiz.get_parent().url)
    return serve(request, *args, **kwargs)


@never_cache
@login_required
@require_POST
def start_quiz_view(request, quiz_id):
    """The quiz page's Start (and Continue) button: what POSTing the page does,
    without routing the page tree; the page must be live and its view restrictions
    (and its ancestors') must let the request through, as when it is served."""
    quiz, restrictions = startable_quiz(quiz_id)
    if quiz is None:
        raise Http404
    if any(not r.accept_request(request) for r in restrictions):
        return HttpResponseRedirect(quiz.url)  # the page asks for what is missing
    return start_or_refuse(request, quiz)


def startable_quiz(quiz_id):
    """``(the live quiz page, the view restrictions on it and its ancestors)``, or
    ``(None, [])``: kept in the cache until the page tree or a view restriction
    changes (courses.receivers), so a start reads neither."""

    def build():
        quiz = QuizPage.objects.live().select_related("locale").filter(pk=quiz_id)
        quiz = quiz.first()
        return (quiz, list(quiz.get_view_restrictions())) if quiz else (None, [])

    return cached("quiz-start", quiz_id, build)


def start_or_refuse(request, quiz):
    """Start or resume the signed-in employee's attempt. Without an enrolment, an
    editor trying the quiz is told so on the quiz page; anyone else is sent to the
    course to enrol."""
    try:
        attempt = start_attempt(
            user=request.user, quiz=quiz, language=translation.get_language()
        )
    except NotEnrolled as refused:
        if not quiz.permissions_for_user(request.user).can_edit():
            messages.info(request, _("Enrol in the course to take its quiz."))
            return HttpResponseRedirect(quiz.get_parent().url)
        messages.error(request, str(refused))
        return HttpResponseRedirect(quiz.url)
    except QuizRefused as refused:
        messages.error(request, str(refused))
        return HttpResponseRedirect(quiz.url)
    return HttpResponseRedirect(reverse("quizzes:attempt", args=[attempt.pk]))


def quiz_context(request, quiz):
    from courses.models.pages import canonical_page

    profile = profile_of(request.user)
    source = canonical_page(quiz)
    if profile is None:
        return {"quiz_settings": source}
    attempts = list(attempts_used(profile, quiz).order_by("number"))
    graded = [a for a in attempts if a.state == Attempt.State.GRADED]
    return {
        "quiz_settings": source,
        "attempts": attempts,
        "open_attempt": next((a for a in attempts if a.is_open), None),
        "best": max((a.percent for a in graded), default=None),
        "attempts_left": (
            max(0, source.attempts_allowed - len(graded))
            if source.attempts_allowed
            else None
        ),
        "refusal": start_refusal(profile, source),
        "question_count": question_count(source),
    }


def question_count(quiz):
    """How many questions an attempt shows: a slot drawing N at random counts N."""
    return sum(
        1 if question_id else count
        for question_id, count in quiz.slots.values_list("question_id", "random_count")
    )


def own_attempt(request, attempt_id, queryset=None):
    """The signed-in employee's attempt (with its quiz, unless ``queryset`` says
    otherwise), or 404: one query, the employee matched through the user."""
    queryset = (
        queryset if queryset is not None else Attempt.objects.select_related("quiz")
    )
    return get_object_or_404(queryset, pk=attempt_id, employee__user_id=request.user.pk)


@never_cache
@login_required
def attempt_view(request, attempt_id):
    attempt = own_attempt(request, attempt_id)
    if not attempt.is_open:
        return HttpResponseRedirect(reverse("quizzes:review", args=[attempt.pk]))
    items = attempt.questions
    page_count = len(items) if attempt.quiz.one_per_page else 1
    page = current_page(request, page_count)
    shown = items[page - 1 : page] if attempt.quiz.one_per_page else items
    return render(
        request,
        "quizzes/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz.localized,
            "items": form_items(shown, attempt.answers),
            "overview": form_items(items, attempt.answers),
            "page": page,
            "page_count": page_count,
            "pages": range(1, page_count + 1),
            "server_now": timezone.now(),
        },
    )


def current_page(request, page_count):
    try:
        page = int(request.GET.get("page", 1))
    except ValueError:
        page = 1
    return min(max(page, 1), page_count)


def current_page_number(value):
    try:
        return max(1, int(value))
    except ValueError:
        return 1


def posted_version(request):
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None


# What an autosave reads: the attempt without its answer key, and of its quiz only
# the closing time (not the page: some forty columns to build a model of).
AUTOSAVE_READS = Attempt.objects.only(
    *(f.attname for f in Attempt._meta.concrete_fields if f.name != "key")
).annotate(quiz_closes_at=F("quiz__closes_at"))


@never_cache
@login_required
@require_POST
def save_view(request, attempt_id):
    """Autosave: JSON in, JSON out. 409 for a stale tab, 410 once closed."""
    attempt = own_attempt(request, attempt_id, AUTOSAVE_READS)
    try:
        answers = read_answers(attempt.questions, request.POST)
        attempt = save_answers(
            attempt_id=attempt.pk,
            employee=attempt.employee_id,
            version=posted_version(request),
            answers=answers,
            attempt=attempt,
        )
    except InvalidAnswer:
        return JsonResponse(
            {"error": _("An answer does not belong to this quiz.")}, status=400
        )
    except StaleVersion:
        return JsonResponse(
            {
                "error": _(
                    "Newer answers were saved in another window. Reload this page."
                )
            },
            status=409,
        )
    except AttemptClosed:
        return JsonResponse(
            {"error": _("This attempt no longer accepts answers.")}, status=410
        )
    if "goto" in request.GET:  # page navigation without JavaScript
        page = current_page_number(request.GET["goto"])
        return HttpResponseRedirect(
            reverse("quizzes:attempt", args=[attempt.pk]) + f"?page={page}"
        )
    return JsonResponse(
        {"version": attempt.version, "saved_at": attempt.saved_at.isoformat()}
    )


@never_cache
@login_required
@require_POST
@transaction.atomic
def submit_view(request, attempt_id):
    # Read and lock the attempt once: grading goes on in this transaction.
    locking = Attempt.objects.select_for_update(of=("self",))
    locking = locking.select_related("quiz", "employee")
    attempt = own_attempt(request, attempt_id, locking)
    try:
        answers = read_answers(attempt.questions, request.POST)
        attempt, graded_now = submit_attempt(
            attempt_id=attempt.pk,
            employee=attempt.employee_id,
            version=posted_version(request),
            answers=answers,
            locked=attempt,
        )
    except InvalidAnswer:
        messages.error(
            request, _("An answer does not belong to this quiz; nothing was saved.")
        )
        return HttpResponseRedirect(reverse("quizzes:attempt", args=[attempt.pk]))
    except StaleVersion:
        messages.error(
            request,
            _(
                "Newer answers were saved in another window; check them and submit again."
            ),
        )
        return HttpResponseRedirect(reverse("quizzes:attempt", args=[attempt.pk]))
    if not graded_now:
        messages.info(
            request, _("This attempt was already submitted; here is its result.")
        )
    return HttpResponseRedirect(reverse("quizzes:review", args=[attempt.pk]))


@never_cache
@login_required
def review_view(request, attempt_id):
    attempt = own_attempt(request, attempt_id)
    if attempt.is_open:
        return HttpResponseRedirect(reverse("quizzes:attempt", args=[attempt.pk]))
    context = review_context(attempt)
    context["quiz_page"] = attempt.quiz.localized
    if attempt.passed and context["level"] != "none":
        course = context["quiz_page"].get_parent().specific
        context.update(after_assessment(attempt.enrolment_id, course))
    return render(request, "quizzes/review.html", context)
