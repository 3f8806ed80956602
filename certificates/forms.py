from datetime import datetime, time

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import CoursePage
from people.models import EmployeeProfile

from .models import CertificateTemplateCourse


class CertificateTemplateForm(WagtailAdminModelForm):
    """Checks what the database would refuse, with a message naming the course."""

    def is_valid(self):
        valid = super().is_valid()  # validates the inline formsets too
        links = self.formsets.get("course_links")
        if valid and links is not None:
            valid = self.check_courses(links)
        return valid

    def check_courses(self, links):
        """A course (any language copy) may name one template only."""
        seen, ok = set(), True
        for form in links.forms:
            course = form.cleaned_data.get("course")
            if not course or form.cleaned_data.get("DELETE"):
                continue
            key = course.translation_key
            if key in seen or self.used_elsewhere(key):
                form.add_error(
                    "course",
                    _("“%(course)s” already uses another certificate template.")
                    % {"course": course.title},
                )
                ok = False
            seen.add(key)
        return ok

    def used_elsewhere(self, key):
        others = CertificateTemplateCourse.objects.filter(course__translation_key=key)
        if self.instance.pk:
            others = others.exclude(template=self.instance)
        return others.exists()


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_(
            "Kept in the audit log for HR; the public verification page shows only "
            "that the certificate was revoked, and when."
        ),
    )


class ManualIssueForm(forms.Form):
    employee_number = forms.CharField(label=_("Employee number"), max_length=32)
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none()
    )
    completed_on = forms.DateField(
        label=_("Completed on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The certificate is dated on this day."),
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("E.g. the training took place elsewhere; name the evidence seen."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["course"].queryset = (
            CoursePage.objects.live().logical().order_by("title")
        )
        self.initial.setdefault("completed_on", timezone.localdate())

    def clean_employee_number(self):
        number = self.cleaned_data["employee_number"].strip()
        employee = (
            EmployeeProfile.objects.visible_to(self.user)
            .active()
            .filter(employee_number__iexact=number)
            .first()
        )
        if employee is None:
            raise forms.ValidationError(
                _("No active employee numbered %(number)s among the people you see.")
                % {"number": number}
            )
        self.employee = employee
        return number

    def clean_completed_on(self):
        day = self.cleaned_data["completed_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The day cannot be in the future."))
        return day

    def issued_at(self):
        """Noon, local time, of the day completed (today: now)."""
        day = self.cleaned_data["completed_on"]
        if day == timezone.localdate():
            return timezone.now()
        return timezone.make_aware(datetime.combine(day, time(12)))
