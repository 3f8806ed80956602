from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import Certificate
from .permissions import CertificatePermissionPolicy
from .viewsets import CertificatesGroup

# Before anything asks for the policy: the viewsets registered below do.
register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))
register_snippet(CertificatesGroup)

LOG_ACTIONS = [
    ("certificates.issued", _("Issue certificate"), _("Certificate issued")),
    ("certificates.revoked", _("Revoke certificate"), _("Certificate revoked")),
    (
        "certificates.regenerated",
        _("Regenerate certificate"),
        _("Certificate PDF regenerated"),
    ),
    (
        "certificates.superseded",
        _("Supersede certificate"),
        _("Certificate superseded by a newer one"),
    ),
    ("certificates.expired", _("Expire certificate"), _("Certificate expired")),
    (
        "certificates.credential_issued",
        _("Issue Open Badges credential"),
        _("Open Badges credential issued"),
    ),
]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    from .dashboard import add_panels

    add_panels(request, panels)
