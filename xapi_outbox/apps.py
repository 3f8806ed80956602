from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class XapiOutboxConfig(AppConfig):
    """Learning events as xAPI statements to an external LRS, through a durable
    outbox. It listens to what the other apps announce; nothing imports it."""

    name = "xapi_outbox"
    label = "xapi_outbox"
    verbose_name = _("xAPI outbox")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers  # noqa: F401
        from .checks import check_settings

        checks.register(check_settings)
