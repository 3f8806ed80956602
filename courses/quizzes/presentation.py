"""Attempt items made ready for the form, with the employee's saved answers in place.
Nothing here knows or shows what is right."""

from .qtypes import question_type


def form_items(items, answers):
    return [form_item(item, answers.get(str(item["slot"]))) for item in items]


def form_item(item, answer):
    kind = question_type(item["type"])
    entry = dict(item, answer=answer, answered=is_answered(answer))
    entry["template"] = kind.template
    entry["input_type"] = kind.input_type
    return kind.form_item(entry, answer)


def is_answered(answer):
    return answer not in (None, "", [], {})
