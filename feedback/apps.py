from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Citizen ratings from the centres' monitors, turned into training needs. It reads
    people, skills and the assignment service of courses; nothing imports it."""

    name = "feedback"
    label = "feedback"
    verbose_name = _("Citizen feedback")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .checks import check_settings

        checks.register(check_settings)
