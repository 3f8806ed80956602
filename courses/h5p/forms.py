import posixpath

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .services import import_package, may_install_libraries
from .validation import inspect_package


class StoredPackageWidget(forms.Widget):
    """The package already stored, by name: it has no public URL to link to (the
    player serves its files), and it cannot be replaced."""

    def render(self, name, value, attrs=None, renderer=None):
        stored = posixpath.basename(getattr(value, "name", "") or "")
        return format_html(
            '<p class="help" id="{}">{}</p>', (attrs or {}).get("id", ""), stored
        )


class H5PPackageForm(WagtailAdminModelForm):
    """Upload: the package is checked in ``clean`` (every problem is shown on the
    file field) and imported in ``save``. A package cannot be replaced later."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inspection = None
        if "title" in self.fields:
            self.fields["title"].required = False
            self.fields["title"].help_text = _("Leave empty to use the package's own.")
        if self.instance.pk and "file" in self.fields:
            self.fields["file"].disabled = True
            self.fields["file"].widget = StoredPackageWidget()
            self.fields["file"].help_text = _(
                "A package cannot be replaced: upload the new version as a new package."
            )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if self.instance.pk or not upload:
            return cleaned
        if not upload.name.lower().endswith(".h5p"):  # as H5P core requires
            self.add_error("file", _("Choose a file with the .h5p extension."))
            return cleaned
        self.inspection = inspect_package(
            upload, may_install=may_install_libraries(self.for_user)
        )
        for problem in self.inspection.problems:
            self.add_error("file", problem)
        if not cleaned.get("title"):
            cleaned["title"] = (self.inspection.title or upload.name)[:255]
        return cleaned

    def save(self, commit=True):
        if self.instance.pk:
            return super().save(commit)
        self.instance = import_package(
            source=self.cleaned_data["file"],
            user=self.for_user,
            title=self.cleaned_data["title"],
            grading_method=self.cleaned_data.get("grading_method"),
            inspection=self.inspection,
        )
        return self.instance
