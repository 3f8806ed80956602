"""seed_demo plays our own content type in a lesson of the ASAN Login course."""

from django.core.management import call_command
from django.urls import reverse

from courses.h5p.models import H5PLibrary, H5PPackage, XAPIStatement
from courses.models import LessonPage
from home.demo_h5p import LESSON_SLUG, TITLE, build_h5p_activity


def test_seed_demo_adds_an_h5p_activity_once(db, client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    package = H5PPackage.objects.get()
    assert package.title == TITLE
    assert H5PLibrary.objects.get().machine_name == "ASAN.QuickCheck"
    lesson = LessonPage.objects.get(
        slug=LESSON_SLUG, alias_of__isnull=True, locale__language_code="az"
    )
    assert lesson.completion == LessonPage.Completion.ACTIVITIES
    blocks = [b.value for b in lesson.body if b.block_type == "h5p"]
    assert [(b["package"], b["completes_when"], b["pass_mark"]) for b in blocks] == [
        (package, "passed", 100)
    ]
    statements = XAPIStatement.objects.count()
    assert statements >= 4
    build_h5p_activity()
    assert (H5PPackage.objects.count(), XAPIStatement.objects.count()) == (
        1,
        statements,
    )
    lesson.refresh_from_db()
    assert sum(1 for b in lesson.body if b.block_type == "h5p") == 1
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="trainer"))
    report = client.get(reverse("h5p_results_report"), {"package": package.pk})
    assert len(report.context["object_list"]) == 4
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert editor.status_code == 200
