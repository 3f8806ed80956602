"""Filters of the certificate list, shared by the listing, its export and ZIP downloads."""

from types import SimpleNamespace

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from courses.models import CoursePage
from people.models import OrgUnit

from .models import Certificate

Status = Certificate.Status
EXPIRING_CHOICES = [
    ("7", _("7 days")),
    ("30", _("30 days")),
    ("60", _("60 days")),
    ("90", _("90 days")),
]
SEARCH_FIELDS = ["employee__full_name", "employee__employee_number", "code"]


def courses(request):
    return CoursePage.objects.live().logical().order_by("title")


def units(request):
    return OrgUnit.objects.visible_to(request.user)


class CertificateFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=_("Course"),
        queryset=courses,
        method="filter_course",
        empty_label=_("All courses"),
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit (with the units below)"),
        queryset=units,
        method="filter_unit",
        empty_label=_("All units"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        method="filter_status",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    expiring_within = django_filters.ChoiceFilter(
        label=_("Valid, expiring within"),
        choices=EXPIRING_CHOICES,
        method="filter_expiring",
        empty_label=_("Any time"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Certificate
        fields = ["course", "unit", "status", "expiring_within"]

    def filter_course(self, queryset, name, value):
        return queryset.filter(course_key=value.translation_key)

    def filter_unit(self, queryset, name, value):
        return queryset.filter(employee__org_unit__path__startswith=value.path)

    def filter_status(self, queryset, name, value):
        now = timezone.now()
        past_expiry = Q(status=Status.ISSUED, expires_at__lte=now)
        if value == Status.ISSUED:
            return queryset.filter(status=Status.ISSUED).exclude(past_expiry)
        if value == Status.EXPIRED:
            return queryset.filter(Q(status=Status.EXPIRED) | past_expiry)
        return queryset.filter(status=value)

    def filter_expiring(self, queryset, name, value):
        return queryset.expiring_within(int(value))


def search(queryset, text):
    query = Q()
    for field in SEARCH_FIELDS:
        query |= Q(**{f"{field}__icontains": text})
    return queryset.filter(query)


def filtered(user, params):
    """What the certificate list shows ``user`` for these query parameters."""
    queryset = Certificate.objects.visible_to(user)
    filters = CertificateFilterSet(
        params, queryset=queryset, request=SimpleNamespace(user=user)
    )
    found = filters.qs if filters.is_valid() else queryset.none()
    text = (params.get("q") or "").strip()
    return search(found, text) if text else found
