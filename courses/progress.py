"""Where an employee stands: read-only queries with a constant number of SQL queries."""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Locale

from people.models import EmployeeProfile

from .assessments import assessment_states
from .models import CoursePage, Enrolment, LessonPage, LessonProgress


@dataclass
class CourseProgress:
    enrolment: Enrolment
    page: CoursePage  # the copy in the employee's language, or the default
    required: int = 0
    done: int = 0
    completed_keys: set = field(default_factory=set)

    @property
    def percent(self):
        if self.enrolment.status == Enrolment.Status.PASSED:
            return 100
        if not self.required:
            return 0
        return round(100 * min(self.done, self.required) / self.required)


def profile_of(user):
    if not user.is_authenticated:
        return None
    return EmployeeProfile.objects.filter(user=user).first()


def localized_pages(model, keys, locale=None):
    """``{translation_key: page}`` in the active language, falling back to the default."""
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    pages = model.objects.live().filter(
        translation_key__in=keys, locale__in={locale.pk, default.pk}
    )
    found = {}
    for page in pages.order_by("path"):
        if page.translation_key not in found or page.locale_id == locale.pk:
            found[page.translation_key] = page
    return found


def progress_for(enrolments):
    """Progress of many enrolments in three queries, whatever their number."""
    enrolments = list(enrolments)
    courses = {e.course.path: e for e in enrolments}
    lessons = lesson_rows(list(courses))
    required = {}
    for path, key, is_required in lessons:
        if is_required:
            required.setdefault(path[: -LessonPage.steplen], set()).add(key)
    completed = {}
    for enrolment_id, key in LessonProgress.objects.filter(
        enrolment__in=enrolments, completed_at__isnull=False
    ).values_list("enrolment_id", "lesson_key"):
        completed.setdefault(enrolment_id, set()).add(key)
    pages = localized_pages(CoursePage, [e.course_key for e in enrolments])
    result = []
    for enrolment in enrolments:
        needed = required.get(enrolment.course.path, set())
        done = completed.get(enrolment.pk, set())
        result.append(
            CourseProgress(
                enrolment=enrolment,
                page=pages.get(enrolment.course_key, enrolment.course),
                required=len(needed),
                done=len(needed & done),
                completed_keys=done,
            )
        )
    return result


def lesson_rows(course_paths):
    if not course_paths:
        return []
    q = Q()
    for path in course_paths:
        q |= Q(path__startswith=path)
    depths = {len(path) // LessonPage.steplen + 1 for path in course_paths}
    return (
        LessonPage.objects.live()
        .filter(q, depth__in=depths)
        .values_list("path", "translation_key", "is_required")
    )


def dashboard_sections(user):
    """Enrolments grouped for “My learning”."""
    enrolments = (
        Enrolment.objects.current()
        .filter(employee__user=user)
        .select_related("course", "last_lesson")
        .order_by("due_date", "-enrolled_at")
    )
    rows = progress_for(enrolments)
    sections = {"assigned": [], "in_progress": [], "finished": []}
    for row in rows:
        status = row.enrolment.status
        if status == Enrolment.Status.ASSIGNED:
            sections["assigned"].append(row)
        elif status in (Enrolment.Status.PASSED, Enrolment.Status.FAILED):
            sections["finished"].append(row)
        else:
            sections["in_progress"].append(row)
    return sections


def outline(course, enrolment):
    """The lessons and quizzes of ``course`` (this language copy), in order, with the
    employee's completed lessons and passed quizzes marked."""
    lessons = list(course.get_children().live().specific())
    done = set()
    if enrolment:
        done = set(
            LessonProgress.objects.filter(
                enrolment=enrolment, completed_at__isnull=False
            ).values_list("lesson_key", flat=True)
        )
        done |= assessment_states(course, [enrolment])[enrolment.pk].passed_keys
    return [(lesson, lesson.translation_key in done) for lesson in lessons]


def course_context(course, request, enrolment=None):
    from .services import missing_prerequisites

    profile = enrolment.employee if enrolment else profile_of(request.user)
    if profile and enrolment is None:
        enrolment = (
            Enrolment.objects.current()
            .for_course(course)
            .filter(employee=profile)
            .select_related("course", "last_lesson", "employee")
            .first()
        )
    lessons = outline(course, enrolment)
    progress = progress_for([enrolment])[0] if enrolment else None
    return {
        "profile": profile,
        "enrolment": enrolment,
        "progress": progress,
        "outline": lessons,
        "continue_lesson": continue_lesson(lessons, enrolment),
        "missing_prerequisites": (
            missing_prerequisites(profile, course) if profile and not enrolment else []
        ),
    }


def continue_lesson(lessons, enrolment):
    """The first lesson not done, else the last one visited, else the first."""
    if not lessons:
        return None
    if enrolment:
        for lesson, done in lessons:
            if not done:
                return lesson
    return lessons[0][0]
