from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    label = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import receivers  # noqa: F401
        from .checks import check_settings
        from .models import Certificate
        from .permissions import CertificatePermissionPolicy

        register_permission_policy(
            Certificate, CertificatePermissionPolicy(Certificate)
        )
        checks.register(check_settings)
