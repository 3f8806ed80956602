"""``LessonActivity`` follows the lessons' published bodies: who may play a package
is read from it, so it must be right after publishing, drafts, moves and deletions."""

from courses.h5p.access import can_play
from courses.h5p.activities import index_lesson
from courses.h5p.models import LessonActivity
from courses.models import LessonPage
from tests.courses.conftest import make_course

from .conftest import add_activity, import_bytes
from .packages import demo


def rows(lesson):
    return list(
        LessonActivity.objects.filter(lesson=lesson)
        .order_by("position")
        .values_list("package_id", "course_key", "completes_when", "pass_mark")
    )


def test_publishing_a_lesson_records_its_blocks(h5p_course, h5p_lesson, package):
    assert rows(h5p_lesson) == [
        (package.pk, h5p_course.translation_key, "completed", None)
    ]


def test_a_draft_changes_nothing_until_it_is_published(h5p_lesson, package, enrolled):
    h5p_lesson.body = [("text", "<p>Yalnız mətn</p>")]
    h5p_lesson.save_revision()
    assert len(rows(h5p_lesson)) == 1
    assert can_play(enrolled.employee.user, package)
    LessonPage.objects.get(pk=h5p_lesson.pk).get_latest_revision().publish()
    assert rows(h5p_lesson) == []
    assert not can_play(enrolled.employee.user, package)


def test_a_lesson_moved_to_another_course_plays_there(
    catalogue, h5p_lesson, package, employee
):
    other = make_course(catalogue, title="Başqa kurs", lessons=1)
    h5p_lesson.move(other, pos="last-child")
    assert rows(h5p_lesson)[0][1] == other.translation_key


def test_deleting_the_lesson_or_the_package_removes_the_rows(h5p_lesson, package):
    h5p_lesson.delete()
    assert not LessonActivity.objects.exists()


def test_a_block_naming_a_deleted_package_plays_nothing(h5p_lesson, package):
    gone = import_bytes(demo(title="Silinəcək"))
    lesson = add_activity(h5p_lesson, gone)
    assert len(rows(lesson)) == 2
    gone.delete()
    index_lesson(LessonPage.objects.get(pk=lesson.pk))
    assert rows(lesson) == [
        (package.pk, lesson.get_parent().translation_key, "completed", None)
    ]
