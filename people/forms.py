from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .accounts import may_change_account
from .models import EmployeeProfile, OrgUnit, Position
from .text import clean_name


class CleanNamesMixin:
    """Names are one line of visible text: control characters and bidi overrides
    typed or pasted into them are removed (``people.text.clean_name``)."""

    name_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.name_fields:
            field = self.fields[name]
            # Cleaned before the field's own validators (which refuse NUL outright).
            field.to_python = _cleaning(field.to_python)


def _cleaning(to_python):
    def clean(value):
        value = to_python(value)
        return clean_name(value) if isinstance(value, str) else value

    return clean


class OrgUnitForm(CleanNamesMixin, forms.ModelForm):
    """Edits a unit and its place in the tree (treebeard needs add_child/move)."""

    parent = forms.ModelChoiceField(
        queryset=OrgUnit.objects.all(),
        required=False,
        label=_("Parent unit"),
        help_text=_("Leave empty only for the agency itself, the top of the tree."),
    )

    name_fields = ("name", "name_ru", "name_en")

    class Meta:
        model = OrgUnit
        fields = ["parent", "code", "name", "name_ru", "name_en", "kind"]

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["parent"] = self.instance.get_parent()

    def clean_parent(self):
        parent = self.cleaned_data["parent"]
        unit = self.instance
        if parent and unit.pk and (parent == unit or parent.is_descendant_of(unit)):
            raise forms.ValidationError(
                _("A unit cannot be placed inside itself or one of its own units.")
            )
        return parent

    def save(self, commit=True):
        unit = super().save(commit=False)
        parent = self.cleaned_data["parent"]
        if unit.pk is None:
            return (
                parent.add_child(instance=unit)
                if parent
                else OrgUnit.add_root(instance=unit)
            )
        unit.save()
        if parent != unit.get_parent(update=True):
            if parent:
                unit.move(parent, pos="sorted-child")
            else:
                unit.move(OrgUnit.get_first_root_node(), pos="sorted-sibling")
            unit.refresh_from_db()
        return unit


class PositionForm(CleanNamesMixin, forms.ModelForm):
    name_fields = ("name", "name_ru", "name_en")

    class Meta:
        model = Position
        fields = ["code", "name", "name_ru", "name_en", "description"]

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)


class EmployeeProfileForm(CleanNamesMixin, WagtailAdminModelForm):
    """HR's edit form for an employee. Deactivating someone ends their login (see
    ``people.signals``), so it may not touch an account holding rights the editor
    lacks, nor link a profile to such an account."""

    name_fields = ("full_name",)

    class Meta:
        model = EmployeeProfile
        fields = [
            "user",
            "employee_number",
            "full_name",
            "org_unit",
            "position",
            "preferred_language",
            "is_active",
            "managed_units",
        ]

    def clean(self):
        cleaned = super().clean()
        if self.for_user is None:
            return cleaned
        accounts = {self.instance.user} if self.instance.user_id else set()
        if cleaned.get("user"):
            accounts.add(cleaned["user"])
        touches_login = self.instance.pk is None or {"user", "is_active"} & set(
            self.changed_data
        )
        for account in accounts:
            if touches_login and not may_change_account(self.for_user, account):
                raise forms.ValidationError(
                    _(
                        "The account “%(username)s” holds rights you do not have: "
                        "only someone who holds them may link, activate or "
                        "deactivate it."
                    )
                    % {"username": account.get_username()}
                )
        return cleaned


class EmployeeImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8 (with or without BOM), separated by ',' or ';'. Columns: "
            "employee_number, full_name, org_unit, position; optional: email, "
            "username, language, active, org_unit_name, parent_org_unit, position_name."
        ),
    )
    create_missing = forms.BooleanField(
        label=_("Create missing units and positions named in the file"),
        required=False,
    )
    deactivate_missing = forms.BooleanField(
        label=_("Deactivate active employees who are not in the file"),
        required=False,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 10 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class PreferredLanguageForm(forms.ModelForm):
    """The employee's own choice of language for what is sent or printed for them."""

    class Meta:
        model = EmployeeProfile
        fields = ["preferred_language"]
