"""Spreadsheet exports that open correctly in Excel for az/ru users and cannot smuggle
formulas into a reader's spreadsheet."""

from wagtail.admin.views import generic

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A text cell that Excel would run as a formula is kept as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class ExcelFriendlyExportMixin:
    """For views using Wagtail's SpreadsheetExportMixin: BOM-prefixed UTF-8 CSV."""

    def stream_csv(self, queryset):
        yield "\ufeff".encode()
        yield from super().stream_csv(queryset)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value)


class ExportIndexView(ExcelFriendlyExportMixin, generic.IndexView):
    pass
