"""Moodle XML banks import with Moodle's meaning, grade as Moodle grades them and
round-trip (own fixtures, written after Moodle's question/format/xml format)."""

import base64
import random
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.images import get_image_model

from courses.quizzes.models import Attempt, Question, QuestionCategory
from courses.quizzes.moodle_xml import export_questions, import_questions
from courses.quizzes.scoring import score_item
from courses.quizzes.snapshot import build_item
from tests.quizzes.conftest import make_quiz

# A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def question(qtype, name, body, text="Sual", fmt="html", extra=""):
    return (
        f'<question type="{qtype}"><name><text>{name}</text></name>'
        f'<questiontext format="{fmt}"><text><![CDATA[{text}]]></text>{extra}</questiontext>'
        f"<defaultgrade>1</defaultgrade>{body}</question>"
    )


def answer(fraction, text, feedback="", more=""):
    return (
        f'<answer fraction="{fraction}" format="plain_text"><text>{text}</text>'
        f"<feedback><text>{feedback}</text></feedback>{more}</answer>"
    )


BANK = (
    "<quiz>"
    + "".join(
        [
            question(
                "multichoice",
                "Agentlik",
                "<single>true</single>"
                + answer(100, "2012", "Düzdür")
                + answer(50, "2013", "Yaxındır")
                + answer(0, "2008")
                + "<hint format='html'><text>&lt;p&gt;2010-cu illərdə&lt;/p&gt;"
                "&lt;script&gt;x()&lt;/script&gt;</text></hint>",
                text='<p onclick="steal()">Agentlik <b>nə vaxt</b> yaradılıb?'
                '<script>alert(1)</script><img src="@@PLUGINFILE@@/logo%20a.png" alt="loqo"></p>',
                extra=f'<file name="logo a.png" path="/" encoding="base64">{base64.b64encode(PNG).decode()}</file>',
            ),
            question(
                "multichoice",
                "Prinsiplər",
                "<single>false</single>"
                + answer(50, "şəffaflıq")
                + answer(50, "nəzakət")
                + answer(-100, "sürət"),
            ),
            question(
                "multichoiceset",
                "Hamısı",
                answer(50, "a") + answer(50, "b") + answer(0, "c"),
            ),
            question(
                "shortanswer",
                "Paytaxt",
                answer(100, "Bakı") + answer(50, "Baku") + answer(10, "B*"),
            ),
            question(
                "numerical",
                "Çağrı",
                answer(50, "100", more="<tolerance>10</tolerance>")
                + answer(100, "108", more="<tolerance>0</tolerance>"),
            ),
            question(
                "matching",
                "Uyğunluq",
                "<subquestion format='html'><text>&lt;p&gt;ASAN İmza&lt;/p&gt;</text>"
                "<answer><text>mobil imza</text></answer></subquestion>"
                "<subquestion><text>myGov</text><answer><text>kabinet</text></answer></subquestion>"
                "<subquestion><text></text><answer><text>yayındırıcı</text></answer></subquestion>",
            ),
        ]
    )
    + "</quiz>"
)


@pytest.fixture
def bank(category):
    result = import_questions(data=BANK.encode(), category=category)
    assert result.problems == []
    return {q.name: q for q in result.created}


def grade(question, response_texts):
    """The fraction ``question`` earns for a response given by option texts."""
    shown, key = build_item(question, 1, random.Random(0), False)
    by_text = {o["text"]: o["id"] for o in shown.get("options", [])}
    if question.type == "single":
        response = by_text[response_texts]
    elif question.type == "multiple":
        response = [by_text[t] for t in response_texts]
    elif question.type == "matching":
        lefts = {o["text"]: o["id"] for o in shown["left"]}
        rights = {o["text"]: o["id"] for o in shown["right"]}
        response = {lefts[k]: rights[v] for k, v in response_texts.items()}
    else:
        response = response_texts
    return score_item(key, response)


def test_html_is_sanitised_and_files_become_wagtail_images(bank):
    single = bank["Agentlik"]
    assert single.text_is_html
    assert "<b>nə vaxt</b>" in single.text
    assert "script" not in single.text and "onclick" not in single.text
    image = get_image_model().objects.get(title="logo a.png")
    assert f'src="{image.file.url}"' in single.text
    assert "@@PLUGINFILE@@" not in single.text
    assert single.hints == ["<p>2010-cu illərdə</p>"]
    assert [o.feedback for o in single.options.all()][:2] == ["Düzdür", "Yaxındır"]


def test_html_is_rendered_on_the_attempt_page(
    client, bank, quiz_course, employee, enrolled
):
    quiz = make_quiz(quiz_course, [bank["Agentlik"]])
    client.force_login(employee.user)
    client.post(quiz.url)
    html = client.get(reverse("quizzes:attempt", args=[Attempt.objects.get().pk]))
    body = html.content.decode()
    assert "Agentlik <b>nə vaxt</b> yaradılıb?" in body
    assert "&lt;b&gt;" not in body and "alert(1)" not in body


@pytest.mark.parametrize(
    "name, response, fraction",
    [
        ("Agentlik", "2012", "1"),
        ("Agentlik", "2013", "0.5"),  # Moodle's partial single choice
        ("Agentlik", "2008", "0"),
        ("Prinsiplər", ["şəffaflıq", "nəzakət"], "1"),
        ("Prinsiplər", ["şəffaflıq"], "0.5"),  # the chosen fractions, summed
        ("Prinsiplər", ["şəffaflıq", "sürət"], "0"),  # never below zero
        ("Prinsiplər", ["şəffaflıq", "nəzakət", "sürət"], "0"),
        ("Hamısı", ["a", "b"], "1"),
        ("Hamısı", ["a"], "0"),  # multichoiceset: all or nothing
        ("Hamısı", ["a", "b", "c"], "0"),
        ("Paytaxt", "BAKI", "1"),
        ("Paytaxt", "Baku", "0.5"),
        ("Paytaxt", "Bərdə", "0.1"),  # the * wildcard
        ("Paytaxt", "Gəncə", "0"),
        ("Çağrı", "108", "1"),  # the best matching answer, though listed second
        ("Çağrı", "95", "0.5"),
        ("Çağrı", "109", "0.5"),
        ("Çağrı", "111", "0"),
        ("Çağrı", "200", "0"),
        ("Uyğunluq", {"ASAN İmza": "mobil imza", "myGov": "kabinet"}, "1"),
        ("Uyğunluq", {"ASAN İmza": "yayındırıcı", "myGov": "kabinet"}, "0.5"),
    ],
)
def test_grades_as_moodle_grades(bank, name, response, fraction):
    assert grade(bank[name], response) == Decimal(fraction)


def test_matching_keeps_distractors_on_the_right(bank):
    shown, _key = build_item(bank["Uyğunluq"], 1, random.Random(0), False)
    assert [o["text"] for o in shown["left"]] == ["ASAN İmza", "myGov"]
    assert sorted(o["text"] for o in shown["right"]) == [
        "kabinet",
        "mobil imza",
        "yayındırıcı",
    ]


def test_an_invalid_fraction_is_refused_naming_the_question(category):
    data = (
        "<quiz>"
        + question("truefalse", "Doğrudur", answer(100, "true") + answer(0, "false"))
        + question("multichoice", "Səhv qiymət", "<single>true</single>"
                   + answer(100, "a") + answer(33, "b"))
        + "</quiz>"
    )  # fmt: skip
    result = import_questions(data=data.encode(), category=category)
    assert result.created == [] and not Question.objects.exists()
    (problem,) = result.problems
    assert str(problem).startswith("Question 2 “Səhv qiymət”")
    assert "33" in str(problem)


def test_multichoice_positive_grades_must_add_up_to_100(category):
    data = (
        "<quiz>"
        + question("multichoice", "Yarım", "<single>false</single>"
                   + answer(50, "a") + answer(0, "b"))
        + "</quiz>"
    )  # fmt: skip
    result = import_questions(data=data.encode(), category=category)
    assert "100%" in str(result.problems[0]) and "Yarım" in str(result.problems[0])


UNSUPPORTED = (
    "<quiz>"
    + question("essay", "Esse", "")
    + question("truefalse", "Sadə", answer(100, "true") + answer(0, "false"))
    + question("cloze", "Boşluq", "")
    + question("ddwtos", "Sürüklə", "")
    + question("gapselect", "Seç", "")
    + question("description", "Təsvir", "")
    + "</quiz>"
)


def test_unsupported_types_are_named_and_can_be_skipped(category):
    refused = import_questions(data=UNSUPPORTED.encode(), category=category)
    assert refused.created == [] and not Question.objects.exists()
    text = [str(p) for p in refused.problems]
    assert len(text) == 5 and all(p.unsupported for p in refused.problems)
    assert "Question 1 “Esse”" in text[0] and "Essay" in text[0]
    assert "Embedded answers (Cloze)" in text[1]
    skipped = import_questions(
        data=UNSUPPORTED.encode(), category=category, skip_unsupported=True
    )
    assert [q.name for q in skipped.created] == ["Sadə"]
    assert len(skipped.skipped) == 5 and skipped.problems == []


def test_skipping_keeps_the_rest_all_or_nothing(category):
    data = UNSUPPORTED.replace(
        "</quiz>",
        question("numerical", "Pis", answer(100, "abc")) + "</quiz>",
    )
    result = import_questions(
        data=data.encode(), category=category, skip_unsupported=True
    )
    assert result.created == [] and not Question.objects.exists()
    assert "Pis" in str(result.problems[0])


def test_trainer_chooses_to_skip_unsupported_types_in_the_admin(
    client, category, tree, make_employee
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    trainer = make_employee(tree["agency"], roles=("Trainer",))
    client.force_login(trainer.user)
    url = reverse("quizzes_import")

    def upload(**extra):
        bank_file = SimpleUploadedFile("bank.xml", UNSUPPORTED.encode())
        return client.post(url, {"category": category.pk, "file": bank_file, **extra})

    refused = upload()
    assert refused.status_code == 200 and refused.context["unsupported"]
    assert not Question.objects.exists()
    assert upload(skip_unsupported="on").status_code == 302
    assert Question.objects.get().name == "Sadə"


def test_round_trip_keeps_names_html_grades_feedback_hints_and_files(bank, category):
    exported = export_questions(Question.objects.filter(category=category))
    assert b'src="@@PLUGINFILE@@/logo' in exported
    assert b'encoding="base64"' in exported
    target = QuestionCategory.objects.create(name="Geri")
    again = import_questions(data=exported, category=target)
    assert again.problems == []
    copies = {q.name: q for q in again.created}
    assert set(copies) == set(bank)
    for name, original in bank.items():
        copy = copies[name]
        assert (copy.type, copy.text_is_html, copy.points, copy.hints) == (
            original.type,
            original.text_is_html,
            original.points,
            original.hints,
        )
        assert [
            (o.text, o.match_text, o.fraction, o.feedback, o.tolerance)
            for o in copy.options.all()
        ] == [
            (o.text, o.match_text, o.fraction, o.feedback, o.tolerance)
            for o in original.options.all()
        ]
    first, second = get_image_model().objects.order_by("pk")
    assert f'src="{second.file.url}"' in copies["Agentlik"].text
    assert first.file.read() == second.file.read() == PNG
    for name, response, _fraction in [
        ("Agentlik", "2013", None),
        ("Prinsiplər", ["şəffaflıq"], None),
        ("Çağrı", "95", None),
        ("Paytaxt", "Bərdə", None),
    ]:
        assert grade(copies[name], response) == grade(bank[name], response)
