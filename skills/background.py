"""Queueing for this app: the shared ``people.background.enqueue``."""

from people.background import enqueue

__all__ = ["enqueue"]
