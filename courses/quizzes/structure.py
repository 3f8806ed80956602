"""What a quiz draws its questions from, kept in the cache between starts.

Starting an attempt needs the quiz's slots, the questions (or the pools random
slots draw from), their translations and their options: five queries and the same
answer for every employee. It is kept per quiz and language until a question, an
option, a slot or a locale changes; each of those moves a version number on (after
its transaction commits), so every cached structure from before is left unused.
Each attempt still draws its own random questions, tokens and order from it
(snapshot.py). As with the page tree (courses/routing.py), several processes need a
shared cache (``REDIS_URL``) for a change made in one to reach the others."""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.db.models import prefetch_related_objects
from wagtail.models import Locale

from people import cache_versions

from .models import Question

VERSION_KEY = "lms:quiz-questions:version"
TIMEOUT = 24 * 60 * 60


def questions_version():
    return cache_versions.current(VERSION_KEY)


def bump_version():
    cache_versions.advance(VERSION_KEY)


def questions_changed():
    """Leave every cached quiz structure behind once the change is committed (a
    structure built in between could not see it yet)."""
    bump_version()
    transaction.on_commit(bump_version)


@dataclass
class Slot:
    question: Question | None = None  # a fixed question, or…
    pool: list = field(default_factory=list)  # …the category's questions to draw from
    count: int = 0


@dataclass
class Structure:
    slots: list
    translated: dict  # translation_key → the question in the attempt's language


def quiz_structure(quiz, language):
    """The slots of ``quiz`` (the default-locale copy) with their questions and
    pools, options loaded, and the translations into ``language``."""
    key = f"lms:quiz-structure:{quiz.pk}:{language}:{questions_version()}"
    found = cache.get(key)
    if found is None:
        found = build_structure(quiz, language)
        cache.set(key, found, TIMEOUT)
    return found


def build_structure(quiz, language):
    default = Locale.get_default()
    slots = []
    for slot in quiz.slots.select_related("question").all():
        if slot.question_id:
            slots.append(Slot(question=slot.question))
        else:
            pool = Question.objects.filter(category_id=slot.category_id, locale=default)
            slots.append(Slot(pool=list(pool), count=slot.random_count))
    questions = [s.question for s in slots if s.question] + [
        q for s in slots for q in s.pool
    ]
    translated = {}
    locale = Locale.objects.filter(language_code=language).first()
    if locale is not None and locale.pk != default.pk:
        keys = {q.translation_key for q in questions}
        translated = {
            q.translation_key: q
            for q in Question.objects.filter(translation_key__in=keys, locale=locale)
        }
    prefetch_related_objects(questions + list(translated.values()), "options")
    return Structure(slots=slots, translated=translated)
