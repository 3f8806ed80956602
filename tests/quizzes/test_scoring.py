"""The one scoring function, pinned with properties over generated attempts."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from courses.quizzes.scoring import grade, parse_number, score_attempt, score_item
from people.text import normalise_answer


def choice_key(slot, n_options, correct, partial=False, kind="multiple", points="1"):
    ids = list(range(1, n_options + 1))
    return {
        "slot": slot, "type": kind, "points": points, "correct": correct,
        "all": ids, "partial": partial,
    }  # fmt: skip


@st.composite
def keys_and_responses(draw):
    keys, responses = [], {}
    for slot in range(1, draw(st.integers(1, 12)) + 1):
        n = draw(st.integers(2, 6))
        correct = draw(st.lists(st.integers(1, n), min_size=1, max_size=n, unique=True))
        points = str(draw(st.decimals("0.5", "10", places=2)))
        keys.append(choice_key(slot, n, correct, draw(st.booleans()), points=points))
        if draw(st.booleans()):
            responses[str(slot)] = draw(st.lists(st.integers(0, n + 2), max_size=n + 2))
    return keys, responses


def right_responses(keys):
    return {str(k["slot"]): list(k["correct"]) for k in keys}


@settings(max_examples=300, deadline=None)
@given(keys_and_responses())
def test_score_is_between_zero_and_max(data):
    keys, responses = data
    earned, possible, _items = score_attempt(keys, responses)
    assert Decimal(0) <= earned <= possible
    assert possible == sum(Decimal(k["points"]) for k in keys)


@settings(max_examples=200, deadline=None)
@given(keys_and_responses())
def test_all_right_earns_the_maximum(data):
    keys, _responses = data
    earned, possible, _items = score_attempt(keys, right_responses(keys))
    assert earned == possible


@settings(max_examples=200, deadline=None)
@given(keys_and_responses(), st.randoms())
def test_score_does_not_depend_on_question_order(data, rng):
    keys, responses = data
    shuffled = list(keys)
    rng.shuffle(shuffled)
    assert score_attempt(keys, responses)[:2] == score_attempt(shuffled, responses)[:2]


@settings(max_examples=200, deadline=None)
@given(keys_and_responses())
def test_unanswered_questions_count_in_the_denominator(data):
    keys, _responses = data
    earned, possible, _items = score_attempt(keys, {})
    assert earned == 0 and possible == sum(Decimal(k["points"]) for k in keys)


@given(
    st.one_of(
        st.none(),
        st.text(),
        st.integers(),
        st.lists(st.text()),
        st.dictionaries(st.text(), st.text()),
    )
)
def test_junk_responses_never_raise_and_earn_nothing_outside_range(junk):
    for key in [
        choice_key(1, 3, [1], kind="single"),
        choice_key(1, 3, [1, 2]),
        {"slot": 1, "type": "truefalse", "points": "1", "answer": True},
        {"slot": 1, "type": "short", "points": "1", "accepted": ["bakı"]},
        {
            "slot": 1,
            "type": "numeric",
            "points": "1",
            "answer": "15",
            "tolerance": "0.5",
        },
        {"slot": 1, "type": "matching", "points": "1", "pairs": {"1": "a", "2": "b"}},
        {"slot": 1, "type": "ordering", "points": "1", "order": [3, 1, 2]},
    ]:
        assert Decimal(0) <= score_item(key, junk) <= Decimal(1)


def test_multiple_choice_all_or_nothing_and_partial_credit():
    strict = choice_key(1, 4, [1, 2])
    partial = choice_key(1, 4, [1, 2], partial=True)
    assert score_item(strict, [1]) == 0
    assert score_item(strict, [1, 2]) == 1
    assert score_item(partial, [1]) == Decimal("0.5")
    assert score_item(partial, [1, 3]) == 0  # a wrong choice costs its share
    assert score_item(partial, [1, 2, 3, 4]) == 0
    assert score_item(partial, [1, 2]) == 1


def test_numeric_tolerance_and_decimal_comma():
    key = {"type": "numeric", "answer": "2.5", "tolerance": "0.1"}
    assert score_item(key, "2,55") == 1
    assert score_item(key, " 2.6 ") == 1
    assert score_item(key, "2.61") == 0
    assert score_item(key, "NaN") == 0 and score_item(key, "Infinity") == 0
    assert parse_number("1 000,5") == Decimal("1000.5")


def test_matching_and_ordering_give_partial_marks():
    matching = {"type": "matching", "pairs": {"1": "x", "2": "y", "3": "z", "4": "w"}}
    assert score_item(matching, {"1": "x", "2": "y", "3": "w"}) == Decimal("0.5")
    ordering = {"type": "ordering", "order": [5, 6, 7, 8]}
    assert score_item(ordering, [5, 6, 8, 7]) == Decimal("0.5")
    assert score_item(ordering, [5, 6, 7, 8]) == 1


def test_short_answers_are_normalised_for_azerbaijani_case_and_spaces():
    key = {"type": "short", "accepted": [normalise_answer("İsmayılov")]}
    for typed in ["İSMAYILOV", "ismayılov", "  İsmayılov ", "ISMAYILOV", "Ismayilov"]:
        assert score_item(key, typed) == 1, typed
    assert score_item(key, "Ismayil") == 0
    assert normalise_answer("Bakı   şəhəri") == normalise_answer("BAKI ŞƏHƏRİ")


def test_grading_methods():
    results = [Decimal(60), Decimal(90), Decimal(75)]
    assert grade("highest", results) == 90
    assert grade("last", results) == 75
    assert grade("first", results) == 60
    assert grade("average", results) == Decimal(75)
    assert grade("highest", []) is None
