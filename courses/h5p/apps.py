from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    """The H5P wing of courses: packages, libraries, the player, xAPI results."""

    name = "courses.h5p"
    label = "h5p"
    verbose_name = _("H5P interactive activities")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers  # noqa: F401
        from .checks import check_settings

        checks.register(check_settings)
