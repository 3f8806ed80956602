from .enrolment import (
    AssignmentRule,
    Enrolment,
    LessonProgress,
    ReminderSent,
)
from .pages import CourseCompetency, CourseIndexPage, CoursePage, LessonPage

__all__ = [
    "AssignmentRule",
    "CourseCompetency",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ReminderSent",
]
