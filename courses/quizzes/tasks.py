"""Background work of quizzes; safe to run twice."""

from .services import close_overdue_attempts


def sweep_overdue_attempts():
    return close_overdue_attempts()
