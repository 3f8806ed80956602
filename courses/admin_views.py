from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .forms import AssignForm, GapAssignForm
from .models import AssignmentRule, CoursePage, Enrolment
from .services import already_enrolled, assign, withdraw


def assign_view(request):
    """Trainers, HR and managers (within their scope) assign a course in one step."""
    if not request.user.has_perm("courses.assign_courses"):
        raise PermissionDenied
    form = AssignForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        course = form.cleaned_data["course"]
        already = already_enrolled(
            course=course, employees=form.employees(), assigned_by=request.user
        )
        created = save_assignment(form, request.user)
        report_assignment(request, course, created, already)
        return HttpResponseRedirect(reverse("courses_assign"))
    return render(request, "courses/admin/assign.html", {"form": form})


def report_assignment(request, course, created, already):
    """Say how many were enrolled now and how many already were (they keep theirs)."""
    parts = []
    if created:
        parts.append(
            ngettext(
                "%(count)d employee enrolled in “%(course)s”.",
                "%(count)d employees enrolled in “%(course)s”.",
                created,
            )
            % {"count": created, "course": course.title}
        )
    if already:
        parts.append(
            ngettext(
                "%(count)d was already enrolled in “%(course)s” and keeps the "
                "enrolment and its progress.",
                "%(count)d were already enrolled in “%(course)s” and keep their "
                "enrolments and progress.",
                already,
            )
            % {"count": already, "course": course.title}
        )
    if parts:
        messages.success(request, " ".join(parts))
    else:
        messages.warning(
            request,
            _("Nobody was enrolled: no active employee you may assign was chosen."),
        )


@transaction.atomic
def save_assignment(form, user):
    data = form.cleaned_data
    course = data["course"].canonical
    created = assign(
        course=course,
        employees=form.employees(),
        due_date=data["due_date"],
        assigned_by=user,
    )
    if data["keep_assigning"]:
        for unit in data["org_units"] or [None]:
            for position in data["positions"] or [None]:
                AssignmentRule.objects.create(
                    course=course,
                    org_unit=unit,
                    position=position,
                    due_in_days=data["due_in_days"] or 30,
                    created_by=user,
                )
    return created


@require_POST
def gap_assign_view(request, course_id):
    """The "Assign" button of the skills gap reports: one step, with a due date."""
    if not request.user.has_perm("courses.assign_courses"):
        raise PermissionDenied
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    form = GapAssignForm(request.POST, user=request.user)
    back = safe_back_url(request)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for e in form.errors.values()))
        return HttpResponseRedirect(back)
    employees = form.employees()
    already = already_enrolled(
        course=course, employees=employees, assigned_by=request.user
    )
    created = assign(
        course=course,
        employees=employees,
        due_date=form.cleaned_data["due_date"],
        assigned_by=request.user,
    )
    report_assignment(request, course, created, already)
    return HttpResponseRedirect(back)


def safe_back_url(request):
    referer = request.META.get("HTTP_REFERER", "")
    if url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}):
        return referer
    return reverse("courses_assign")


@require_POST
def withdraw_view(request, pk):
    if not request.user.has_perm("courses.assign_courses"):
        raise PermissionDenied
    enrolment = get_object_or_404(Enrolment.objects.visible_to(request.user), pk=pk)
    withdraw(enrolment=enrolment, by=request.user)
    messages.success(request, _("The enrolment was withdrawn; its history is kept."))
    return HttpResponseRedirect(reverse("enrolments:index"))
