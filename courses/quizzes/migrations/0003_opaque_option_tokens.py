"""Attempts stored before options had per-attempt tokens named them by database id
(option values on the page, responses, keys). Give every such option, ordering
item and matching item a random token, in the snapshot, the key, the answers and
the graded items, and keep token → option id in the key for regrading."""

import secrets

from django.db import migrations

CHOICE = ("single", "multiple")


def option_ids(key):
    kind = key["type"]
    if kind in CHOICE:
        return [int(i) for i in key.get("all", [])]
    if kind == "matching":
        return [int(i) for i in key.get("pairs", {})]
    if kind == "ordering":
        return [int(i) for i in key.get("order", [])]
    return []


def fresh_tokens(ids):
    tokens = {}
    while len(set(tokens.values())) != len(ids):
        tokens = {i: secrets.token_hex(4) for i in ids}
    return tokens


def renamed(kind, value, name):
    """``value`` (a response, in the type's shape) with every option named anew."""

    def one(v):
        try:
            return name(v)
        except (KeyError, TypeError, ValueError):
            return v

    if value is None:
        return None
    if kind == "single":
        return one(value)
    if kind in ("multiple", "ordering") and isinstance(value, list):
        return [one(v) for v in value]
    if kind == "matching" and isinstance(value, dict):
        return {one(k): v for k, v in value.items()}
    return value


def convert_attempt(attempt, items, forwards):
    keys = {key["slot"]: key for key in attempt.key}
    names = {}
    for key in attempt.key:
        if forwards and "options" not in key:
            tokens = fresh_tokens(option_ids(key))
            names[key["slot"]] = lambda v, t=tokens: t[int(v)]
            key["options"] = {t: i for i, t in tokens.items()}
        elif not forwards and "options" in key:
            ids = key.pop("options")
            names[key["slot"]] = lambda v, ids=ids: ids[v]
    if not names:
        return False
    for slot, name in names.items():
        key = keys[slot]
        kind = key["type"]
        if kind in CHOICE:
            key["correct"] = [name(i) for i in key["correct"]]
            key["all"] = [name(i) for i in key["all"]]
            key["option_texts"] = {
                str(name(i)): t for i, t in key.get("option_texts", {}).items()
            }
            if "fractions" in key:  # written by later code; renamed the same way
                key["fractions"] = {
                    str(name(i)): f for i, f in key["fractions"].items()
                }
        elif kind == "matching":
            key["pairs"] = {str(name(i)): t for i, t in key["pairs"].items()}
        elif kind == "ordering":
            key["order"] = [name(i) for i in key["order"]]
        feedback = key.get("feedback", {})
        feedback["options"] = {
            str(name(i)): t for i, t in feedback.get("options", {}).items()
        }
    for shown in attempt.questions:
        name = names.get(shown["slot"])
        if name is None:
            continue
        for part in ("options", "left", "items"):
            for entry in shown.get(part, []):
                entry["id"] = name(entry["id"])
    for slot, value in list(attempt.answers.items()):
        if int(slot) in names:
            kind = keys[int(slot)]["type"]
            attempt.answers[slot] = renamed(kind, value, names[int(slot)])
    for item in items:
        if item.slot in names:
            kind = keys[item.slot]["type"]
            item.response = renamed(kind, item.response, names[item.slot])
            item.save(update_fields=["response"])
    attempt.save(update_fields=["questions", "key", "answers"])
    return True


def run(apps, forwards):
    Attempt = apps.get_model("quizzes", "Attempt")
    AttemptItem = apps.get_model("quizzes", "AttemptItem")
    for attempt in Attempt.objects.all().iterator(chunk_size=200):
        items = list(AttemptItem.objects.filter(attempt_id=attempt.pk))
        convert_attempt(attempt, items, forwards)


def forwards(apps, schema_editor):
    run(apps, True)


def backwards(apps, schema_editor):
    run(apps, False)


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0002_roles_and_sweep")]

    operations = [migrations.RunPython(forwards, backwards)]
