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
# Content types whose scripts send no xAPI statement at all (read from their sources).
NEVER_COMPLETE = frozenset(
    {
        "H5P.AdvancedText",
        "H5P.Audio",
        "H5P.Dialogcards",
        "H5P.Image",
        "H5P.ImageJuxtaposition",
        "H5P.Video",
    }
)
# ...and those that report completion but never a score (H5P.Accordion says
# "consumed", completed, as soon as it is shown).
NEVER_SCORED = NEVER_COMPLETE | {"H5P.Accordion"}


def main_library(package):
    """From h5p.json, so no query."""
    return (package.metadata or {}).get("mainLibrary")


def never_completes(package):
    return main_library(package) in NEVER_COMPLETE


def never_scored(package):
    return main_library(package) in NEVER_SCORED


def can_complete(package, value):
    """Whether a block's rule can ever be met by this package's content type."""
    if never_completes(package):
        return False
    return not (value.get("completes_when") == PASSED and never_scored(package))


@dataclass(frozen=True)
class Completed:
    """H5P's own notion: the activity said it is completed (or passed)."""

    def is_met(self, statements):
        return any(s.counts_as_completed for s in statements)

    def is_met_by(self, result):
        """The same, from the employee's result (``results.H5PResult``)."""
        return result.completed

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

    def is_met_by(self, result):
        """The same, from the employee's result: their best attempt."""
        return result.best is not None and result.best >= Decimal(self.mark)

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
