from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    label = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The permission policy is registered in wagtail_hooks.py, which Wagtail imports
        # while its apps get ready, whichever side of them a host site lists this app.
        from courses.next_step import register_award_finder
        from people.notifications import register_kind

        from . import receivers  # noqa: F401
        from .awards import certificate_awards
        from .checks import check_settings
        from .notices import EXPIRING, READY, describe_certificate_notices

        register_award_finder(certificate_awards)
        for kind in (READY, EXPIRING):
            register_kind(kind, describe_certificate_notices)

        checks.register(check_settings)
