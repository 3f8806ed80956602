"""Reading answers from a posted form (the same fields whether the browser submits
the page or autosaves it with JavaScript); each question type reads its own."""

from .qtypes import InvalidAnswer, field_name, question_type

__all__ = ["InvalidAnswer", "field_name", "read_answers"]


def read_answers(items, data):
    """``{slot: response}`` for every slot present in ``data``; others untouched."""
    answers = {}
    for item in items:
        present, value = question_type(item["type"]).read(item, data)
        if present:
            answers[str(item["slot"])] = value
    return answers
