import pytest
from wagtail.models import Locale

from courses.locales import sync_to_locales
from courses.models import CoursePage, LessonPage


def make_course(index, title="Xidmət standartları", lessons=2, **kwargs):
    """A published course with lessons, present in every locale (aliases)."""
    course = index.add_child(
        instance=CoursePage(title=title, summary="Qısa məzmun", **kwargs)
    )
    for number in range(1, lessons + 1):
        course.add_child(
            instance=LessonPage(
                title=f"{title}: dərs {number}",
                body=[("text", f"<p>Dərs {number}</p>")],
            )
        )
    return course


def make_synced_course(index, **kwargs):
    course = make_course(index, **kwargs)
    sync_to_locales(course)
    for lesson in course.lessons():
        sync_to_locales(lesson)
    return course


def translate(page, language):
    """A published copy of ``page`` (and, for a course, its lessons) in ``language``."""
    locale = Locale.objects.get(language_code=language)
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.title = f"{page.title} [{language}]"
    copy.save_revision().publish()
    if isinstance(page, CoursePage):
        for lesson in page.get_children().specific():
            lesson_copy = lesson.copy_for_translation(locale)
            lesson_copy.save_revision().publish()
    return copy.specific


@pytest.fixture
def course(catalogue):
    return make_course(catalogue)
