"""content.json read through the libraries' semantics as H5P core reads it
(``H5PContentValidator``): a group with one field holds that field's value, a
library field names one of its options and carries that library's parameters, a
video or audio field is a list of sources, ``mime`` is optional.

Core coerces what does not fit (a word where a number belongs becomes 0) and
reports only a few things as errors; those are the problems named here. Along the
way the walk notes every video source, for the outside-address rule."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

FILE_LIKE = {"file", "image", "video", "audio"}
KNOWN_TYPES = FILE_LIKE | {"text", "number", "boolean", "list", "group", "select"}
KNOWN_TYPES |= {"library"}


@dataclass
class ContentWalk:
    """Walks content against semantics; ``semantics_of(name, major, minor)`` gives
    a library's semantics (a list of fields) or None."""

    semantics_of: object
    problems: list = field(default_factory=list)
    video_paths: set = field(default_factory=set)

    def check(self, content, semantics):
        self.group_fields(content, semantics, "")
        return self.problems

    def value(self, value, semantics, where):
        kind = semantics.get("type")
        if kind not in KNOWN_TYPES:
            self.problems.append(
                _("The semantics of “%(field)s” name an unknown field type “%(type)s”.")
                % {"field": where or "content", "type": kind}
            )
            return
        getattr(self, f"check_{kind}", self.check_nothing)(value, semantics, where)

    def check_nothing(self, value, semantics, where):
        """Numbers and booleans: core coerces them, never refuses."""

    def check_text(self, value, semantics, where):
        pattern = semantics.get("regexp")
        text = value if isinstance(value, str) else ""
        if not isinstance(pattern, Mapping) or (
            text == "" and semantics.get("optional")
        ):
            return
        try:
            compiled = re.compile(str(pattern.get("pattern", "")), flags(pattern))
        except re.error:
            return  # core ignores a pattern it cannot use
        if not compiled.search(text):
            self.problems.append(
                _(
                    "In content.json, “%(field)s” does not have the form the library requires."
                )
                % {"field": where}
            )

    def check_select(self, value, semantics, where):
        options = set()
        for option in semantics.get("options") or []:
            if isinstance(option, Mapping) and option.get("type") == "optgroup":
                options |= {o.get("value") for o in option.get("options") or []}
            elif isinstance(option, Mapping):
                options.add(option.get("value"))
        if not options or semantics.get("optional"):
            return
        chosen = value if semantics.get("multiple") else [value]
        if isinstance(value, list) and not semantics.get("multiple"):
            chosen = value[:1]
        for one in chosen if isinstance(chosen, list) else [chosen]:
            if one not in options:
                self.problems.append(
                    _(
                        "In content.json, “%(field)s” is set to “%(value)s”, which is not one of its options."
                    )
                    % {"field": where, "value": str(one)[:80]}
                )

    def check_list(self, value, semantics, where):
        item = semantics.get("field")
        if not isinstance(value, list) or not isinstance(item, Mapping):
            return
        for index, one in enumerate(value):
            self.value(one, item, f"{where}[{index}]")

    def check_group(self, value, semantics, where):
        fields = semantics.get("fields") or []
        if len(fields) == 1 and not semantics.get("isSubContent"):
            # "Groups with just one field are compressed" to that field's value.
            self.value(value, with_optional(fields[0], semantics), where)
            return
        self.group_fields(value, fields, where, optional=semantics.get("optional"))

    def group_fields(self, value, fields, where, optional=False):
        if not isinstance(value, Mapping):
            return
        by_name = {f.get("name"): f for f in fields if isinstance(f, Mapping)}
        for key, item in value.items():
            found = by_name.get(key)
            if found is not None:  # core drops keys the semantics do not name
                if optional:
                    found = with_optional(found, {"optional": True})
                self.value(item, found, f"{where}.{key}" if where else key)

    def check_file(self, value, semantics, where):
        """file, image: one object; video, audio: a list of sources."""

    check_image = check_file

    def check_video(self, value, semantics, where):
        for source in value if isinstance(value, list) else []:
            if isinstance(source, Mapping) and isinstance(source.get("path"), str):
                self.video_paths.add(source["path"])

    check_audio = check_file

    def check_library(self, value, semantics, where):
        if not isinstance(value, Mapping) or "library" not in value:
            return  # core drops it
        used = str(value["library"])
        allowed = [
            option.get("name") if isinstance(option, Mapping) else option
            for option in semantics.get("options") or []
        ]
        if used not in allowed:
            self.problems.append(library_message(used, allowed, where))
            return
        found = self.semantics_of(*split_library(used))
        if isinstance(found, list):
            self.group_fields(value.get("params"), found, f"{where}.params")


def with_optional(semantics, parent):
    if parent.get("optional") and not semantics.get("optional"):
        return {**semantics, "optional": True}
    return semantics


def flags(pattern):
    modifiers = str(pattern.get("modifiers") or "")
    value = re.IGNORECASE if "i" in modifiers else 0
    value |= re.MULTILINE if "m" in modifiers else 0
    return value | (re.DOTALL if "s" in modifiers else 0)


def split_library(text):
    """``("H5P.Video", 1, 5)`` from ``"H5P.Video 1.5"``; a bad one finds nothing."""
    name, _space, version = text.partition(" ")
    major, _dot, minor = version.partition(".")
    if not (major.isdigit() and minor.isdigit()):
        return name, -1, -1
    return name, int(major), int(minor)


def library_message(used, allowed, where):
    same = [a for a in allowed if str(a).split(" ")[0] == used.split(" ")[0]]
    if same:
        return _(
            "In content.json, “%(field)s” uses %(used)s, but this version of the "
            "content type expects %(expected)s."
        ) % {"field": where, "used": used, "expected": same[0]}
    return _(
        "In content.json, “%(field)s” uses the library “%(used)s”, which the content "
        "type does not allow there."
    ) % {"field": where, "used": used}
