from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from people.viewsets import ScopedModelViewSet

from .models import AssignmentRule, Enrolment


class EnrolmentViewSet(ScopedModelViewSet):
    model = Enrolment
    icon = "list-ul"
    scope_select_related = ("employee", "employee__org_unit", "course")
    form_fields = ["due_date"]
    list_display = [
        "employee",
        "course",
        "status",
        "due_date",
        "enrolled_at",
        "passed_at",
    ]
    list_filter = {
        "course": ["exact"],
        "status": ["exact"],
        "is_current": ["exact"],
        "due_date": ["lt", "gte"],
        "employee__org_unit": ["exact"],
        "employee__position": ["exact"],
    }
    search_fields = [
        "employee__full_name",
        "employee__employee_number",
        "course__title",
    ]
    search_backend_name = None
    list_export = [
        "employee.employee_number",
        "employee.full_name",
        "employee.org_unit",
        "employee.position",
        "course.title",
        "get_status_display",
        "is_overdue",
        "due_date",
        "enrolled_at",
        "started_at",
        "completed_at",
        "passed_at",
        "score",
    ]
    export_headings = {
        "employee.employee_number": _("Employee number"),
        "employee.full_name": _("Employee"),
        "employee.org_unit": _("Unit"),
        "employee.position": _("Position"),
        "course.title": _("Course"),
        "get_status_display": _("Status"),
        "is_overdue": _("Overdue"),
    }
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False


class AssignmentRuleViewSet(ModelViewSet):
    model = AssignmentRule
    icon = "repeat"
    form_fields = ["course", "org_unit", "position", "due_in_days", "is_active"]
    list_display = ["course", "org_unit", "position", "due_in_days", "is_active"]
    list_filter = ["is_active", "course"]
    copy_view_enabled = False


class LearningGroup(ModelViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "doc-full-inverse"
    menu_order = 205
    items = (EnrolmentViewSet("enrolments"), AssignmentRuleViewSet("assignment_rules"))
