"""Filters of the skills reports: unit (with descendants), position, area, name, sort.

The matrix validates against reference lists it has already loaded, so filtering costs
no queries of its own; the list reports use a Wagtail filter set. A wrong value is
reported and left out, never an error page.
"""

from dataclasses import dataclass

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from people.models import EmployeeProfile, OrgUnit, Position

from .models import CompetencyArea

SORTS = [
    ("name", _("Name, A to Z")),
    ("-name", _("Name, Z to A")),
    ("unit", _("Unit")),
    ("-coverage", _("Coverage, highest first")),
    ("coverage", _("Coverage, lowest first")),
]
PAGE_SIZES = [25, 50, 100]
DEFAULT_PAGE_SIZE = 50
SAVED_KEYS = ("unit", "position", "area", "q", "sort")


@dataclass(frozen=True)
class MatrixFilters:
    unit: OrgUnit | None = None
    position: Position | None = None
    area: CompetencyArea | None = None
    query: str = ""
    sort: str = "name"
    page: int = 1
    per_page: int = DEFAULT_PAGE_SIZE


def optional_id(label):
    return forms.TypedChoiceField(
        label=label, required=False, coerce=int, empty_value=None
    )


class MatrixFilterForm(forms.Form):
    unit = optional_id(_("Unit"))
    position = optional_id(_("Position"))
    area = optional_id(_("Competency area"))
    q = forms.CharField(label=_("Name or number"), required=False, max_length=100)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)
    per_page = forms.TypedChoiceField(
        label=_("Rows per page"),
        required=False,
        coerce=int,
        empty_value=DEFAULT_PAGE_SIZE,
        choices=[(size, str(size)) for size in PAGE_SIZES],
    )
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1)

    def __init__(self, data, *, lists):
        super().__init__(with_defaults(data))
        self.lists = lists
        self.fields["unit"].choices = blank(_("All units")) + [
            (u.pk, u.path_label) for u in lists.units
        ]
        self.fields["position"].choices = blank(_("All positions")) + [
            (p.pk, p.display_name) for p in lists.positions
        ]
        self.fields["area"].choices = blank(_("All areas")) + [
            (a.pk, a.display_name) for a in lists.areas
        ]

    def filters(self):
        """What is valid of the input; wrong values are left out (see ``problems``)."""
        self.is_valid()
        data = self.cleaned_data
        return MatrixFilters(
            unit=by_pk(self.lists.units, data.get("unit")),
            position=by_pk(self.lists.positions, data.get("position")),
            area=by_pk(self.lists.areas, data.get("area")),
            query=data.get("q") or "",
            sort=data.get("sort") or "name",
            page=data.get("page") or 1,
            per_page=data.get("per_page") or DEFAULT_PAGE_SIZE,
        )

    def problems(self):
        """One sentence per wrong value, naming the filter."""
        return [
            _("%(filter)s: %(problem)s The filter was ignored.")
            % {"filter": self.fields[name].label, "problem": " ".join(errors)}
            for name, errors in self.errors.items()
        ]


def with_defaults(data):
    """The data, with the defaults shown as chosen where nothing was asked for."""
    values = data.dict() if hasattr(data, "dict") else dict(data)
    return {"sort": "name", "per_page": str(DEFAULT_PAGE_SIZE)} | values


def blank(label):
    return [("", label)]


def by_pk(objects, pk):
    return next((o for o in objects if o.pk == pk), None)


def saved_filters(data):
    """The part of a query string worth keeping with an export."""
    return {key: str(data.get(key, ""))[:100] for key in SAVED_KEYS}


# The list reports ---------------------------------------------------------------------


def visible_units(request):
    return OrgUnit.objects.visible_to(request.user)


class UnitChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.path_label


class UnitChoiceFilter(django_filters.ModelChoiceFilter):
    """Units named with their place in the tree, as the matrix shows them."""

    field_class = UnitChoiceField


class SkillsFilterSet(WagtailFilterSet):
    unit = UnitChoiceFilter(
        label=_("Unit"),
        queryset=visible_units,
        method="filter_unit",
        empty_label=_("All units"),
    )
    position = django_filters.ModelChoiceFilter(
        label=_("Position"),
        queryset=Position.objects.order_by("name"),
        empty_label=_("All positions"),
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Competency area"),
        queryset=CompetencyArea.objects.all(),
        method="filter_area",
        empty_label=_("All areas"),
    )

    class Meta:
        model = EmployeeProfile
        fields = ["unit", "position", "area"]

    def filter_unit(self, queryset, name, value):
        return queryset.filter(org_unit__path__startswith=value.path)

    def filter_area(self, queryset, name, value):
        """The area narrows the competencies a report counts, not the people."""
        return queryset

    def chosen(self, name):
        if self.is_valid():
            return self.form.cleaned_data.get(name)
        return None

    def problems(self):
        return [
            _("%(filter)s: %(problem)s The filters were not applied.")
            % {"filter": self.form.fields[name].label, "problem": " ".join(errors)}
            for name, errors in self.form.errors.items()
        ]
