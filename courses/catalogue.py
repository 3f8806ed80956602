"""The course catalogue: each logical course once, in the reader's language if it
exists, with search and filters."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from skills.models import CompetencyArea

from .models import CoursePage
from .progress import localized_pages

DURATIONS = {
    "short": (0, 30),
    "medium": (31, 120),
    "long": (121, 100_000),
}


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    area = forms.ModelChoiceField(
        label=_("Competency area"),
        queryset=CompetencyArea.objects.all(),
        required=False,
        empty_label=_("All areas"),
    )
    language = forms.ChoiceField(
        label=_("Available in"),
        required=False,
        choices=[("", _("Any language"))] + list(settings.LANGUAGES),
    )
    duration = forms.ChoiceField(
        label=_("Duration"),
        required=False,
        choices=[
            ("", _("Any duration")),
            ("short", _("Up to 30 minutes")),
            ("medium", _("30 minutes to 2 hours")),
            ("long", _("More than 2 hours")),
        ],
    )


def catalogue_context(index, request):
    form = CatalogueFilterForm(request.GET or None)
    courses = CoursePage.objects.live().public()
    if form.is_valid():
        courses = filter_courses(courses, form.cleaned_data)
    keys = list(dict.fromkeys(courses.values_list("translation_key", flat=True)))
    pages = localized_pages(CoursePage, keys)
    listed = sorted(pages.values(), key=lambda page: page.title.casefold())
    return {"filter_form": form, "courses": listed, "result_count": len(listed)}


def filter_courses(courses, data):
    if data.get("area"):
        courses = courses.filter(competencies__competency__area=data["area"])
    if data.get("language"):
        # A real translation: the alias an untranslated course has there does not count.
        locale = Locale.objects.filter(language_code=data["language"]).first()
        courses = courses.filter(locale=locale, alias_of__isnull=True)
    if data.get("duration"):
        low, high = DURATIONS[data["duration"]]
        courses = courses.filter(duration_minutes__range=(low, high))
    if data.get("q"):
        found = CoursePage.objects.live().search(data["q"], operator="or")
        courses = courses.filter(pk__in=[page.pk for page in found])
    return courses.distinct()
