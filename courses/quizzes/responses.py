"""Reading answers from a posted form (the same fields whether the browser submits
the page or autosaves it with JavaScript)."""


class InvalidAnswer(ValueError):
    """An answer that cannot belong to this attempt (a forged or stale form)."""


def field_name(slot, part=None):
    return f"q{slot}" if part is None else f"q{slot}-{part}"


def read_answers(items, data):
    """``{slot: response}`` for every slot present in ``data``; others untouched."""
    answers = {}
    for item in items:
        reader = READERS[item["type"]]
        present, value = reader(item, data)
        if present:
            answers[str(item["slot"])] = value
    return answers


def _int_choice(value, allowed):
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InvalidAnswer(value) from None
    if number not in allowed:
        raise InvalidAnswer(value)
    return number


def _token(value, allowed):
    if value not in allowed:
        raise InvalidAnswer(value)
    return value


def read_single(item, data):
    name = field_name(item["slot"])
    if name not in data:
        return False, None
    value = data.get(name)
    if value == "":
        return True, None
    return True, _token(value, {o["id"] for o in item["options"]})


def read_multiple(item, data):
    name = field_name(item["slot"])
    marker = field_name(item["slot"], "present")
    if marker not in data and name not in data:
        return False, None
    allowed = {o["id"] for o in item["options"]}
    values = [v for v in data.getlist(name) if v != ""]
    return True, sorted({_token(v, allowed) for v in values})


def read_true_false(item, data):
    name = field_name(item["slot"])
    if name not in data:
        return False, None
    value = data.get(name)
    if value not in ("true", "false", ""):
        raise InvalidAnswer(value)
    return True, None if value == "" else value == "true"


def read_text(item, data):
    name = field_name(item["slot"])
    if name not in data:
        return False, None
    value = data.get(name, "")
    if len(value) > 500:
        raise InvalidAnswer("too long")
    return True, value


def read_matching(item, data):
    tokens = {r["id"] for r in item["right"]}
    answer, present = {}, False
    for left in item["left"]:
        name = field_name(item["slot"], left["id"])
        if name in data:
            present = True
            value = data.get(name)
            if value and value not in tokens:
                raise InvalidAnswer(value)
            if value:
                answer[left["id"]] = value
    return present, answer


def read_ordering(item, data):
    ids = [entry["id"] for entry in item["items"]]
    positions, present = {}, False
    for item_id in ids:
        name = field_name(item["slot"], item_id)
        if name in data:
            present = True
            value = data.get(name)
            if value:
                positions[item_id] = _int_choice(value, set(range(1, len(ids) + 1)))
    if not present:
        return False, None
    return True, [i for i, _ in sorted(positions.items(), key=lambda kv: kv[1])]


READERS = {
    "single": read_single,
    "multiple": read_multiple,
    "truefalse": read_true_false,
    "short": read_text,
    "numeric": read_text,
    "matching": read_matching,
    "ordering": read_ordering,
}
