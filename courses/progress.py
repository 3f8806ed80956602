"""Where an employee stands: read-only queries with a constant number of SQL queries."""

from dataclasses import dataclass, field

from django.db.models import Q

from people.models import EmployeeProfile

from . import prepared
from .assessments import (
    assessment_states,
    outline_annotations,
    outline_passed_keys,
)
from .locales import active_locale, default_locale
from .models import CourseCompetency, CoursePage, Enrolment, LessonPage, LessonProgress
from .routing import cached, cached_many, pages_version


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
    locale = locale or active_locale()
    default = default_locale()
    pages = model.objects.live().filter(
        translation_key__in=keys, locale__in={locale.pk, default.pk}
    )
    found = {}
    for page in pages.order_by("path"):
        if page.translation_key not in found or page.locale_id == locale.pk:
            found[page.translation_key] = page
    return found


def progress_for(enrolments, completed=None):
    """Progress of many enrolments in one query (their lessons and localized course
    pages come from the cache, or two more queries), whatever their number;
    ``completed``: ``[(enrolment id, lesson key)]`` of their completed lessons,
    when the caller has read them."""
    enrolments = list(enrolments)
    required = required_lessons({e.course.path for e in enrolments})
    if completed is None:
        completed = LessonProgress.objects.filter(
            enrolment__in=enrolments, completed_at__isnull=False
        ).values_list("enrolment_id", "lesson_key")
    done_by_enrolment = {}
    for enrolment_id, key in completed:
        done_by_enrolment.setdefault(enrolment_id, set()).add(key)
    pages = localized_courses([e.course_key for e in enrolments])
    result = []
    for enrolment in enrolments:
        needed = required.get(enrolment.course.path, set())
        done = done_by_enrolment.get(enrolment.pk, set())
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


def required_lessons(course_paths):
    """``{course path: {translation keys of its live required lessons}}``, kept in
    the cache until the page tree changes."""

    def build(paths):
        found = {path: set() for path in paths}
        for path, key, is_required in lesson_rows(paths):
            parent = path[: -LessonPage.steplen]
            if is_required and parent in found:
                found[parent].add(key)
        return found

    return cached_many("required-lessons", sorted(course_paths), build)


def localized_courses(keys):
    """``localized_pages`` of courses in the active language, kept in the cache
    until the page tree changes."""
    locale = active_locale()

    def build(missing):
        return {
            str(key): page
            for key, page in localized_pages(CoursePage, missing, locale).items()
        }

    found = cached_many(f"course-in-{locale.pk}", sorted({str(k) for k in keys}), build)
    return {page.translation_key: page for page in found.values()}


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
    """Enrolments grouped for “My learning”, in two queries whose SQL is built
    once (``courses.prepared``)."""
    enrolments = prepared.instances(
        ("dashboard-enrolments",),
        lambda user_id: (
            Enrolment.objects.current()
            .filter(employee__user_id=user_id)
            .order_by("due_date", "-enrolled_at", "pk")
        ),
        [user.pk],
        related=("course",),
    )
    completed, _meta = prepared.run(
        ("dashboard-completed",),
        lambda user_id: (
            LessonProgress.objects.filter(
                enrolment__employee__user_id=user_id,
                enrolment__is_current=True,
                completed_at__isnull=False,
            ).values_list("enrolment_id", "lesson_key"),
            None,
        ),
        [user.pk],
    )
    rows = progress_for(enrolments, completed)
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


def enrolment_with_progress(user, course):
    """``(enrolment, progress rows)``: the user's current enrolment in the logical
    course, its employee and its lessons' progress, in one query whose SQL is built
    once per course and page-tree version (``courses.prepared``); the enrolment
    brings what the outline ticks besides lessons (the quizzes passed,
    ``outline_values``)."""
    if not user.is_authenticated:
        return None, []
    shape = ("enrolment-with-progress", course.pk, course.translation_key)
    shape += (pages_version(),)
    found, names = prepared.run(
        shape,
        lambda user_id: progress_query(course, outline_ticks(course), user_id),
        [user.pk],
    )
    return enrolment_from(found, names)


ENROLMENT_FIELDS = tuple(Enrolment._meta.concrete_fields)
EMPLOYEE_FIELDS = tuple(EmployeeProfile._meta.concrete_fields)
PROGRESS_FIELDS = tuple(LessonProgress._meta.concrete_fields)


def progress_query(course, ticks, user_id):
    """The current enrolment of ``user_id`` in the logical course, with its employee
    and progress rows (one row each, or one row with none), as columns; and the
    names of the outline's ticks among them (None: the outline reads them itself)."""
    annotations = ticks("employee_id")
    columns = [field.name for field in ENROLMENT_FIELDS]
    columns += [f"employee__{field.name}" for field in EMPLOYEE_FIELDS]
    columns += [f"lesson_progress__{field.name}" for field in PROGRESS_FIELDS]
    queryset = (
        Enrolment.objects.current()
        .for_course(course)
        .filter(employee__user_id=user_id)
        .annotate(**annotations)
        .order_by("pk", "lesson_progress__pk")
        .values_list(*columns, *annotations)
    )
    return queryset, ticks.names


def enrolment_from(found, names):
    if not found:
        return None, []
    first = found[0]
    ends = (
        len(ENROLMENT_FIELDS),
        len(ENROLMENT_FIELDS) + len(EMPLOYEE_FIELDS),
        len(ENROLMENT_FIELDS) + len(EMPLOYEE_FIELDS) + len(PROGRESS_FIELDS),
    )
    enrolment = from_row(Enrolment, ENROLMENT_FIELDS, first[: ends[0]])
    enrolment.employee = from_row(
        EmployeeProfile, EMPLOYEE_FIELDS, first[ends[0] : ends[1]]
    )
    if names is not None:
        enrolment.outline_values = dict(zip(names, first[ends[2] :], strict=True))
    rows = []
    for row in found:
        if row[0] != enrolment.pk or row[ends[1]] is None:
            continue  # another current enrolment (there is none), or no progress yet
        progress = from_row(LessonProgress, PROGRESS_FIELDS, row[ends[1] : ends[2]])
        progress.enrolment = enrolment
        rows.append(progress)
    return enrolment, rows


def from_row(model, fields, values):
    return model.from_db("default", [field.attname for field in fields], values)


def outline_ticks(course):
    """``ticks(employee_field)``: the annotations that read what the outline of
    ``course`` ticks besides lessons (none for a course of lessons only, or when a
    provider cannot fold its check in; ``ticks.names`` is None then)."""
    has_others = any(not isinstance(p, LessonPage) for p in outline_pages(course))

    def ticks(employee_field):
        if not has_others:
            return {}
        found = outline_annotations(course, employee_field)
        ticks.names = None if found is None else list(found)
        return found or {}

    ticks.names = None
    return ticks


def outline_pages(course):
    """The live lessons and quizzes of ``course`` (this language copy), in order,
    kept in the cache until the page tree changes."""

    def build():
        return list(course.get_children().live().specific().defer_streamfields())

    return cached("outline", course.pk, build)


def outline(course, enrolment, rows=None):
    """The lessons and quizzes of ``course`` (this language copy), in order, with the
    employee's completed lessons and passed quizzes marked."""
    if enrolment and rows is None:
        rows = LessonProgress.objects.filter(enrolment=enrolment)
    done = {row.lesson_key for row in rows or () if row.completed_at}
    pages = outline_pages(course)
    if enrolment and any(not isinstance(page, LessonPage) for page in pages):
        # Quizzes are done when passed: read with the progress rows, or one more
        # query (only for courses that have one).
        values = getattr(enrolment, "outline_values", None)
        if values is not None:
            done |= outline_passed_keys(course, values)
        else:
            done |= assessment_states(course, [enrolment])[enrolment.pk].passed_keys
    return [(page, page.translation_key in done) for page in pages]


def progress_of(course, enrolment, lessons):
    """The enrolment's progress, from the outline when it shows the course results
    attach to (the default-language copy), otherwise in a few queries."""
    if enrolment.course_id != course.pk:
        return progress_for([enrolment])[0]
    required = {
        page.translation_key
        for page, _done in lessons
        if isinstance(page, LessonPage) and page.is_required
    }
    done = {page.translation_key for page, is_done in lessons if is_done}
    return CourseProgress(
        enrolment=enrolment,
        page=course,
        required=len(required),
        done=len(required & done),
        completed_keys=done,
    )


def course_context(course, request, enrolment=None, rows=None):
    from .services import missing_prerequisites

    if enrolment is None and rows is None:
        enrolment, rows = enrolment_with_progress(request.user, course)
    profile = enrolment.employee if enrolment else profile_of(request.user)
    lessons = outline(course, enrolment, rows)
    return {
        "profile": profile,
        "enrolment": enrolment,
        "progress": progress_of(course, enrolment, lessons) if enrolment else None,
        "outline": lessons,
        "continue_lesson": continue_lesson(lessons, enrolment),
        "missing_prerequisites": (
            missing_prerequisites(profile, course) if profile and not enrolment else []
        ),
    }


def competencies_of(course):
    """What the logical course certifies, with competency and level: one query,
    kept in the cache until pages, competencies or levels change."""
    canonical = course.canonical

    def build():
        rows = CourseCompetency.objects.filter(course=canonical)
        return list(rows.select_related("competency", "level"))

    return cached("competencies", canonical.pk, build)


def continue_lesson(lessons, enrolment):
    """The first lesson not done, else the last one visited, else the first."""
    if not lessons:
        return None
    if enrolment:
        for lesson, done in lessons:
            if not done:
                return lesson
    return lessons[0][0]
