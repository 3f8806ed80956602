from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class SkillsConfig(AppConfig):
    name = "skills"
    label = "skills"
    verbose_name = _("Competencies and skills")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .checks import check_settings

        checks.register(check_settings)
