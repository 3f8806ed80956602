"""Which packages lessons play, kept in ``LessonActivity`` from their bodies.

A lesson's row set is rewritten whenever the lesson is saved in full (Wagtail saves
the whole page when it publishes, copies or syncs an alias; a draft save touches a
few columns only) and when it moves to another course. Everything that asks “may
this employee play this package” or “which lessons does this result complete” reads
these rows with one query instead of every lesson body."""

from django.db.models import Exists, F, FilteredRelation, OuterRef, Q
from wagtail.models import Page

from courses.models import Enrolment, LessonProgress

from .models import H5PPackage, H5PResult, LessonActivity

BLOCK_TYPE = "h5p"


def h5p_blocks(lesson):
    """``[(package id, block value)]`` of a lesson's H5P blocks, read from the raw
    stream without loading anything (a bare id is a block from before rules)."""
    return blocks_of(lesson.body.raw_data)


def blocks_of(raw_stream):
    found = []
    for block in raw_stream or ():
        if block.get("type") != BLOCK_TYPE:
            continue
        value = block.get("value")
        if isinstance(value, int):
            value = {"package": value, "completes_when": "completed"}
        if isinstance(value, dict) and value.get("package"):
            found.append((value["package"], value))
    return found


def package_ids(lesson):
    """The H5P packages a lesson's body plays (without loading them)."""
    return {package_id for package_id, _value in h5p_blocks(lesson)}


def course_key_of(lesson):
    """The translation key of the lesson's course (its parent page)."""
    parent = getattr(lesson, "_cached_parent_obj", None)
    if parent is not None:
        return parent.translation_key
    parent_path = lesson.path[: -lesson.steplen]
    return (
        Page.objects.filter(path=parent_path)
        .values_list("translation_key", flat=True)
        .first()
    )


def index_lesson(lesson, course_key=None):
    """Rewrite the lesson's rows from its body (``course_key``: its course's
    translation key, looked up when not given)."""
    LessonActivity.objects.filter(lesson_id=lesson.pk).delete()
    blocks = h5p_blocks(lesson)
    if not blocks:
        return
    course_key = course_key or course_key_of(lesson)
    # A block may still name a package deleted since; it plays nothing.
    known = set(
        H5PPackage.objects.filter(pk__in={pk for pk, _v in blocks}).values_list(
            "pk", flat=True
        )
    )
    LessonActivity.objects.bulk_create(
        LessonActivity(
            lesson_id=lesson.pk,
            package_id=package_id,
            course_key=course_key,
            position=position,
            completes_when=value.get("completes_when") or "completed",
            pass_mark=value.get("pass_mark"),
        )
        for position, (package_id, value) in enumerate(blocks)
        if package_id in known
    )


def playing_courses(package_id):
    """Translation keys of the courses with a live lesson playing the package."""
    return LessonActivity.objects.filter(
        package_id=package_id, lesson__live=True
    ).values("course_key")


def playing_enrolments(package_id, user=None, employee=None):
    """The current enrolments of ``user`` (or ``employee``) in courses with a live
    lesson playing the package, with their employee: one indexed query."""
    who = {"employee": employee} if employee is not None else {"employee__user": user}
    return (
        Enrolment.objects.current()
        .filter(course_key__in=playing_courses(package_id), **who)
        .select_related("employee")
    )


def lesson_rules(package_id, enrolments, employee=None):
    """Every H5P block of the live lessons that play ``package_id`` in the courses
    of ``enrolments``, with its package, the lesson's completion mode and whether
    the employee has completed the lesson already: one query. With ``employee``,
    each block brings the employee's ``H5PResult`` in its package too
    (``own_result``, None before their first statement)."""
    keys = [e.course_key for e in enrolments]
    lessons = LessonActivity.objects.filter(
        package_id=package_id, course_key__in=keys, lesson__live=True
    ).values("lesson_id")
    done = LessonProgress.objects.filter(
        enrolment__in=[e.pk for e in enrolments],
        lesson_key=OuterRef("lesson__translation_key"),
        completed_at__isnull=False,
    )
    blocks = (
        LessonActivity.objects.filter(lesson_id__in=lessons)
        .select_related("package")
        .annotate(
            lesson_done=Exists(done),
            lesson_key=F("lesson__translation_key"),
            lesson_completion=F("lesson__completion"),
        )
        .order_by("lesson_id", "position")
    )
    if employee is None:
        return blocks
    own = FilteredRelation(
        "package__results", condition=Q(package__results__employee=employee)
    )
    columns = {f"own_{name}": F(f"own__{name}") for name in OWN_RESULT_FIELDS}
    return with_own_results(blocks.annotate(own=own).annotate(**columns), employee)


OWN_RESULT_FIELDS = ("id", "attempts", "first", "last", "best", "completed", "last_at")


def with_own_results(blocks, employee):
    found = []
    for block in blocks:
        values = {name: getattr(block, f"own_{name}") for name in OWN_RESULT_FIELDS}
        block.own_result = None
        if values["id"] is not None:
            block.own_result = H5PResult(
                employee=employee, package_id=block.package_id, **values
            )
            block.own_result._state.adding = False
        found.append(block)
    return found
