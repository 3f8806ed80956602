from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """The quiz wing of courses: question bank, quizzes, attempts, grading."""

    name = "courses.quizzes"
    label = "quizzes"
    verbose_name = _("Quizzes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.assessments import register_outline_provider, register_provider

        from . import receivers  # noqa: F401
        from .results import (
            outline_annotations,
            outline_passed_keys,
            quiz_assessment_states,
        )

        register_provider(quiz_assessment_states)
        register_outline_provider(outline_annotations, outline_passed_keys)
