from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses and learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from people.notifications import register_kind
        from skills.gaps import register_course_finder

        from . import receivers  # noqa: F401
        from .gaps import find_published_courses
        from .models import ReminderSent
        from .notices import describe_enrolment_notices

        register_course_finder(find_published_courses)
        for kind in ReminderSent.Kind.values:
            register_kind(kind, describe_enrolment_notices)
