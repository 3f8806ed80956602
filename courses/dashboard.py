"""Panels of the admin home: what a trainer has to finish and review, and the people a
manager or HR must chase. Each list is scoped by ``EmployeeProfile.visible_to``."""

from datetime import timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from people.models import answers_for_people

from .models import CourseIndexPage, CoursePage, Enrolment

LIMIT = 8
REVIEW_AFTER = timedelta(days=365)


def course_pages():
    """Every page inside a course catalogue (courses, lessons, quizzes), any language."""
    inside = Q(pk__in=[])
    for path, depth in CourseIndexPage.objects.values_list("path", "depth"):
        inside |= Q(path__startswith=path, depth__gt=depth)
    return Page.objects.filter(inside, alias_of__isnull=True)


def editable_course_pages(user):
    policy = PagePermissionPolicy()
    editable = policy.instances_user_has_any_permission_for(user, {"change"})
    return course_pages().filter(pk__in=editable.values("pk"))


def authors_courses(user):
    return PagePermissionPolicy().user_has_any_permission(user, {"change", "publish"})


class CourseDraftsPanel(Component):
    """Course pages with changes not yet published, and courses to review: waiting in
    moderation, or not published again for a year."""

    name = "lms_course_drafts"
    template_name = "courses/admin/dashboard_authoring.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        pages = editable_course_pages(self.user)
        drafts = (
            pages.filter(has_unpublished_changes=True)
            .select_related("latest_revision__user", "locale")
            .order_by("-latest_revision_created_at")[:LIMIT]
        )
        in_moderation = pages.filter(
            _workflow_states__status=WorkflowState.STATUS_IN_PROGRESS
        )
        stale = pages.type(CoursePage).filter(
            live=True, last_published_at__lt=timezone.now() - REVIEW_AFTER
        )
        review = (
            (in_moderation | stale)
            .distinct()
            .select_related("locale")
            .order_by("last_published_at")[:LIMIT]
        )
        moderated = set(in_moderation.values_list("pk", flat=True))
        return {
            "drafts": list(drafts),
            "review": [(page, page.pk in moderated) for page in review],
        }


class OverduePanel(Component):
    """People whose assigned courses are past their due date, oldest first."""

    name = "lms_overdue"
    template_name = "courses/admin/dashboard_overdue.html"
    order = 60

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        overdue = (
            Enrolment.objects.visible_to(self.user)
            .overdue(today)
            .filter(employee__is_active=True)
        )
        rows = overdue.select_related("employee__org_unit", "course").order_by(
            "due_date", "employee__full_name"
        )[:LIMIT]
        return {
            "rows": [(row, (today - row.due_date).days) for row in rows],
            "count": overdue.count(),
            "people": overdue.values("employee").distinct().count(),
            "list_url": reverse("enrolments:index")
            + f"?is_current=true&due_date__lt={today.isoformat()}",
        }


def add_panels(request, panels):
    user = request.user
    if authors_courses(user):
        panels.append(CourseDraftsPanel(user))
    if answers_for_people(user) and user.has_perm("courses.view_enrolment"):
        panels.append(OverduePanel(user))
