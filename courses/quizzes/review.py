"""What an employee may see of a finished attempt, as the quiz's review options allow."""

from decimal import Decimal

from django.utils import timezone
from django.utils.formats import number_format

from .models import QuizPage
from .qtypes import question_type
from .scoring import parse_number


def review_level(attempt, now=None):
    """'none' before the review opens, else the quiz's 'score' / 'answers' / 'full'."""
    now = now or timezone.now()
    quiz = attempt.quiz
    if quiz.review_when == QuizPage.ReviewWhen.AFTER_CLOSE and (
        quiz.closes_at is None or now < quiz.closes_at
    ):
        return "none"
    return quiz.review_shows


def review_context(attempt):
    level = review_level(attempt)
    items = []
    if level in ("answers", "full"):
        keys = {key["slot"]: key for key in attempt.key}
        scores = {item.slot: item for item in attempt.items.all()}
        for shown in attempt.questions:
            key = keys[shown["slot"]]
            items.append(
                review_item(
                    shown,
                    key,
                    attempt.answers.get(str(shown["slot"])),
                    scores.get(shown["slot"]),
                    level == "full",
                )
            )
    return {"attempt": attempt, "level": level, "items": items}


def review_item(shown, key, response, score, with_key):
    entry = {
        "shown": shown,
        "response_text": describe(shown, key, response),
        "score": score,
    }
    if with_key:
        entry["right_text"] = describe(shown, key, right_response(key))
        entry["feedback"] = key["feedback"]["general"]
        entry["option_feedback"] = option_feedback(key, response)
        entry["hints"] = hints(key, score)
    return entry


def right_response(key):
    return question_type(key["type"]).right_response(key)


def hints(key, score):
    """The question's hints, for an answer that earned less than full marks.
    Moodle shows a hint after a wrong try, beside the feedback ("interactive with
    multiple tries"); with deferred feedback the review is the first moment the
    employee learns an answer was wrong, so the hints come there, with the
    feedback and only where the feedback is shown. Attempts started before hints
    were kept have none."""
    if score is None or score.score >= score.max_score:
        return []
    return key["feedback"].get("hints", [])


def option_feedback(key, response):
    chosen = response if isinstance(response, list) else [response]
    texts = key["feedback"]["options"]
    return [texts[str(c)] for c in chosen if str(c) in texts]


def describe(shown, key, response):
    """A response in words, as the employee saw it (the chosen options' texts)."""
    if response is None or response == "" or response == [] or response == {}:
        return ""
    try:
        return question_type(shown["type"]).describe(shown, response)
    except (TypeError, KeyError, AttributeError, ValueError):
        return "?"


def plain_number(value):
    """A number as a person writes it: 108, not 108.0000; 2,5 in Azerbaijani."""
    number = parse_number(value)
    if number is None:
        return str(value)
    number = number.normalize()
    if number == number.to_integral():
        number = number.quantize(Decimal(1))
    return number_format(number, use_l10n=True)
