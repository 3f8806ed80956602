from django import forms
from django.utils.translation import gettext_lazy as _

from .models import OrgUnit


class OrgUnitForm(forms.ModelForm):
    """Edits a unit and its place in the tree (treebeard needs add_child/move)."""

    parent = forms.ModelChoiceField(
        queryset=OrgUnit.objects.all(),
        required=False,
        label=_("Parent unit"),
        help_text=_("Leave empty only for the agency itself, the top of the tree."),
    )

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
