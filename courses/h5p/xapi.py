"""Reading an xAPI statement from the player: pure functions, no database.

Everything in a statement comes from the browser, so each number is checked for
sense; a statement that fails is refused whole, with the reason."""

import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from .archive import InvalidJson, parse_json

SUB_CONTENT = "http://h5p.org/x-api/h5p-subContentId"
LARGEST = 1_000_000
SCALED_SLACK = Decimal("0.01")
MAX_DEPTH = 32


class InvalidStatement(Exception):
    """The statement is refused; the message says why."""


@dataclass(frozen=True)
class Score:
    raw: Decimal | None = None
    max: Decimal | None = None
    scaled: Decimal | None = None

    @property
    def percent(self):
        if self.raw is not None:
            value = self.raw * 100 / self.max
        elif self.scaled is not None:
            value = self.scaled * 100
        else:
            return None
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Statement:
    id: uuid.UUID
    verb: str
    object_id: str
    sub_content_id: str
    parent_id: str
    score: Score | None
    completion: bool | None
    success: bool | None
    data: dict

    @property
    def is_top_level(self):
        return not self.sub_content_id and not self.parent_id


def refuse_constant(name):
    raise InvalidStatement(
        _("“%(value)s” is not a number; scores must be real numbers.") % {"value": name}
    )


def parse_body(body):
    """The JSON object of the request body, refusing NaN and Infinity, and
    nesting deeper than any statement has."""
    try:
        data = parse_json(body, depth=MAX_DEPTH, parse_constant=refuse_constant)
    except InvalidJson as error:
        if error.too_deep:
            raise InvalidStatement(
                _("The request nests its data more than %(depth)d levels deep.")
                % {"depth": MAX_DEPTH}
            ) from error
        raise InvalidStatement(_("The request body is not valid JSON.")) from error
    if not isinstance(data, dict):
        raise InvalidStatement(_("The statement must be a JSON object."))
    return data


def read_statement(data):
    return Statement(
        id=statement_id(data),
        verb=iri(data.get("verb"), "verb.id"),
        object_id=iri(data.get("object"), "object.id"),
        sub_content_id=sub_content_id(data.get("object")),
        parent_id=parent_id(data.get("context")),
        score=read_score(result_of(data).get("score")),
        completion=boolean(result_of(data), "completion"),
        success=boolean(result_of(data), "success"),
        data=data,
    )


def statement_id(data):
    try:
        return uuid.UUID(str(data.get("id") or ""))
    except ValueError as error:
        raise InvalidStatement(
            _("The statement needs an “id” that is a UUID.")
        ) from error


def iri(part, name):
    value = part.get("id") if isinstance(part, Mapping) else None
    if not isinstance(value, str) or not value or len(value) > 2000:
        raise InvalidStatement(_("The statement needs “%(field)s”.") % {"field": name})
    return value


def sub_content_id(activity):
    definition = activity.get("definition") if isinstance(activity, Mapping) else None
    extensions = (
        definition.get("extensions") if isinstance(definition, Mapping) else None
    )
    value = extensions.get(SUB_CONTENT) if isinstance(extensions, Mapping) else None
    return str(value)[:64] if value else ""


def parent_id(context):
    activities = (
        context.get("contextActivities") if isinstance(context, Mapping) else None
    )
    parent = activities.get("parent") if isinstance(activities, Mapping) else None
    if isinstance(parent, list):
        parent = parent[0] if parent else None
    value = parent.get("id") if isinstance(parent, Mapping) else None
    return str(value) if value else ""


def result_of(data):
    result = data.get("result", {})
    if result is None:
        return {}
    if not isinstance(result, Mapping):
        raise InvalidStatement(_("“result” must be an object."))
    return result


def boolean(result, name):
    value = result.get(name)
    if value is None or isinstance(value, bool):
        return value
    raise InvalidStatement(
        _("“result.%(field)s” must be true or false.") % {"field": name}
    )


def number(score, name):
    """A finite real number from the score, as a Decimal, or None if absent."""
    value = score.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidStatement(
            _("“result.score.%(field)s” must be a number.") % {"field": name}
        )
    if not math.isfinite(value) or abs(value) > LARGEST:
        raise InvalidStatement(
            _("“result.score.%(field)s” must be a finite number of sensible size.")
            % {"field": name}
        )
    return Decimal(str(value))


def read_score(score):
    if score is None:
        return None
    if not isinstance(score, Mapping):
        raise InvalidStatement(_("“result.score” must be an object."))
    raw, top, scaled = (number(score, n) for n in ("raw", "max", "scaled"))
    low = number(score, "min")
    if raw is None and top is None and scaled is None:
        return None
    if (raw is None) != (top is None):
        raise InvalidStatement(
            _("“result.score.raw” and “result.score.max” come together.")
        )
    if top is not None:
        check_raw(raw, top, low)
    if scaled is not None:
        check_scaled(scaled, raw, top)
    return Score(raw=raw, max=top, scaled=scaled)


def check_raw(raw, top, low):
    if top <= 0:
        raise InvalidStatement(_("“result.score.max” must be greater than 0."))
    if not 0 <= raw <= top:
        raise InvalidStatement(
            _("“result.score.raw” must be between 0 and “result.score.max”.")
        )
    if low is not None and not 0 <= low <= raw:
        raise InvalidStatement(
            _("“result.score.min” must be between 0 and “result.score.raw”.")
        )


def check_scaled(scaled, raw, top):
    if not 0 <= scaled <= 1:
        raise InvalidStatement(_("“result.score.scaled” must be between 0 and 1."))
    if raw is not None and abs(scaled - raw / top) > SCALED_SLACK:
        raise InvalidStatement(
            _("“result.score.scaled” does not match “raw” divided by “max”.")
        )
