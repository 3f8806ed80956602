from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    label = "people"
    verbose_name = _("Organisation and people")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import admin_language, signals  # noqa: F401

        admin_language.apply()
