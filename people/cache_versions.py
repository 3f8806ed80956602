"""Version numbers that retire a family of cached entries at once.

A cached entry puts the family's current number in its key; when what it was built
from changes, ``advance`` moves the number on and every older entry is left to
expire unread. The number lives in the shared cache, so every process sees it.
Used for the page tree (``courses.routing``), quiz questions
(``courses.quizzes.structure``) and admin permissions (``people.admin_access``).
"""

import time

from django.core.cache import cache


def current(key):
    """The family's number, started at the current time when the cache has none."""
    version = cache.get(key)
    if version is None:
        cache.add(key, time.time_ns(), None)
        version = cache.get(key)
    return version


def advance(key):
    """Retire every entry keyed with the current number."""
    try:
        cache.incr(key)
    except ValueError:  # not there (evicted or never set): a fresh, unused number
        cache.set(key, time.time_ns(), None)
