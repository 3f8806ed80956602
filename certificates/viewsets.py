from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, UpdatedAtColumn
from wagtail.admin.views.generic import history
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from people.choosers import PermissionCheckedChooserViewSet
from people.viewsets import InspectView, scoped, scoped_index

from . import admin_views
from .filters import SEARCH_FIELDS, CertificateFilterSet
from .forms import CertificateTemplateForm
from .models import Certificate, CertificateTemplate
from .permissions import ISSUE, REGENERATE, REVOKE, can

NAME = "certificate_admin"


def action_url(action, certificate):
    return reverse(f"{NAME}:{action}", args=[certificate.pk])


def certificate_actions(user, certificate):
    """(label, url name, icon, allowed) for each action on one certificate."""
    revocable = certificate.status != Certificate.Status.REVOKED
    return [
        (_("Download PDF"), "pdf", "download", bool(certificate.rendered_at)),
        (_("Revoke"), "revoke", "cross", revocable and can(user, REVOKE)),
        (_("Regenerate PDF"), "regenerate", "rotate", can(user, REGENERATE)),
    ]


class CertificateIndexView(scoped_index("employee", "employee__org_unit", "course")):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for priority, (label, action, icon, allowed) in enumerate(
            certificate_actions(self.request.user, instance), start=40
        ):
            if allowed:
                url = action_url(action, instance)
                buttons.append(MenuItem(label, url, icon_name=icon, priority=priority))
        return buttons

    @property
    def header_buttons(self):
        if not can(self.request.user, ISSUE):
            return []
        url = reverse(f"{NAME}:issue")
        return [HeaderButton(_("Issue by hand"), url=url, icon_name="plus")]

    @property
    def header_more_buttons(self):
        query = self.request.GET.copy()
        for key in ("p", "export", "ordering"):
            query.pop(key, None)
        zip_url = reverse(f"{NAME}:zip") + (f"?{query.urlencode()}" if query else "")
        return super().header_more_buttons + [
            Button(_("PDFs of this list (ZIP)"), url=zip_url, icon_name="download"),
            Button(
                _("My ZIP archives"),
                url=reverse(f"{NAME}:archives"),
                icon_name="folder",
            ),
        ]


class CertificateInspectView(scoped(InspectView)):
    @property
    def header_more_buttons(self):
        buttons = [
            Button(label, url=action_url(action, self.object), icon_name=icon)
            for label, action, icon, allowed in certificate_actions(
                self.request.user, self.object
            )
            if allowed
        ]
        return buttons


class CertificateHistoryView(scoped(history.HistoryView)):
    any_permission_required = ["view"]  # nobody changes a certificate in a form


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Issued certificates")
    url_prefix = "certificates"
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    history_view_class = CertificateHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = CertificateFilterSet
    search_fields = SEARCH_FIELDS
    search_backend_name = None
    form_fields = []
    list_display = [
        "employee",
        "course",
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_effective_status_display",
            primary=lambda certificate: certificate.is_valid,
        ),
        Column("issued_at", label=_("Issued"), accessor="issued_at"),
        Column("expires_at", label=_("Expires"), accessor="expires_at"),
        Column("code", label=_("Code"), accessor="short_code"),
    ]
    list_export = [
        "code",
        "employee.employee_number",
        "employee.full_name",
        "employee.org_unit",
        "course.title",
        "get_effective_status_display",
        "issued_at",
        "expires_at",
        "revoked_at",
        "language",
        "is_manual",
    ]
    export_headings = {
        "code": _("Verification code"),
        "employee.employee_number": _("Employee number"),
        "employee.full_name": _("Employee"),
        "employee.org_unit": _("Unit"),
        "course.title": _("Course"),
        "get_effective_status_display": _("Status"),
        "issued_at": _("Issued at"),
        "expires_at": _("Expires at"),
        "revoked_at": _("Revoked at"),
        "language": _("Language"),
        "is_manual": _("Issued by hand"),
    }
    export_filename = "certificates"
    inspect_view_fields = [
        "employee",
        "course",
        "code",
        "status",
        "issued_at",
        "expires_at",
        "language",
        "template",
        "template_version",
        "enrolment",
        "reason",
        "issued_by",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
        "superseded_by",
        "rendered_at",
        "pdf_sha256",
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("issue/", admin_views.issue_view, name="issue"),
            path("<int:pk>/revoke/", admin_views.revoke_view, name="revoke"),
            path(
                "<int:pk>/regenerate/", admin_views.regenerate_view, name="regenerate"
            ),
            path("<int:pk>/pdf/", admin_views.pdf_view, name="pdf"),
            path("zip/", admin_views.zip_view, name="zip"),
            path("archives/", admin_views.archives_view, name="archives"),
            path(
                "archives/<int:pk>/download/",
                admin_views.archive_download_view,
                name="archive_download",
            ),
        ]


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    chooser_viewset_class = PermissionCheckedChooserViewSet
    menu_label = _("Certificate templates")
    list_display = [
        "name",
        "is_default",
        "page_size",
        "orientation",
        "version",
        UpdatedAtColumn(),
    ]
    copy_view_enabled = True

    def get_edit_handler(self):
        model = self.model
        edit_handler = TabbedInterface(
            [
                ObjectList(model.panels, heading=_("Text")),
                ObjectList(model.design_panels, heading=_("Design")),
                ObjectList(model.course_panels, heading=_("Courses")),
            ],
            base_form_class=CertificateTemplateForm,
        )
        return edit_handler.bind_to_model(model)


class CertificatesGroup(SnippetViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full"
    menu_order = 220
    items = (CertificateViewSet(NAME), CertificateTemplateViewSet)
