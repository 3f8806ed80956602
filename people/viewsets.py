from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .exports import ExportIndexView
from .forms import EmployeeProfileForm, OrgUnitForm, PositionForm
from .models import EmployeeProfile, OrgUnit, Position


class ScopedIndexMixin:
    """The listing shows only the rows the scoping helper allows."""

    select_related = ()

    def get_base_queryset(self):
        queryset = self.model.objects.visible_to(self.request.user)
        return queryset.select_related(*self.select_related)


class ScopedObjectMixin:
    """An employee outside the user's scope is not found (404), as if absent."""

    def get_base_object_queryset(self):
        return self.model.objects.visible_to(self.request.user)

    def get_object(self, queryset=None):
        if getattr(self, "object", None):
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return get_object_or_404(self.get_base_object_queryset(), pk=pk)


class InspectView(generic.InspectView):
    """An empty value reads as a dash, not as Python's "None"."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "—" if value is None or value == "" else value


def scoped(view_class):
    """``view_class`` limited to what the model's ``visible_to(user)`` returns."""
    return type(f"Scoped{view_class.__name__}", (ScopedObjectMixin, view_class), {})


def listing_index(*select_related):
    """An index view (with exports) that loads the listed relations in one query."""

    def get_base_queryset(self):
        return super(view, self).get_base_queryset().select_related(*select_related)

    view = type(
        "ListingIndexView", (ExportIndexView,), {"get_base_queryset": get_base_queryset}
    )
    return view


def scoped_index(*select_related):
    return type(
        "ScopedIndexView",
        (ScopedIndexMixin, ExportIndexView),
        {"select_related": select_related},
    )


class ScopedModelViewSet(ModelViewSet):
    """A viewset whose every view (listing, inspect, edit, delete, history, usage)
    sees only what ``model.objects.visible_to(user)`` returns: 404 outside it."""

    scope_select_related = ()
    edit_view_class = scoped(generic.EditView)
    inspect_view_class = scoped(InspectView)
    delete_view_class = scoped(generic.DeleteView)
    history_view_class = scoped(history.HistoryView)
    usage_view_class = scoped(usage.UsageView)

    @property
    def index_view_class(self):
        return scoped_index(*self.scope_select_related)


class OrgUnitViewSet(ModelViewSet):
    model = OrgUnit
    index_view_class = ExportIndexView
    icon = "site"
    form_fields = ["parent", "code", "name", "name_ru", "name_en", "kind"]
    # The tree, indented; each name opens the unit (edit, or inspect to read only).
    list_display = ["indented_name", "code", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "name_ru", "name_en", "code"]
    search_backend_name = None
    list_export = ["code", "name", "name_ru", "name_en", "kind", "depth"]
    ordering = ["path"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = InspectView

    def get_form_class(self, for_update=False):
        return OrgUnitForm


class PositionViewSet(ModelViewSet):
    model = Position
    index_view_class = ExportIndexView
    icon = "user"
    form_fields = ["code", "name", "name_ru", "name_en", "description"]
    list_display = ["name", "code"]
    search_fields = ["name", "name_ru", "name_en", "code"]
    search_backend_name = None
    list_export = ["code", "name", "name_ru", "name_en"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return PositionForm


class EmployeeProfileViewSet(ScopedModelViewSet):
    model = EmployeeProfile
    icon = "group"
    scope_select_related = ("org_unit", "position", "user")
    form_fields = [
        "user",
        "employee_number",
        "full_name",
        "org_unit",
        "position",
        "preferred_language",
        "is_active",
        "managed_units",
    ]
    list_display = ["full_name", "employee_number", "org_unit", "position", "is_active"]
    list_filter = ["org_unit", "position", "is_active", "preferred_language"]
    search_fields = ["full_name", "employee_number", "user__username", "user__email"]
    search_backend_name = None
    list_export = [
        "employee_number",
        "full_name",
        "org_unit",
        "position",
        "preferred_language",
        "is_active",
    ]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return EmployeeProfileForm


class OrganisationGroup(ModelViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "site"
    menu_order = 210
    items = (
        EmployeeProfileViewSet("employees"),
        OrgUnitViewSet("org_units"),
        PositionViewSet("positions"),
    )
