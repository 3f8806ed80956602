"""django-q2 tasks of citizen feedback; each is safe to run twice."""

import datetime

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from people.roles import HR

from . import conf, months
from .models import FeedbackRating, TrainingNeed
from .needs import categories, short_scores
from .periods import Period


def delete_old_comments(now=None):
    """Citizens' comments can hold personal data: kept for the configured days."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=conf.comment_retention_days())
    return (
        FeedbackRating.objects.filter(rated_at__lt=cutoff)
        .exclude(comment="")
        .update(comment="")
    )


def recompute_needs():
    """Check the ratings counted per month (a safety net: storing keeps them in
    step), then record the needs of the current and the last quarter; tell HR of
    new ones."""
    months.check()
    current = Period.current()
    found = find_needs(current.previous()) + find_needs(current)
    notify_hr()
    return len(found)


@transaction.atomic
def find_needs(period):
    """A ``TrainingNeed`` per unit and category short in ``period`` (kept up to date;
    a need once found stays, with the numbers it was last found with)."""
    found = []
    for unit_id, score in short_scores(period, categories()):
        need, _created = TrainingNeed.objects.update_or_create(
            org_unit_id=unit_id,
            category=score.category,
            period_start=period.start,
            period_end=period.end,
            defaults={
                "average": score.average,
                "low_share": score.low_share,
                "ratings": score.ratings,
            },
        )
        found.append(need)
    return found


def hr_users():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=HR)
        .exclude(email="")
        .select_related("employee_profile")
        .distinct()
    )


def notify_hr():
    """One e-mail per HR user listing the needs found since the last one; each need
    is marked told in the same transaction, so a rerun sends nothing twice."""
    with transaction.atomic():
        new = list(
            TrainingNeed.objects.select_for_update()
            .filter(notified_at__isnull=True)
            .select_related("org_unit", "category")
        )
        if not new:
            return 0
        TrainingNeed.objects.filter(pk__in=[n.pk for n in new]).update(
            notified_at=timezone.now()
        )
        recipients = list(hr_users())
        transaction.on_commit(lambda: send_notices(recipients, new))
    return len(new)


def send_notices(recipients, new):
    for user in recipients:
        profile = getattr(user, "employee_profile", None)
        language = profile.preferred_language if profile else None
        with translation.override(language or "az"):
            lines = [
                _(
                    "%(unit)s · %(category)s · %(start)s: average %(average)s, "
                    "%(low)s %% of ratings 1–2, %(ratings)s ratings"
                )
                % {
                    "unit": need.org_unit.path_label,
                    "category": need.category.display_name,
                    "start": need.period_start,
                    "average": need.average,
                    "low": need.low_share,
                    "ratings": need.ratings,
                }
                for need in new
            ]
            subject = _("New training needs from citizen feedback")
            body = "\n".join(
                [_("Citizens' ratings show new training needs:"), "", *lines]
            )
        send_mail(subject, body, None, [user.email])
