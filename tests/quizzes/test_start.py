"""The quiz page's Start button posts to quizzes:start: the same rules as POSTing
the page (enrolment, the page live and not restricted), and a second press resumes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses.quizzes.models import Attempt


def start(client, quiz):
    return client.post(reverse("quizzes:start", args=[quiz.pk]))


def test_the_quiz_page_button_posts_to_the_start_url(client, quiz, employee, enrolled):
    client.force_login(employee.user)
    body = client.get(quiz.url).content.decode()
    assert f'action="{reverse("quizzes:start", args=[quiz.pk])}"' in body


def test_an_enrolled_employee_starts_and_a_second_press_resumes(
    client, quiz, employee, enrolled
):
    client.force_login(employee.user)
    first = start(client, quiz)
    attempt = Attempt.objects.get(employee=employee)
    assert first.url == reverse("quizzes:attempt", args=[attempt.pk])
    assert attempt.enrolment == enrolled and attempt.number == 1
    assert len(attempt.questions) == len(attempt.key) == 7
    assert start(client, quiz).url == first.url
    assert Attempt.objects.count() == 1


def test_without_an_enrolment_the_employee_is_sent_to_the_course(
    client, quiz, employee
):
    client.force_login(employee.user)
    response = start(client, quiz)
    assert response.url == quiz.get_parent().url
    assert not Attempt.objects.exists()


def test_a_draft_quiz_cannot_be_started(client, quiz, employee, enrolled):
    quiz.unpublish()
    client.force_login(employee.user)
    assert start(client, quiz).status_code == 404
    assert not Attempt.objects.exists()


def test_a_restricted_quiz_sends_back_to_its_page(client, quiz, employee, enrolled):
    PageViewRestriction.objects.create(
        page=quiz.get_parent(), restriction_type="password", password="gizli"
    )
    client.force_login(employee.user)
    response = start(client, quiz)
    assert response.status_code == 302 and response.url == quiz.url
    assert not Attempt.objects.exists()


def test_a_restriction_changed_after_a_start_holds_for_the_next_start(
    client, quiz, employee, enrolled, django_capture_on_commit_callbacks
):
    """The page and its restrictions are cached between starts until the page tree
    or a view restriction (or the groups it names) changes."""
    from courses.quizzes.services import submit_attempt

    def commit():
        return django_capture_on_commit_callbacks(execute=True)

    client.force_login(employee.user)
    start(client, quiz)
    submit_attempt(attempt_id=Attempt.objects.get().pk, employee=employee)
    with commit():
        restriction = PageViewRestriction.objects.create(
            page=quiz.get_parent(), restriction_type="groups"
        )
    assert start(client, quiz).url == quiz.url  # in none of its groups
    group = Group.objects.create(name="Sınaq qrupu")
    employee.user.groups.add(group)
    with commit():
        restriction.groups.add(group)
    assert start(client, quiz).url != quiz.url
    assert Attempt.objects.count() == 2
    with commit():
        restriction.groups.remove(group)
    assert start(client, quiz).url == quiz.url
    with commit():
        restriction.delete()
    assert start(client, quiz).url != quiz.url  # resumes the open attempt
    assert Attempt.objects.count() == 2


def test_start_needs_a_post(client, quiz, employee, enrolled):
    client.force_login(employee.user)
    assert client.get(reverse("quizzes:start", args=[quiz.pk])).status_code == 405


@pytest.mark.django_db
def test_anonymous_is_sent_to_log_in(client, quiz):
    assert "login" in start(client, quiz).url


def test_a_question_edited_after_a_start_is_shown_edited_to_the_next_start(
    client, quiz, questions, employee, enrolled, django_capture_on_commit_callbacks
):
    """The quiz's question structure is cached between starts until a question, an
    option or a slot changes."""
    from courses.quizzes.services import submit_attempt

    client.force_login(employee.user)
    start(client, quiz)
    first = Attempt.objects.get()
    submit_attempt(attempt_id=first.pk, employee=employee)
    question = questions[0]
    option = question.options.first()
    with django_capture_on_commit_callbacks(execute=True):
        question.text = "Yeni mətn"
        question.save()
        option.text = "Yeni variant"
        option.save()
    start(client, quiz)
    second = Attempt.objects.exclude(pk=first.pk).get()
    shown = next(
        item for item in second.questions if item["question_id"] == question.pk
    )
    assert shown["text"] == "Yeni mətn"
    assert "Yeni variant" in [o["text"] for o in shown["options"]]
