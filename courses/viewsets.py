import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from people.models import OrgUnit
from people.viewsets import ScopedModelViewSet

from .models import AssignmentRule, CoursePage, Enrolment


def logical_courses(request=None):
    """Each course once: not its language copies, not the aliases publishing makes."""
    return CoursePage.objects.logical().order_by("title")


class CourseFilter(django_filters.ModelChoiceFilter):
    def __init__(self, **kwargs):
        super().__init__(label=_("Course"), queryset=logical_courses, **kwargs)


def visible_units(request):
    return OrgUnit.objects.visible_to(request.user)


class EnrolmentFilterSet(WagtailFilterSet):
    course = CourseFilter()
    employee__org_unit = django_filters.ModelChoiceFilter(
        label=_("Unit"), queryset=visible_units, field_name="employee__org_unit"
    )

    class Meta:
        model = Enrolment
        fields = {
            "course": ["exact"],
            "status": ["exact"],
            "is_current": ["exact"],
            "due_date": ["lt", "gte"],
            "employee__org_unit": ["exact"],
            "employee__position": ["exact"],
        }


class AssignmentRuleFilterSet(WagtailFilterSet):
    course = CourseFilter()

    class Meta:
        model = AssignmentRule
        fields = ["is_active", "course"]


class AssignmentRuleForm(WagtailAdminModelForm):
    class Meta:
        model = AssignmentRule
        fields = ["course", "org_unit", "position", "due_in_days", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = logical_courses().live()


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
    filterset_class = EnrolmentFilterSet
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
    list_display = ["course", "org_unit", "position", "due_in_days", "is_active"]
    filterset_class = AssignmentRuleFilterSet
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return AssignmentRuleForm


class LearningGroup(ModelViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "doc-full-inverse"
    menu_order = 205
    items = (EnrolmentViewSet("enrolments"), AssignmentRuleViewSet("assignment_rules"))
