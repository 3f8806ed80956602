"""The admin home panel of certificates that expire soon, for HR and managers, scoped
by the one scoping helper (``Certificate.objects.visible_to``)."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from people.models import answers_for_people

from .models import Certificate

DAYS = 60
LIMIT = 8


class ExpiringCertificatesPanel(Component):
    name = "lms_expiring_certificates"
    template_name = "certificates/admin/dashboard_expiring.html"
    order = 70

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        expiring = (
            Certificate.objects.visible_to(self.user)
            .expiring_within(DAYS)
            .filter(employee__is_active=True)
        )
        rows = expiring.select_related("employee__org_unit", "course").order_by(
            "expires_at"
        )[:LIMIT]
        return {
            "rows": list(rows),
            "count": expiring.count(),
            "days": DAYS,
            "list_url": reverse("certificate_admin:index") + f"?expiring_within={DAYS}",
        }


def add_panels(request, panels):
    user = request.user
    if answers_for_people(user) and user.has_perm("certificates.view_certificate"):
        panels.append(ExpiringCertificatesPanel(user))
