from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses and learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from skills.gaps import register_course_finder

        from . import receivers  # noqa: F401
        from .gaps import find_published_courses

        register_course_finder(find_published_courses)
