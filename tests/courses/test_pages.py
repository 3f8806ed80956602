import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage
from courses.services import complete_lesson, enrol_self
from home.models import HomePage
from tests.courses.conftest import make_course, make_synced_course, translate


def login(client, employee):
    client.force_login(employee.user)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(queries)


def test_page_tree_rules(db):
    assert CoursePage.allowed_parent_page_models() == [CourseIndexPage]
    assert LessonPage.allowed_parent_page_models() == [CoursePage]
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert LessonPage.allowed_subpage_models() == []
    assert CoursePage not in HomePage.allowed_subpage_models()


def test_pages_made_in_code_get_transliterated_slugs(catalogue):
    course = make_course(catalogue, title="Şikayətlər və çətin söhbətlər")
    assert course.slug == "sikayetler-ve-cetin-sohbetler"
    assert course.lessons()[0].slug == "sikayetler-ve-cetin-sohbetler-ders-1"


def test_lessons_are_closed_to_people_not_enrolled(client, course, employee):
    login(client, employee)
    lesson = course.lessons().first()
    response = client.get(lesson.url)
    assert response.status_code == 302 and response.url == course.url
    assert not Enrolment.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, course):
    response = client.get(course.lessons().first().url)
    assert response.status_code == 302 and "/login/" in response.url


def test_enrol_from_the_course_page_then_work_through_to_100_percent(
    client, course, employee
):
    login(client, employee)
    assert client.post(course.url).status_code == 302
    first, second = course.lessons()
    page = client.get(course.url).content.decode()
    assert "0%" in page
    client.get(first.url)
    assert Enrolment.objects.get().status == Enrolment.Status.IN_PROGRESS
    response = client.post(f"/courses/lessons/{first.pk}/done/", {"next": second.url})
    assert response.url == second.url
    assert "50%" in client.get(course.url).content.decode()
    client.post(f"/courses/lessons/{second.pk}/done/")
    assert Enrolment.objects.get().status == Enrolment.Status.PASSED
    finished = client.get("/dashboard/").context["sections"]["finished"]
    assert [(row.page.pk, row.percent) for row in finished] == [(course.pk, 100)]


def test_mark_done_refuses_foreign_redirects_and_unenrolled_users(
    client, course, employee
):
    login(client, employee)
    lesson = course.lessons().first()
    assert client.post(f"/courses/lessons/{lesson.pk}/done/").status_code == 404
    enrol_self(employee=employee, course=course)
    response = client.post(
        f"/courses/lessons/{lesson.pk}/done/", {"next": "https://evil.example/"}
    )
    assert response.url == course.url


def test_continue_where_you_left_off_points_at_the_first_unfinished_lesson(
    client, course, employee
):
    enrolment = enrol_self(employee=employee, course=course)
    first, second = course.lessons()
    complete_lesson(enrolment=enrolment, lesson=first)
    login(client, employee)
    response = client.get(course.url)
    assert response.context["continue_lesson"].pk == second.pk


def test_switching_language_keeps_progress(client, course, employee):
    ru_course = translate(course, "ru")
    enrolment = enrol_self(employee=employee, course=course)
    complete_lesson(enrolment=enrolment, lesson=course.lessons()[0])
    login(client, employee)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    response = client.get(ru_course.url)
    assert response.context["enrolment"] == enrolment
    assert response.context["progress"].percent == 50
    dashboard = client.get("/dashboard/").content.decode()
    assert ru_course.title in dashboard


def test_catalogue_shows_each_course_once_in_the_readers_language(
    client, catalogue, course, employee
):
    ru_course = translate(course, "ru")
    other = make_course(catalogue, title="Fərdi məlumatlar", duration_minutes=200)
    login(client, employee)
    page = client.get(catalogue.url)
    assert [c.pk for c in page.context["courses"]] == [other.pk, course.pk]
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    ru_catalogue = catalogue.get_translation(ru_course.locale)
    page = client.get(ru_catalogue.url)
    assert ru_course.pk in [c.pk for c in page.context["courses"]]
    assert course.pk not in [c.pk for c in page.context["courses"]]


def test_an_untranslated_course_opens_for_a_russian_reader(client, catalogue, employee):
    course = make_synced_course(catalogue, title="Fərdi məlumatlar")
    enrol_self(employee=employee, course=course)
    login(client, employee)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    ru_catalogue = catalogue.get_translation(Locale.objects.get(language_code="ru"))
    listed = client.get(ru_catalogue.url).context["courses"]
    assert [page.title for page in listed] == ["Fərdi məlumatlar"]
    response = client.get(listed[0].url)
    assert response.status_code == 200
    assert response.context["enrolment"].course == course
    lesson = response.context["outline"][0][0]
    assert client.get(lesson.url).status_code == 200


def test_catalogue_filters_by_duration_language_and_search(
    client, catalogue, course, employee
):
    make_course(catalogue, title="Fərdi məlumatların qorunması", duration_minutes=200)
    translate(course, "ru")
    login(client, employee)
    titles = lambda r: [c.title for c in r.context["courses"]]  # noqa: E731
    assert titles(client.get(catalogue.url, {"duration": "long"})) == [
        "Fərdi məlumatların qorunması"
    ]
    assert len(titles(client.get(catalogue.url, {"language": "ru"}))) == 1
    assert titles(client.get(catalogue.url, {"q": "qorunması"})) == [
        "Fərdi məlumatların qorunması"
    ]
    assert client.get(catalogue.url, {"duration": "forever"}).status_code == 200


@pytest.mark.parametrize("lessons", [2, 30])
def test_course_page_query_count_does_not_grow_with_lessons(
    client, catalogue, employee, lessons
):
    course = make_course(catalogue, lessons=lessons)
    enrolment = enrol_self(employee=employee, course=course)
    for lesson in course.lessons()[:2]:
        complete_lesson(enrolment=enrolment, lesson=lesson)
    login(client, employee)
    client.get(course.url)
    # Passed at 2 lessons: the page adds the certificate and what to learn next.
    assert count_queries(client, course.url) <= 28


def test_dashboard_query_count_is_the_same_for_1_and_50_enrolments(
    client, catalogue, employee
):
    first = make_course(catalogue, title="Kurs 0", lessons=3)
    enrol_self(employee=employee, course=first)
    login(client, employee)
    client.get("/dashboard/")
    one = count_queries(client, "/dashboard/")
    for number in range(1, 50):
        course = make_course(catalogue, title=f"Kurs {number}", lessons=3)
        enrolment = enrol_self(employee=employee, course=course)
        complete_lesson(enrolment=enrolment, lesson=course.lessons()[0])
    client.get("/dashboard/")  # what the cache keeps is rebuilt once after publishing
    fifty = count_queries(client, "/dashboard/")
    assert fifty == one


def test_lesson_page_query_count_does_not_grow_with_lessons(
    client, catalogue, employee
):
    counts = []
    for lessons in (2, 30):
        course = make_course(catalogue, title=f"Kurs {lessons}", lessons=lessons)
        enrol_self(employee=employee, course=course)
        login(client, employee)
        url = course.lessons()[1].url
        client.get(url)
        counts.append(count_queries(client, url))
    assert counts[0] == counts[1]
