from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


class QuestionForm(WagtailAdminModelForm):
    """Checks that a question can be answered right before it is saved."""

    def clean(self):
        data = super().clean()
        options = self.live_options()
        problem = option_problem(data.get("type"), options, data)
        if problem:
            raise forms.ValidationError(problem)
        return data

    def live_options(self):
        """The options as they will be saved. The inline formset is validated here
        first: the form's own clean() runs before the formsets are (ClusterForm
        validates them after), so their cleaned_data does not exist yet."""
        formset = self.formsets.get("options")
        if formset is None:
            return []
        formset.is_valid()  # cleans every option form once; errors stay on them
        return [
            form.cleaned_data
            for form in formset.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("text")
        ]


def option_problem(kind, options, data):
    """What is wrong with a question of type ``kind`` and these options, or None."""
    right = [o for o in options if o.get("is_correct")]
    if kind == "single" and (len(options) < 2 or len(right) != 1):
        return _(
            "A single-choice question needs two or more options, one of them right."
        )
    if kind == "multiple" and (len(options) < 2 or not right):
        return _(
            "A multiple-choice question needs two or more options, at least one right."
        )
    if kind == "short" and not options:
        return _("Add every accepted answer as an option.")
    if kind == "numeric" and data.get("numeric_answer") is None:
        return _("A numeric question needs its answer.")
    if kind == "matching" and (
        len(options) < 2 or any(not o.get("match_text") for o in options)
    ):
        return _("A matching question needs two or more items, each with its match.")
    if kind == "ordering" and len(options) < 2:
        return _("An ordering question needs two or more items.")
    return None
