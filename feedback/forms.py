from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from people.models import OrgUnit
from skills.models import Competency

from .models import FeedbackCategory
from .periods import Period

MAX_UPLOAD = 20 * 1024 * 1024


class FeedbackImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8 (with or without BOM), separated by ',' or ';'. Columns: unit, "
            "service, rating, rated_at, categories (codes separated by '|'); "
            "optional: scale, desk, employee_number, comment, event_id."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload


class ReportFilterForm(forms.Form):
    """The quarter, and optionally one unit of the user's scope."""

    period = forms.ChoiceField(label=_("Quarter"), required=False)
    unit = forms.ModelChoiceField(
        label=_("Unit"), queryset=None, required=False, empty_label=_("All units")
    )

    def __init__(self, *args, user, quarters, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = [(q.key, q.label) for q in quarters]
        self.fields["unit"].queryset = OrgUnit.objects.visible_to(user)
        self.fields["unit"].label_from_instance = lambda unit: unit.path_label


class NeedAssignForm(forms.Form):
    unit = forms.ModelChoiceField(queryset=None)
    category = forms.ModelChoiceField(queryset=FeedbackCategory.objects.all())
    period = forms.CharField()
    competency = forms.ModelChoiceField(queryset=Competency.objects.all())
    course = forms.ModelChoiceField(queryset=CoursePage.objects.live())
    due_date = forms.DateField(label=_("Due date"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = OrgUnit.objects.visible_to(user)

    def clean_period(self):
        period = Period.parse(self.cleaned_data["period"])
        if period is None:
            raise forms.ValidationError(_("Choose a quarter."))
        return period

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise forms.ValidationError(_("The due date has passed."))
        return due

    def clean(self):
        data = super().clean()
        category, competency = data.get("category"), data.get("competency")
        if category and competency and competency not in category.competencies.all():
            raise forms.ValidationError(
                _("That competency does not serve this category.")
            )
        return data
