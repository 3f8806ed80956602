from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.blocks.base import BlockField, BlockWidget

from .html import hint_html, hint_text
from .qtypes import TYPES

MAX_HINTS = 5


class HintsWidget(BlockWidget):
    """A list of hints; a post without it (no count) means 'leave them as they are'."""

    def value_from_datadict(self, data, files, name):
        if self.value_omitted_from_data(data, files, name):
            return None
        return super().value_from_datadict(data, files, name)


class HintsField(BlockField):
    """The question's hints, in order, each a multi-line text (plain, or simple HTML
    kept to the same allow-list as imported Moodle HTML). Cleans to a list of the
    texts typed, blanks left out, or None when the post did not carry the list."""

    def __init__(self, max_num=MAX_HINTS, **kwargs):
        block = blocks.ListBlock(
            blocks.TextBlock(
                required=False,
                rows=2,
                label=pgettext_lazy("one hint in the question form", "Hint"),
            ),
            max_num=max_num,
            label=_("Hints"),
        )
        kwargs.setdefault("label", _("Hints"))
        kwargs.setdefault(
            "help_text",
            _(
                "Shown in the review beside an answer that earned less than full "
                "marks, when the quiz shows feedback. Plain text, or simple HTML "
                "(bold, italics, lists, links); anything else is removed on saving."
            ),
        )
        super().__init__(block=block, widget=HintsWidget(block), **kwargs)

    def clean(self, value):
        if value is None:
            return None
        return [text for text in super().clean(value) if text and text.strip()]

    def has_changed(self, initial, data):
        return data is not None and super().has_changed(initial or [], data)


class QuestionForm(WagtailAdminModelForm):
    """Checks that a question can be answered right before it is saved."""

    hint_texts = HintsField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "hint_texts" in self.fields:
            stored = self.instance.hints or []
            # Never fewer places than an imported question already has hints.
            self.fields["hint_texts"] = HintsField(
                max_num=max(MAX_HINTS, len(stored)), required=False
            )
            self.initial["hint_texts"] = [hint_text(hint) for hint in stored]

    def clean(self):
        data = super().clean()
        options = self.live_options()
        problem = option_problem(data.get("type"), options, data)
        if problem:
            raise forms.ValidationError(problem)
        return data

    def _post_clean(self):
        super()._post_clean()
        texts = self.cleaned_data.get("hint_texts")
        if texts is not None:
            self.instance.hints = kept_hints(self.instance.hints or [], texts)

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


def kept_hints(stored, texts):
    """The hints to store for ``texts`` as posted: a text that is a stored hint as
    shown for editing keeps that hint exactly as it was (imported HTML is never
    rewritten by a save that did not touch it); any other is sanitised."""
    originals = {same(hint_text(hint)): hint for hint in stored}
    hints = [originals.get(same(text)) or hint_html(same(text)) for text in texts]
    return [hint for hint in hints if hint.strip()]


def same(text):
    """A text as compared for 'unchanged' (browsers post line breaks as CRLF)."""
    return text.replace("\r\n", "\n").strip()


def option_problem(kind, options, data):
    """What is wrong with a question of type ``kind`` and these options, or None."""
    if kind not in TYPES:
        return None  # the type field reports an unknown type itself
    return TYPES[kind].problem(options, data)
