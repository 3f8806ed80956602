"""Questions that arrange given texts: matching pairs and ordering items."""

from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import moodle
from .base import QuestionType, field_name, shuffled, token_in


class Matching(QuestionType):
    kind = "matching"
    label = gettext_lazy("Matching")
    template = "quizzes/includes/types/matching.html"
    regradable = False

    def problem(self, options, data):
        """Two or more items, each with its match; a match without an item is a
        distractor (a wrong choice offered on the right)."""
        items = [o for o in options if o.get("text")]
        if len(items) < 2 or any(not o.get("match_text") for o in items):
            return _(
                "A matching question needs two or more items, each with its match."
            )
        return None

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        from ..snapshot import new_tokens

        items = [o for o in options if o.text]
        matches = new_tokens(options)  # the right-hand side has tokens of its own
        lefts = [{"id": tokens[o.pk], "text": o.text} for o in items]
        rights = [
            {"id": matches[o.pk], "text": o.match_text} for o in options if o.match_text
        ]
        shown["left"] = shuffled(lefts, rng) if shuffle else lefts
        shown["right"] = shuffled(rights, rng)  # the right-hand side always is
        key["pairs"] = {tokens[o.pk]: matches[o.pk] for o in items}
        key["right_texts"] = {r["id"]: r["text"] for r in rights}

    moodle_names = ("matching",)

    def from_moodle(self, element, fields):
        """Each subquestion's text and its answer; a subquestion with no text is
        a distractor, a wrong answer offered on the right."""
        options = []
        for pair in element.findall("subquestion"):
            text = moodle.plain_text(pair)
            match = moodle.text_of(pair, "answer/text")
            if text or match:
                options.append({"text": text, "match_text": match})
        return options

    def moodle_type(self, question, options):
        return "matching"

    def to_moodle(self, question, options, element):
        moodle.flag(element, "shuffleanswers", True)
        for option in options:  # an item with no text is a distractor
            pair = moodle.sub_text(
                element, "subquestion", option.text, format="plain_text"
            )
            moodle.sub_text(pair, "answer", option.match_text)

    def read(self, item, data):
        tokens = {r["id"] for r in item["right"]}
        answer, present = {}, False
        for left in item["left"]:
            name = field_name(item["slot"], left["id"])
            if name in data:
                present = True
                value = data.get(name)
                if value:
                    answer[left["id"]] = token_in(value, tokens)
        return present, answer

    def form_item(self, entry, answer):
        given = answer if isinstance(answer, dict) else {}
        entry["left"] = [
            dict(o, selected=given.get(o["id"], "")) for o in entry["left"]
        ]
        return entry

    def score(self, key, response):
        pairs = key["pairs"]
        given = response if isinstance(response, dict) else {}
        right = sum(1 for left, token in pairs.items() if given.get(left) == token)
        return Decimal(right) / Decimal(len(pairs))

    def right_response(self, key):
        return key["pairs"]

    def describe(self, shown, response):
        lefts = {o["id"]: o["text"] for o in shown["left"]}
        rights = {o["id"]: o["text"] for o in shown["right"]}
        return "; ".join(
            f"{lefts.get(k, '?')} → {rights.get(v, '?')}" for k, v in response.items()
        )


class Ordering(QuestionType):
    kind = "ordering"
    label = gettext_lazy("Ordering")
    template = "quizzes/includes/types/ordering.html"
    regradable = False

    def problem(self, options, data):
        if len(options) < 2:
            return _("An ordering question needs two or more items.")
        return None

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        order = [tokens[o.pk] for o in options]
        items = [{"id": tokens[o.pk], "text": o.text} for o in options]
        while len(items) > 1 and [i["id"] for i in items] == order:
            rng.shuffle(items)  # never show them already in order
        shown["items"] = items
        key["order"] = order

    def read(self, item, data):
        ids = [entry["id"] for entry in item["items"]]
        places = {str(n) for n in range(1, len(ids) + 1)}
        positions, present = {}, False
        for item_id in ids:
            name = field_name(item["slot"], item_id)
            if name in data:
                present = True
                value = data.get(name)
                if value:
                    positions[item_id] = int(token_in(value, places))
        if not present:
            return False, None
        return True, [i for i, _ in sorted(positions.items(), key=lambda kv: kv[1])]

    def form_item(self, entry, answer):
        order = answer if isinstance(answer, list) else []
        entry["items"] = [
            dict(o, position=order.index(o["id"]) + 1 if o["id"] in order else None)
            for o in entry["items"]
        ]
        entry["positions"] = list(range(1, len(entry["items"]) + 1))
        return entry

    def score(self, key, response):
        order = key["order"]
        given = response if isinstance(response, list) else []
        right = sum(
            1
            for index, item in enumerate(order)
            if index < len(given) and given[index] == item
        )
        return Decimal(right) / Decimal(len(order))

    def right_response(self, key):
        return key["order"]

    moodle_names = ("ordering",)

    def from_moodle(self, element, fields):
        """The items in the right order, which Moodle writes as their fractions."""
        answers = sorted(element.findall("answer"), key=moodle.position_of)
        return [{"text": moodle.plain_text(answer)} for answer in answers]

    def moodle_type(self, question, options):
        return "ordering"

    def to_moodle(self, question, options, element):
        for position, option in enumerate(options, start=1):
            moodle.sub_text(element, "answer", option.text, fraction=str(position))

    def describe(self, shown, response):
        names = {o["id"]: o["text"] for o in shown["items"]}
        return " → ".join(names.get(i, "?") for i in response)
