"""Admin screens for the reference lists of citizen feedback: services, categories
(with their competencies and targets) and the monitors with their tokens."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_denied
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from people.exports import ExportIndexView

from .models import FeedbackCategory, Monitor, Service
from .monitors import revoke


class ServiceViewSet(ModelViewSet):
    model = Service
    index_view_class = ExportIndexView
    icon = "list-ul"
    add_to_admin_menu = False
    form_fields = ["code", "name", "name_ru", "name_en", "is_active"]
    list_display = ["name", "code", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "name_ru", "name_en", "code"]
    search_backend_name = None
    list_export = ["code", "name", "name_ru", "name_en", "is_active"]
    copy_view_enabled = False


class CategoryViewSet(ModelViewSet):
    model = FeedbackCategory
    index_view_class = ExportIndexView
    icon = "tag"
    add_to_admin_menu = False
    form_fields = [
        "code", "name", "name_ru", "name_en", "sort_order", "competencies",
        "target_average", "max_low_share",
    ]  # fmt: skip
    list_display = ["name", "code", "target_average", "max_low_share"]
    search_fields = ["name", "name_ru", "name_en", "code"]
    search_backend_name = None
    list_export = ["code", "name", "target_average", "max_low_share"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        form_class.base_fields["competencies"].widget = forms.CheckboxSelectMultiple()
        return form_class


def token_page(request, monitor, token):
    """The one time a token is shown: the monitor's installer copies it now."""
    response = render(
        request, "feedback/admin/token.html", {"monitor": monitor, "token": token}
    )
    response["Cache-Control"] = "private, no-store"
    return response


class MonitorCreateView(generic.CreateView):
    """Saved (and logged) as usual, then its token is shown instead of a redirect."""

    def save_instance(self):
        self.token = self.form.instance.set_new_token()
        return super().save_instance()

    def save_action(self):
        return token_page(self.request, self.object, self.token)


class MonitorViewSet(ModelViewSet):
    model = Monitor
    index_view_class = ExportIndexView
    add_view_class = MonitorCreateView
    icon = "desktop"
    add_to_admin_menu = False
    form_fields = ["org_unit", "name"]
    list_display = ["name", "org_unit", "token_hint", "last_seen_at", "revoked_at"]
    list_filter = ["org_unit"]
    search_fields = ["name"]
    search_backend_name = None
    list_export = ["name", "org_unit", "token_hint", "last_seen_at", "revoked_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_template_name = "feedback/admin/monitor_inspect.html"


def can_manage_monitors(user):
    return user.has_perm("feedback.change_monitor")


@require_POST
def new_token_view(request, pk):
    if not can_manage_monitors(request.user):
        return permission_denied(request)
    monitor = get_object_or_404(Monitor, pk=pk)
    token = monitor.set_new_token()
    monitor.revoked_at = None
    monitor.save(update_fields=["token_hash", "token_hint", "revoked_at"])
    return token_page(request, monitor, token)


@require_POST
def revoke_view(request, pk):
    if not can_manage_monitors(request.user):
        return permission_denied(request)
    monitor = get_object_or_404(Monitor, pk=pk)
    revoke(monitor)
    messages.success(request, _("The monitor's token no longer works."))
    return redirect("feedback_monitors:inspect", monitor.pk)


SERVICES = ServiceViewSet("feedback_services", menu_label=gettext_lazy("Services"))
CATEGORIES = CategoryViewSet(
    "feedback_categories", menu_label=gettext_lazy("Categories and competencies")
)
MONITORS = MonitorViewSet("feedback_monitors", menu_label=gettext_lazy("Monitors"))
