"""Nothing on an open attempt's page correlates with the answer key: no database
ids, no order that gives the answer away, no telling attributes."""

import importlib
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from courses.quizzes.models import Attempt, AttemptItem, QuestionOption
from courses.quizzes.responses import read_answers
from courses.quizzes.services import build_questions, start_attempt, submit_attempt
from tests.quizzes.conftest import as_querydict, right_answers

TOKEN = re.compile(r"^[0-9a-f]{8}$")
ALLOWED_DATA = {
    "data-attempt", "data-save-url", "data-slot", "data-answered", "data-unanswered",
    "data-saving", "data-saved", "data-offline", "data-back", "data-offline-submit",
    "data-five", "data-one",
}  # fmt: skip


class Fields(HTMLParser):
    """The attempt form's controls in page order, and every attribute name."""

    def __init__(self):
        super().__init__()
        self.controls, self.attributes, self.inline_scripts = [], set(), 0
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.attributes.update(attrs)
        if tag == "script" and "src" not in attrs:
            self.inline_scripts += 1
        if tag == "input" and attrs.get("name", "").startswith("q"):
            self.controls.append((attrs["name"], attrs.get("value")))
        if tag == "select":
            self._select = attrs["name"]
            self.controls.append((attrs["name"], None))
        if tag == "option" and self._select and attrs.get("value"):
            self.controls.append((self._select, attrs["value"]))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


@pytest.fixture
def open_page(client, quiz, employee, enrolled):
    client.force_login(employee.user)
    client.post(quiz.url)
    attempt = Attempt.objects.get()
    html = client.get(reverse("quizzes:attempt", args=[attempt.pk])).content.decode()
    fields = Fields()
    fields.feed(html)
    return attempt, fields


def test_no_database_id_names_an_option_item_or_match(open_page):
    attempt, fields = open_page
    ids = {str(pk) for pk in QuestionOption.objects.values_list("pk", flat=True)}
    by_slot = {item["slot"]: item for item in attempt.questions}
    seen = 0
    for name, value in fields.controls:
        slot, _dash, part = name[1:].partition("-")
        kind = by_slot[int(slot)]["type"]
        if kind in ("single", "multiple") and value is not None and part == "":
            assert TOKEN.match(value) and value not in ids
            seen += 1
        if kind in ("matching", "ordering") and part:
            assert TOKEN.match(part) and part not in ids
            seen += 1
        if kind == "matching" and value is not None:
            assert TOKEN.match(value) and value not in ids
    assert seen >= 13  # 3 + 3 options, 2 left items (×3 controls), 3 ordering items
    assert fields.inline_scripts == 0  # no data for scripts in the page
    data = {name for name in fields.attributes if name.startswith("data-")}
    assert data <= ALLOWED_DATA
    for item in attempt.questions:
        if item["type"] == "ordering":
            shown = [name.partition("-")[2] for name, v in fields.controls if v is None]
            key = next(k for k in attempt.key if k["slot"] == item["slot"])
            assert [t for t in shown if t in key["order"]] != key["order"]


def test_tokens_are_new_for_every_attempt_and_order_tells_nothing(quiz):
    """Over many attempts the right option is not found by its token's rank or its
    place on the page (a fixed rank would happen by chance with p < 1e-5)."""
    token_ranks, places, tokens, in_order = set(), set(), [], set()
    for _ in range(12):
        shown, keys = build_questions(quiz, "az")
        single = next(k for k in keys if k["type"] == "single")
        item = next(i for i in shown if i["slot"] == single["slot"])
        right = single["correct"][0]
        token_ranks.add(sorted(single["all"]).index(right))
        places.add([o["id"] for o in item["options"]].index(right))
        ordering = next(k for k in keys if k["type"] == "ordering")
        in_order.add(sorted(ordering["order"]) == ordering["order"])
        tokens.append(set(single["all"]))
    assert len(token_ranks) > 1 and len(places) > 1 and in_order != {True}
    assert all(not (a & b) for a, b in zip(tokens, tokens[1:], strict=False))


def test_old_id_snapshots_are_converted_to_tokens(quiz, employee, enrolled):
    """The data migration: an attempt in the old format (ids) is rewritten with
    tokens and still grades the same, responses included."""
    migration = importlib.import_module(
        "courses.quizzes.migrations.0003_opaque_option_tokens"
    )
    attempt = start_attempt(employee=employee, quiz=quiz, language="az")
    answers = read_answers(attempt.questions, as_querydict(right_answers(attempt)))
    attempt, _ = submit_attempt(
        attempt_id=attempt.pk, employee=employee, answers=answers
    )
    items = list(AttemptItem.objects.filter(attempt=attempt))
    assert migration.convert_attempt(attempt, items, forwards=False)  # to ids
    old = Attempt.objects.get(pk=attempt.pk)
    single = next(k for k in old.key if k["type"] == "single")
    assert all(isinstance(i, int) for i in single["all"]) and "options" not in single
    assert isinstance(old.answers[str(single["slot"])], int)

    assert migration.convert_attempt(old, list(old.items.all()), forwards=True)
    new = Attempt.objects.get(pk=attempt.pk)
    single = next(k for k in new.key if k["type"] == "single")
    assert all(TOKEN.match(t) for t in single["all"])
    assert new.answers[str(single["slot"])] == single["correct"][0]
    assert not migration.convert_attempt(new, [], forwards=True)  # once only
    from courses.quizzes.scoring import score_attempt

    assert score_attempt(new.key, new.answers)[0] == attempt.score
    response = new.items.get(slot=single["slot"]).response
    assert response == single["correct"][0]
