"""Grading: pure functions over Decimal. No database, no request; one place for every
marking rule, so it can be tested exhaustively.

A *key* entry says what is right for one question slot; a *response* is what the
employee gave (None when unanswered). ``score_item`` returns the fraction of the
question's points earned, 0 ≤ fraction ≤ 1.
"""

from decimal import Decimal, InvalidOperation

from .qtypes import question_type

ZERO, ONE = Decimal(0), Decimal(1)
POINTS = Decimal("0.001")


def parse_number(value):
    """A typed number: spaces ignored, decimal comma or point, finite."""
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def score_item(key, response):
    """The fraction earned for one slot; malformed responses earn nothing."""
    try:
        fraction = question_type(key["type"]).score(key, response)
    except (TypeError, KeyError, AttributeError, ValueError):
        return ZERO
    return max(ZERO, min(ONE, fraction))


def score_attempt(keys, responses):
    """(points earned, points possible, per-slot points). Unanswered slots count in
    the denominator and earn nothing; the slots' order does not matter."""
    earned, possible, items = ZERO, ZERO, {}
    for key in keys:
        points = Decimal(key["points"])
        got = (points * score_item(key, responses.get(str(key["slot"])))).quantize(
            POINTS
        )
        items[key["slot"]] = (got, points)
        earned += got
        possible += points
    return earned, possible, items


def percent(earned, possible):
    if not possible:
        return ZERO
    return (earned * 100 / possible).quantize(Decimal("0.01"))


def passed(result, pass_mark):
    """The one pass decision (attempts, course results, regrade, reports): a
    result in percent passes when it reaches the pass mark; exactly at it passes."""
    return result is not None and Decimal(result) >= Decimal(pass_mark)


def grade(method, percents):
    """The quiz result from graded attempts' percentages, oldest first."""
    if not percents:
        return None
    if method == "highest":
        return max(percents)
    if method == "last":
        return percents[-1]
    if method == "first":
        return percents[0]
    return (sum(percents) / len(percents)).quantize(Decimal("0.01"))
