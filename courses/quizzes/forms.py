from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from .qtypes import TYPES


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
    if kind not in TYPES:
        return None  # the type field reports an unknown type itself
    return TYPES[kind].problem(options, data)
