"""How assessments (quizzes, H5P) tell a course where an enrolment stands.

The quiz and H5P wings register a provider; ``courses`` never imports them.
A provider is called with the enrolment's course page and a list of enrolments and
returns ``{enrolment_id: AssessmentState}``.
"""

from dataclasses import dataclass
from decimal import Decimal

_providers = []


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
