"""Item analysis as in Moodle's quiz statistics: facility, discrimination and the
distribution of responses, over graded attempts. Responses are labelled with what
each employee saw (the option texts of their own attempt), never tokens or ids."""

from collections import Counter
from math import sqrt

from .models import AttemptItem
from .review import describe


def item_statistics(attempts):
    """Per question (by translation key): n, facility %, discrimination %, and the
    responses with their share (%) and who gave them."""
    attempts = {a.pk: a for a in attempts}
    totals = {
        pk: (float(a.score or 0), float(a.max_score or 0)) for pk, a in attempts.items()
    }
    shown = {
        (pk, item["slot"]): item for pk, a in attempts.items() for item in a.questions
    }
    rows = AttemptItem.objects.filter(attempt_id__in=list(attempts)).values_list(
        "attempt_id", "slot", "question_key", "score", "max_score", "response"
    )
    by_question = {}
    for attempt_id, slot, key, score, max_score, response in rows:
        item = shown.get((attempt_id, slot), {})
        entry = by_question.setdefault(
            key,
            {
                "text": item.get("text", ""),
                "pairs": [],
                "responses": Counter(),
                "who": {},
            },
        )
        earned, possible = float(score), float(max_score)
        total, total_max = totals[attempt_id]
        rest_max = total_max - possible
        rest = (total - earned) / rest_max if rest_max else 0.0
        entry["pairs"].append((earned / possible if possible else 0.0, rest))
        label = response_label(item, response)
        entry["responses"][label] += 1
        entry["who"].setdefault(label, []).append(attempts[attempt_id])
    return [summary(key, entry) for key, entry in by_question.items()]


def summary(key, entry):
    fractions = [f for f, _rest in entry["pairs"]]
    count = len(fractions)
    return {
        "question_key": key,
        "text": entry["text"] or "",
        "count": count,
        "facility": round(100 * sum(fractions) / count, 1) if fractions else None,
        "discrimination": correlation(*zip(*entry["pairs"], strict=True))
        if count >= 3
        else None,
        "responses": [
            {
                "label": label,
                "count": times,
                "percent": round(100 * times / count, 1),
                "attempts": entry["who"][label],
            }
            for label, times in entry["responses"].most_common(8)
        ],
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


def response_label(shown, response):
    """A response as the employee saw it, e.g. the chosen option's text."""
    if not shown:
        return "?"
    return describe(shown, None, response)[:120] or "—"


def score_histogram(rows, pass_mark):
    """The employees' grades in ten bands (0–9 %, 10–19 %, …, 90–100 %), as a chart
    with its numbers, and the share that passed: how the group did, at a glance."""
    from django.utils.translation import gettext as _

    from skills.charts import vertical_bars

    counts = [0] * 10
    for row in rows:
        counts[min(int(row["grade"] // 10), 9)] += 1
    bands = [f"{10 * i}–{10 * i + 9}" for i in range(9)] + ["90–100"]
    total = len(rows)
    passed_count = sum(1 for row in rows if row["passed"])
    chart = vertical_bars(
        [(band, count, str(count)) for band, count in zip(bands, counts, strict=True)],
        title=_("Employees by grade (%)"),
        description=_("How many employees got a grade in each band of ten percent."),
    )
    return {
        "chart": chart,
        "bands": list(zip(bands, counts, strict=True)),
        "total": total,
        "passed": passed_count,
        "passed_share": round(100 * passed_count / total) if total else 0,
        "pass_mark": pass_mark,
    }
