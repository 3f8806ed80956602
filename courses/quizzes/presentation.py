"""Attempt items made ready for the form, with the employee's saved answers in place.
Nothing here knows or shows what is right."""


def form_items(items, answers):
    return [form_item(item, answers.get(str(item["slot"]))) for item in items]


def form_item(item, answer):
    entry = dict(item, answer=answer, answered=is_answered(answer))
    if item["type"] in ("single", "multiple"):
        chosen = answer if isinstance(answer, list) else [answer]
        entry["options"] = [dict(o, checked=o["id"] in chosen) for o in item["options"]]
    elif item["type"] == "matching":
        given = answer if isinstance(answer, dict) else {}
        entry["left"] = [
            dict(o, selected=given.get(str(o["id"]), "")) for o in item["left"]
        ]
    elif item["type"] == "ordering":
        order = answer if isinstance(answer, list) else []
        entry["items"] = [
            dict(o, position=order.index(o["id"]) + 1 if o["id"] in order else None)
            for o in item["items"]
        ]
        entry["positions"] = list(range(1, len(item["items"]) + 1))
    return entry


def is_answered(answer):
    return answer not in (None, "", [], {})
