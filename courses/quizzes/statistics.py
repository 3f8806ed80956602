"""Item analysis as in Moodle's quiz statistics: facility, discrimination and the
distribution of responses, over graded attempts."""

from collections import Counter
from math import sqrt

from .models import AttemptItem, QuestionOption


def item_statistics(attempts):
    """Per question (by translation key): n, facility %, discrimination %, responses."""
    totals = {a.pk: (float(a.score or 0), float(a.max_score or 0)) for a in attempts}
    rows = list(
        AttemptItem.objects.filter(attempt_id__in=list(totals)).values_list(
            "attempt_id",
            "question_key",
            "question__text",
            "score",
            "max_score",
            "response",
        )
    )
    names = option_names(rows)
    by_question = {}
    for attempt_id, key, text, score, max_score, response in rows:
        entry = by_question.setdefault(
            key, {"text": text, "pairs": [], "responses": Counter()}
        )
        earned, possible = float(score), float(max_score)
        total, total_max = totals[attempt_id]
        rest_max = total_max - possible
        rest = (total - earned) / rest_max if rest_max else 0.0
        entry["pairs"].append((earned / possible if possible else 0.0, rest))
        entry["responses"][response_label(response, names)] += 1
    return [summary(key, entry) for key, entry in by_question.items()]


def option_names(rows):
    ids = set()
    for *_rest, response in rows:
        values = response if isinstance(response, list) else [response]
        ids.update(v for v in values if isinstance(v, int) and not isinstance(v, bool))
    return dict(QuestionOption.objects.filter(pk__in=ids).values_list("pk", "text"))


def summary(key, entry):
    fractions = [f for f, _rest in entry["pairs"]]
    return {
        "question_key": key,
        "text": entry["text"] or "",
        "count": len(fractions),
        "facility": round(100 * sum(fractions) / len(fractions), 1)
        if fractions
        else None,
        "discrimination": correlation(*zip(*entry["pairs"], strict=True))
        if len(fractions) >= 3
        else None,
        "responses": entry["responses"].most_common(8),
    }


def correlation(xs, ys):
    """Pearson correlation in %, or None when either side does not vary."""
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    cov = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    var_x = sum((x - mean_x) ** 2 for x in xs)
    var_y = sum((y - mean_y) ** 2 for y in ys)
    if not var_x or not var_y:
        return None
    return round(100 * cov / sqrt(var_x * var_y), 1)


def response_label(response, names):
    if response in (None, "", [], {}):
        return "—"
    if isinstance(response, bool):
        return str(response).lower()
    if isinstance(response, list):
        return ", ".join(str(names.get(r, r)) for r in response)
    if isinstance(response, dict):
        return ", ".join(f"{k}→{v}" for k, v in sorted(response.items()))
    if isinstance(response, int):
        return str(names.get(response, response))
    return str(response)[:60]
