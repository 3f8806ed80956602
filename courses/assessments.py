"""How assessments (quizzes, H5P) tell a course where an enrolment stands.

The quiz and H5P wings register a provider; ``courses`` never imports them.
A provider is called with the enrolment's course page and a list of enrolments and
returns ``{enrolment_id: AssessmentState}``.
"""

from dataclasses import dataclass
from decimal import Decimal

_providers = []
_outline_providers = []


@dataclass(frozen=True)
class AssessmentState:
    required: int = 0
    passed: int = 0
    failed_for_good: bool = False
    score: Decimal | None = None
    # translation_keys of the assessment pages passed (required or not): the
    # course outline ticks them.
    passed_keys: frozenset = frozenset()


def register_provider(provider):
    if provider not in _providers:
        _providers.append(provider)


def register_outline_provider(annotations, passed_keys):
    """What the course outline ticks, read with the employee's progress query
    instead of a query of its own: ``annotations(course, employee_field)`` gives
    ``{name: expression}`` to annotate that query with (``employee_field`` names the
    employee's id in it), or None when it cannot; ``passed_keys(course, values)``
    reads the translation keys of the pages passed from ``{name: value}``."""
    if (annotations, passed_keys) not in _outline_providers:
        _outline_providers.append((annotations, passed_keys))


def outline_annotations(course, employee_field):
    """Every provider's annotations, or None if one cannot fold its check in."""
    combined = {}
    for annotations, _passed_keys in _outline_providers:
        found = annotations(course, employee_field)
        if found is None:
            return None
        combined.update(found)
    return combined


def outline_passed_keys(course, values):
    keys = set()
    for _annotations, passed_keys in _outline_providers:
        keys |= passed_keys(course, values)
    return frozenset(keys)


def assessment_states(course, enrolments):
    """Combine every provider's view of ``enrolments`` in ``course``."""
    combined = {e.pk: AssessmentState() for e in enrolments}
    for provider in _providers:
        for enrolment_id, state in provider(course, enrolments).items():
            combined[enrolment_id] = merge(combined[enrolment_id], state)
    return combined


def merge(a, b):
    scores = [s for s in (a.score, b.score) if s is not None]
    return AssessmentState(
        required=a.required + b.required,
        passed=a.passed + b.passed,
        failed_for_good=a.failed_for_good or b.failed_for_good,
        score=min(scores) if scores else None,
        passed_keys=a.passed_keys | b.passed_keys,
    )
