"""django-q2 tasks of citizen feedback; each is safe to run twice."""

import datetime

from django.utils import timezone

from . import conf
from .models import FeedbackRating


def delete_old_comments(now=None):
    """Citizens' comments can hold personal data: kept for the configured days."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=conf.comment_retention_days())
    return (
        FeedbackRating.objects.filter(rated_at__lt=cutoff)
        .exclude(comment="")
        .update(comment="")
    )
