from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    label = "people"
    verbose_name = _("Organisation and people")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import admin_language, checks, signals  # noqa: F401
        from .exports import export_site_history_like_every_list
        from .history import scope_site_history

        admin_language.apply()
        scope_site_history()
        export_site_history_like_every_list()
