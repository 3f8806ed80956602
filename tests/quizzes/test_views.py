import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.quizzes.models import Attempt, QuizPage
from tests.quizzes.conftest import make_quiz, right_answers

LEAKS = re.compile(
    r"is_correct|\"correct\"|right answer|true_false_answer|accepted|pairs|\"order\"",
    re.I,
)


@pytest.fixture
def started(client, quiz, employee, enrolled):
    client.force_login(employee.user)
    response = client.post(quiz.url)
    attempt = Attempt.objects.get()
    assert response.url == reverse("quizzes:attempt", args=[attempt.pk])
    return attempt


def test_nothing_during_an_attempt_reveals_the_answers(client, quiz, started):
    pages = [
        client.get(quiz.url),
        client.get(reverse("quizzes:attempt", args=[started.pk])),
        client.post(reverse("quizzes:save", args=[started.pk]), {"version": 0}),
        client.get(reverse("quizzes:review", args=[started.pk]), follow=True),
    ]
    for response in pages:
        body = response.content.decode()
        assert response.status_code == 200
        assert not LEAKS.search(body), LEAKS.search(body)
        for key in started.key:
            for text in key.get("display", []):
                # accepted short answers are never printed back before review
                assert f'value="{text}"' not in body


def test_autosave_stores_answers_and_a_stale_tab_gets_409(client, started):
    url = reverse("quizzes:save", args=[started.pk])
    data = right_answers(started)
    first = client.post(url, {**data, "version": "0"})
    assert first.status_code == 200 and first.json()["version"] == 1
    stale = client.post(url, {"version": "0", "q1": ""})
    assert stale.status_code == 409 and stale.json()["error"]
    started.refresh_from_db()
    assert started.version == 1 and len(started.answers) == 7


def test_autosave_after_the_quiz_closed_gets_410_and_changes_nothing(
    client, quiz, started
):
    """The autosave reads the quiz's closing time with the attempt (not the page):
    a closing time moved into the past after the start still closes it."""
    closed = timezone.now() - timedelta(seconds=1)
    QuizPage.objects.filter(pk=quiz.pk).update(closes_at=closed)
    url = reverse("quizzes:save", args=[started.pk])
    response = client.post(url, {**right_answers(started), "version": "0"})
    assert response.status_code == 410
    started.refresh_from_db()
    assert started.answers == {} and started.version == 0


def test_forged_option_gets_400_and_changes_nothing(client, started):
    single = next(i for i in started.questions if i["type"] == "single")
    response = client.post(
        reverse("quizzes:save", args=[started.pk]),
        {"version": "0", f"q{single['slot']}": "424242"},
    )
    assert response.status_code == 400
    started.refresh_from_db()
    assert started.answers == {} and started.version == 0


def test_double_submit_gives_a_friendly_message_not_an_error(client, started):
    url = reverse("quizzes:submit", args=[started.pk])
    data = {**right_answers(started), "version": "0"}
    first = client.post(url, data)
    second = client.post(url, data, follow=True)
    assert first.status_code == 302
    assert second.status_code == 200
    assert [m.level_tag for m in second.context["messages"]] == ["info"]
    assert Attempt.objects.get().percent == 100


def test_review_follows_the_review_options(client, quiz, started):
    client.post(reverse("quizzes:submit", args=[started.pk]), {"version": "0"})
    review = reverse("quizzes:review", args=[started.pk])
    assert client.get(review).context["level"] == "full"
    QuizPage.objects.filter(pk=quiz.pk).update(review_shows="score")
    assert client.get(review).context["items"] == []
    QuizPage.objects.filter(pk=quiz.pk).update(review_when="after_close")
    page = client.get(review)
    assert page.context["level"] == "none"
    assert "%" not in page.content.decode().split("<main")[1].split("</main>")[0]


def test_other_employees_attempts_are_not_found(client, started, tree, make_employee):
    other = make_employee(tree["front"])
    client.force_login(other.user)
    for name in ("attempt", "review"):
        assert (
            client.get(reverse(f"quizzes:{name}", args=[started.pk])).status_code == 404
        )
    assert (
        client.post(
            reverse("quizzes:save", args=[started.pk]), {"version": 0}
        ).status_code
        == 404
    )
    assert client.post(reverse("quizzes:submit", args=[started.pk])).status_code == 404


def test_state_changes_need_the_csrf_token(started, employee):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(employee.user)
    for name in ("save", "submit"):
        response = client.post(
            reverse(f"quizzes:{name}", args=[started.pk]), {"version": 0}
        )
        assert response.status_code == 403


def test_one_question_per_page_navigates_and_saves_without_javascript(
    client, quiz_course, questions, employee, enrolled
):
    quiz = make_quiz(quiz_course, questions, one_per_page=True, shuffle_questions=False)
    client.force_login(employee.user)
    client.post(quiz.url)
    attempt = Attempt.objects.get()
    page = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    assert len(page.context["items"]) == 1
    first = attempt.questions[0]
    response = client.post(
        reverse("quizzes:save", args=[attempt.pk]) + "?goto=2",
        {"version": "0", f"q{first['slot']}": str(first["options"][0]["id"])},
    )
    assert response.url.endswith("?page=2")
    attempt.refresh_from_db()
    assert attempt.answers == {str(first["slot"]): first["options"][0]["id"]}


def test_attempt_page_query_count_is_constant(
    client, started, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        client.get(reverse("quizzes:attempt", args=[started.pk]))


def test_save_json_is_small_and_has_only_version_and_time(client, started):
    response = client.post(reverse("quizzes:save", args=[started.pk]), {"version": "0"})
    assert set(json.loads(response.content)) == {"version", "saved_at"}
