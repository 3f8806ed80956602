"""Wagtail's Site history report, scoped like every other list of people.

Wagtail shows a user every audit entry of every model they hold any permission on:
a manager, who may view certificates, enrolments and attempts within their units,
would read every unit's passes, attempts and revocations there (and in its CSV).
Wagtail offers no hook for it, so the plugin narrows the one method the report asks,
``ModelLogEntry.objects.viewable_by_user``: for anyone who cannot see everyone,
only entries about objects of a scoped model (one whose manager has
``visible_to(user)``) that the user may see are kept; entries about anything else
are left out. Per-object history views do not use this method and are scoped by
their viewsets.
"""

from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast

from .models import can_see_everyone


@cache
def scoped_models():
    return tuple(
        model
        for model in apps.get_models()
        if callable(getattr(model._default_manager, "visible_to", None))
    )


def scoped_entries(entries, user):
    if can_see_everyone(user):
        return entries
    allowed = Q(pk__in=[])
    for model in scoped_models():
        visible = (
            model._default_manager.visible_to(user)
            .annotate(lms_key=Cast("pk", CharField()))
            .values("lms_key")
        )
        allowed |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=visible,
        )
    return entries.filter(allowed)


def scope_site_history():
    from wagtail.models import ModelLogEntry

    manager_class = type(ModelLogEntry.objects)
    unscoped = manager_class.viewable_by_user
    if getattr(unscoped, "lms_scoped", False):
        return

    def viewable_by_user(self, user):
        return scoped_entries(unscoped(self, user), user)

    viewable_by_user.lms_scoped = True
    manager_class.viewable_by_user = viewable_by_user
