import re
from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from people.models import EmployeeProfile, OrgUnit, Position

from .models import CoursePage


class UnitTreeCheckboxes(forms.CheckboxSelectMultiple):
    """Units as a tree of checkboxes, each indented under its parent from the top of
    what the user may see; a screen reader hears the whole path ("Bakı 1 › Ön ofis")."""

    top_depth = 1

    def create_option(self, name, value, label, selected, index, **kwargs):
        option = super().create_option(name, value, label, selected, index, **kwargs)
        unit = getattr(value, "instance", None)
        if unit is not None:
            option["label"] = "\u2003" * (unit.depth - self.top_depth) + str(
                unit.display_name
            )
            option["attrs"]["aria-label"] = unit.path_label
        return option


class AssignForm(forms.Form):
    """Assign a course to units (with the units below), positions and/or people."""

    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none()
    )
    org_units = forms.ModelMultipleChoiceField(
        label=_("Units (with every unit below them)"),
        queryset=OrgUnit.objects.none(),
        required=False,
        widget=UnitTreeCheckboxes,
    )
    positions = forms.ModelMultipleChoiceField(
        label=_("Positions"),
        queryset=Position.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("With units: only these positions in those units."),
    )
    employee_numbers = forms.CharField(
        label=_("Employee numbers"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Individual employees, separated by spaces, commas or lines."),
    )
    due_date = forms.DateField(
        label=_("Due date"), required=False, widget=AdminDateInput
    )
    keep_assigning = forms.BooleanField(
        label=_("Also enrol people who join these units or positions later"),
        required=False,
    )
    due_in_days = forms.IntegerField(
        label=_("Days they get to finish"),
        required=False,
        min_value=1,
        max_value=365,
        initial=30,
        help_text=_("For people enrolled later by the rule."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["course"].queryset = (
            CoursePage.objects.live().logical().order_by("title")
        )
        units = OrgUnit.objects.visible_to(user)
        self.fields["org_units"].queryset = units
        self.fields["org_units"].widget.top_depth = min(
            (unit.depth for unit in units), default=1
        )

    def clean_employee_numbers(self):
        numbers = [
            n for n in re.split(r"[\s,;]+", self.cleaned_data["employee_numbers"]) if n
        ]
        visible = EmployeeProfile.objects.visible_to(self.user).filter(
            employee_number__in=numbers
        )
        found = set(visible.values_list("employee_number", flat=True))
        unknown = [n for n in numbers if n not in found]
        if unknown:
            raise forms.ValidationError(
                _("No employee you may assign has these numbers: %s")
                % ", ".join(unknown)
            )
        return numbers

    def clean(self):
        data = super().clean()
        units, positions = data.get("org_units"), data.get("positions")
        if not (units or positions or data.get("employee_numbers")):
            raise forms.ValidationError(
                _("Choose at least one unit, position or employee.")
            )
        if data.get("keep_assigning") and not self.user.has_perm(
            "courses.add_assignmentrule"
        ):
            self.add_error(
                "keep_assigning", _("You may not create standing assignment rules.")
            )
        elif data.get("keep_assigning") and not (units or positions):
            self.add_error(
                "keep_assigning", _("A standing rule needs a unit or a position.")
            )
        return data

    def employees(self):
        data = self.cleaned_data
        people = EmployeeProfile.objects.none()
        if data["org_units"] or data["positions"]:
            group = EmployeeProfile.objects.all()
            if data["org_units"]:
                group = group.filter(unit_subtrees_q(data["org_units"]))
            if data["positions"]:
                group = group.filter(position__in=data["positions"])
            people = people | group
        if data["employee_numbers"]:
            people = people | EmployeeProfile.objects.filter(
                employee_number__in=data["employee_numbers"]
            )
        return people


def unit_subtrees_q(units):
    from people.models import subtree_q

    return subtree_q([unit.path for unit in units], "org_unit__path")


class GapAssignForm(forms.Form):
    """Employees, or a unit's people who lack a competency, with a due date."""

    employee = forms.ModelMultipleChoiceField(
        queryset=EmployeeProfile.objects.none(), required=False
    )
    org_unit = forms.ModelChoiceField(queryset=OrgUnit.objects.none(), required=False)
    competency = forms.IntegerField(required=False)
    due_date = forms.DateField(label=_("Due date"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employee"].queryset = EmployeeProfile.objects.visible_to(user)
        self.fields["org_unit"].queryset = OrgUnit.objects.visible_to(user)

    def clean(self):
        data = super().clean()
        if not data.get("employee") and not (
            data.get("org_unit") and data.get("competency")
        ):
            raise forms.ValidationError(
                _("Say whom to assign: employees or a unit's gap.")
            )
        if not data.get("due_date"):
            data["due_date"] = timezone.localdate() + timedelta(days=30)
        return data

    def employees(self):
        from .gaps import people_with_gap

        data = self.cleaned_data
        if data.get("employee"):
            return EmployeeProfile.objects.filter(
                pk__in=[p.pk for p in data["employee"]]
            )
        return people_with_gap(data["org_unit"], data["competency"])
