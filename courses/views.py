from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import Enrolment, LessonPage
from .progress import course_context, enrolment_with_progress, profile_of
from .services import (
    EnrolmentRefused,
    complete_lesson,
    enrol_self,
    visit_lesson,
    visit_recorded,
)


def current_enrolment(user, course):
    profile = profile_of(user)
    if profile is None:
        return None
    return (
        Enrolment.objects.current()
        .for_course(course)
        .filter(employee=profile)
        .select_related("course", "last_lesson", "employee")
        .first()
    )


def can_preview(user, page):
    return page.permissions_for_user(user).can_edit()


def serve_lesson(request, lesson, serve, *args, **kwargs):
    """Lessons are for enrolled employees (and their editors)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course = lesson.get_parent().specific  # routing left the course on the lesson
    enrolment, rows = enrolment_with_progress(request.user, course)
    if enrolment is None and not can_preview(request.user, lesson):
        messages.info(request, _("Enrol in the course to open its lessons."))
        return HttpResponseRedirect(course.url)
    if enrolment and not visit_recorded(enrolment, lesson, rows):
        visit_lesson(enrolment=enrolment, lesson=lesson)
    # Found once here; the page context reuses them instead of asking again.
    request.lms_lesson_state = (course, enrolment, rows)
    return serve(request, *args, **kwargs)


def lesson_context(request, lesson):
    found = getattr(request, "lms_lesson_state", None)
    if found:
        course, enrolment, rows = found
    else:
        course, enrolment, rows = lesson.get_parent().specific, None, None
    context = course_context(course, request, enrolment=enrolment, rows=rows)
    pages = [page for page, _done in context["outline"]]
    index = next((i for i, page in enumerate(pages) if page.pk == lesson.pk), 0)
    context.update(
        course=course,
        previous_lesson=pages[index - 1] if index > 0 else None,
        next_lesson=pages[index + 1] if index + 1 < len(pages) else None,
        lesson_done=any(p.pk == lesson.pk and d for p, d in context["outline"]),
    )
    return context


def enrol_from_course_page(request, course):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    profile = profile_of(request.user)
    if profile is None:
        messages.error(request, _("Your account has no employee profile."))
        return HttpResponseRedirect(course.url)
    try:
        enrol_self(employee=profile, course=course)
    except EnrolmentRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("You are enrolled. Start with the first lesson."))
    return HttpResponseRedirect(course.url)


@login_required
@require_POST
def mark_lesson_done(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = lesson.get_parent().specific
    enrolment = current_enrolment(request.user, course)
    if enrolment is None:
        raise Http404
    if lesson.completion != LessonPage.Completion.MANUAL:
        # Completed by its activities (H5P, quizzes) only; a bare POST changes nothing.
        messages.error(request, _("This lesson is completed by doing its activities."))
        return HttpResponseRedirect(lesson.url)
    enrolment = complete_lesson(enrolment=enrolment, lesson=lesson)
    if enrolment.status == Enrolment.Status.PASSED:
        messages.success(request, _("Well done: you have passed this course."))
    else:
        messages.success(request, _("Lesson marked as done."))
    next_url = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        next_url = course.url
    return HttpResponseRedirect(next_url)
