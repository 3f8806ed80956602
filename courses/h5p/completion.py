"""What completes an H5P block of a lesson: the activity completed, or passed with a
score at or above the block's mark. One class per rule; a lesson completes itself
when every block's rule is met.

Some content types never report completion (they have nothing to answer); read from
their sources. A lesson holding one falls back to "Mark as done"."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

COMPLETED = "completed"
PASSED = "passed"
DEFAULT_MARK = 80
# Content types whose scripts send no "completed" or scored statement.
NEVER_COMPLETE = frozenset(
    {
        "H5P.Accordion",
        "H5P.AdvancedText",
        "H5P.Audio",
        "H5P.Dialogcards",
        "H5P.Image",
        "H5P.ImageJuxtaposition",
        "H5P.Video",
    }
)


def never_completes(package):
    """From h5p.json, so no query: whether the package's content type never
    reports completion."""
    return (package.metadata or {}).get("mainLibrary") in NEVER_COMPLETE


@dataclass(frozen=True)
class Completed:
    """H5P's own notion: the activity said it is completed (or passed)."""

    def is_met(self, statements):
        return any(s.counts_as_completed for s in statements)

    def describe(self):
        return _("Complete this activity to complete the lesson.")


@dataclass(frozen=True)
class Passed:
    """A top-level attempt scored at least ``mark`` percent."""

    mark: int = DEFAULT_MARK

    def is_met(self, statements):
        mark = Decimal(self.mark)
        return any(
            s.is_attempt and s.percent is not None and s.percent >= mark
            for s in statements
        )

    def describe(self):
        return _("Score at least %(mark)s%% to complete the lesson.") % {
            "mark": self.mark
        }


def rule_for(value):
    """The rule of a block's value (a StructValue or its raw dict)."""
    if value.get("completes_when") == PASSED:
        mark = value.get("pass_mark")
        return Passed(DEFAULT_MARK if mark is None else int(mark))
    return Completed()
