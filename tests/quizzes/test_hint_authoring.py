"""Trainers write hints in the admin question form: an ordered list, sanitised with
the allow-list imported Moodle HTML gets, and a save that does not touch an imported
hint keeps it exactly as it was."""

import base64
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from courses.quizzes.models import Question
from courses.quizzes.moodle_xml import export_questions, import_questions
from tests.quizzes.conftest import add_question
from tests.quizzes.test_authoring import (
    add_url,
    bound_data,
    hints_data,
    options_data,
)

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
IMPORTED_HINTS = [
    # HTML over several lines, a link, an image from the file: stored as imported.
    "<p>Agentlik\n<b>2010-cu illərdə</b> yaradılıb.</p>\n"
    '<p><a href="https://asan.gov.az/">asan.gov.az</a> '
    '<img src="@@PLUGINFILE@@/logo.png" alt="loqo"></p>',
    "Sadə mətn &amp; iki\nsətir",  # plain text: escaped, line breaks kept
    "<p>Üçüncü</p>",
]
BANK = (
    '<quiz><question type="multichoice"><name><text>Agentlik</text></name>'
    '<questiontext format="html"><text>Agentlik nə vaxt yaradılıb?</text>'
    f'<file name="logo.png" path="/" encoding="base64">{base64.b64encode(PNG).decode()}'
    "</file></questiontext><single>true</single>"
    '<answer fraction="100"><text>2012</text></answer>'
    '<answer fraction="0"><text>2008</text></answer>'
    '<hint format="html"><text><![CDATA[' + IMPORTED_HINTS[0] + "]]></text></hint>"
    '<hint format="plain_text"><text>Sadə mətn &amp; iki\nsətir</text></hint>'
    '<hint format="html"><text><![CDATA[' + IMPORTED_HINTS[2] + "]]></text></hint>"
    "</question></quiz>"
).encode()


def edit_url(question):
    return reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])


def new_question_data(client, category, hints):
    form = client.get(add_url()).context["form"]
    return {
        **bound_data(form),
        "category": str(category.pk),
        "type": "single",
        "text": "Agentlik nə vaxt yaradılıb?",
        "points": "1",
        **options_data([{"text": "2012", "is_correct": True}, {"text": "2008"}]),
        **hints_data(hints),
    }


@pytest.fixture
def imported(category):
    created, problems = import_questions(data=BANK, category=category)
    assert problems == []
    (question,) = created
    return question


def test_two_hints_are_stored_sanitised_and_in_order(trainer_client, category):
    data = new_question_data(
        trainer_client,
        category,
        [
            '<p onclick="steal()">Əvvəl <b>ilk addımı</b> düşünün.'
            "<script>alert(1)</script></p>",
            "Sonra növbəyə\nbaxın: 2 < 3 & 3 > 2",
        ],
    )
    response = trainer_client.post(add_url(), data)
    assert response.status_code == 302, response.context["form"].errors
    question = Question.objects.get(text="Agentlik nə vaxt yaradılıb?")
    assert question.hints == [
        "<p>Əvvəl <b>ilk addımı</b> düşünün.</p>",
        "Sonra növbəyə<br>baxın: 2 &lt; 3 &amp; 3 &gt; 2",
    ]


def test_blank_hints_are_left_out(trainer_client, category):
    data = new_question_data(trainer_client, category, ["  ", "Yeganə ipucu", ""])
    assert trainer_client.post(add_url(), data).status_code == 302
    assert Question.objects.get().hints == ["Yeganə ipucu"]


def test_more_than_five_new_hints_are_refused(trainer_client, category):
    data = new_question_data(trainer_client, category, [f"İpucu {n}" for n in range(6)])
    response = trainer_client.post(add_url(), data)
    assert response.status_code == 200
    assert "hint_texts" in response.context["form"].errors
    assert not Question.objects.exists()


def test_the_edit_page_shows_the_hints_for_editing(trainer_client, imported):
    response = trainer_client.get(edit_url(imported))
    form = response.context["form"]
    assert form["hint_texts"].value() == [
        imported.hints[0],  # HTML shown as its source
        "Sadə mətn & iki\nsətir",  # plain text shown as plain text
        imported.hints[2],
    ]
    assert "2010-cu ill" in response.content.decode()  # in the list block's JSON


def test_resaving_an_imported_question_unchanged_keeps_its_hints(
    trainer_client, imported
):
    before = list(imported.hints)
    assert len(before) == 3 and "@@PLUGINFILE@@" not in before[0]
    form = trainer_client.get(edit_url(imported)).context["form"]
    response = trainer_client.post(edit_url(imported), bound_data(form))
    assert response.status_code == 302, response.context["form"].errors
    imported.refresh_from_db()
    assert imported.hints == before


def test_resaving_keeps_hints_stored_under_older_rules_exactly(
    trainer_client, category
):
    """Hints that today's sanitiser would write differently (stored before the links
    got rel=noopener, a line break followed by a newline) are kept as they are."""
    hints = [
        '<p>Bax: <a href="https://asan.gov.az/">asan.gov.az</a></p>',
        "Birinci sətir<br>\nikinci sətir",
    ]
    question = add_question(category, "truefalse", "108 çağrı mərkəzidir.", hints=hints)
    form = trainer_client.get(edit_url(question)).context["form"]
    assert form["hint_texts"].value() == hints  # neither is plain text round-trip
    response = trainer_client.post(edit_url(question), bound_data(form))
    assert response.status_code == 302, response.context["form"].errors
    question.refresh_from_db()
    assert question.hints == hints


def test_editing_one_hint_keeps_the_others_exactly(trainer_client, imported):
    before = list(imported.hints)
    form = trainer_client.get(edit_url(imported)).context["form"]
    texts = form["hint_texts"].value()
    data = {
        **bound_data(form),
        **hints_data([texts[2], "Yeni <i>ipucu</i>", texts[0]]),  # reordered, one new
    }
    response = trainer_client.post(edit_url(imported), data)
    assert response.status_code == 302, response.context["form"].errors
    imported.refresh_from_db()
    assert imported.hints == [before[2], "Yeni <i>ipucu</i>", before[0]]


def test_an_imported_question_with_many_hints_saves_again(trainer_client, category):
    hints = [f"<p>İpucu {n}</p>" for n in range(7)]
    question = add_question(category, "truefalse", "108 çağrı mərkəzidir.", hints=hints)
    form = trainer_client.get(edit_url(question)).context["form"]
    response = trainer_client.post(edit_url(question), bound_data(form))
    assert response.status_code == 302, response.context["form"].errors
    question.refresh_from_db()
    assert question.hints == hints


def test_a_post_without_the_hint_list_keeps_the_hints(trainer_client, imported):
    before = list(imported.hints)
    form = trainer_client.get(edit_url(imported)).context["form"]
    data = {k: v for k, v in bound_data(form).items() if not k.startswith("hint_texts")}
    assert trainer_client.post(edit_url(imported), data).status_code == 302
    imported.refresh_from_db()
    assert imported.hints == before


def test_the_moodle_export_writes_the_hints_written_in_the_admin(
    trainer_client, category
):
    data = new_question_data(
        trainer_client, category, ["<p>Birinci <b>ipucu</b></p>", "İkinci\nipucu"]
    )
    assert trainer_client.post(add_url(), data).status_code == 302
    root = ElementTree.fromstring(export_questions(Question.objects.all()))
    hints = root.findall("question/hint")
    assert [h.findtext("text") for h in hints] == [
        "<p>Birinci <b>ipucu</b></p>",
        "İkinci<br>ipucu",
    ]
    assert {h.get("format") for h in hints} == {"html"}


def test_copying_a_question_in_the_admin_copies_its_hints(trainer_client, imported):
    url = reverse("wagtailsnippets_quizzes_question:copy", args=[imported.pk])
    form = trainer_client.get(url).context["form"]
    assert form["hint_texts"].value()[1] == "Sadə mətn & iki\nsətir"
    response = trainer_client.post(add_url(), bound_data(form))  # the form's action
    assert response.status_code == 302, response.context["form"].errors
    copy = Question.objects.exclude(pk=imported.pk).get()
    assert copy.hints == imported.hints
