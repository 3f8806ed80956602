"""Keep standing assignment rules true when people join or move; leave the cached
view of the page tree behind when pages, or what pages show, change."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from people.models import EmployeeProfile
from people.signals import employees_imported

from .locales import locales_changed
from .routing import changes_pages, pages_changed


def queue_rules_for(ids):
    from django_q.tasks import async_task

    ids = list(ids)
    transaction.on_commit(
        lambda: async_task("courses.tasks.apply_rules_for_employees", ids)
    )


@receiver(post_save, sender=EmployeeProfile)
def employee_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.is_active:
        queue_rules_for([instance.pk])


@receiver(employees_imported)
def employees_were_imported(sender, profile_ids, **kwargs):
    queue_rules_for(profile_ids)


# Kept rendered or loaded with the pages (courses.routing): lesson bodies show images,
# documents and H5P packages; course pages list their competencies at their levels.
SHOWN_IN_PAGES = (Page, AbstractImage, AbstractDocument)
SHOWN_IN_COURSES = frozenset(
    {
        "courses.CourseCompetency",
        "h5p.H5PPackage",
        "skills.Competency",
        "skills.ProficiencyLevel",
    }
)


def shown_in_pages(instance):
    return (
        isinstance(instance, SHOWN_IN_PAGES) or instance._meta.label in SHOWN_IN_COURSES
    )


@receiver(post_save, dispatch_uid="courses.page_saved")
def page_saved(sender, instance, update_fields=None, **kwargs):
    if not shown_in_pages(instance):
        return
    if not isinstance(instance, Page) or changes_pages(update_fields):
        pages_changed()


@receiver(post_delete, dispatch_uid="courses.page_deleted")
def page_deleted(sender, instance, **kwargs):
    if shown_in_pages(instance):
        pages_changed()


@receiver(page_published, dispatch_uid="courses.page_published")
@receiver(page_unpublished, dispatch_uid="courses.page_unpublished")
@receiver(post_page_move, dispatch_uid="courses.page_moved")
def page_tree_changed(sender, **kwargs):
    pages_changed()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="courses.pvr_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="courses.pvr_deleted")
@receiver(
    m2m_changed,
    sender=PageViewRestriction.groups.through,
    dispatch_uid="courses.pvr_groups_changed",
)
def view_restriction_changed(sender, raw=False, **kwargs):
    """The cached view of the page tree holds view restrictions too (a quiz's
    start): left behind now and again once the change commits, so an entry built
    in between, which could not see it, is not used either."""
    if not raw:
        pages_changed()
        transaction.on_commit(pages_changed)


@receiver(post_save, sender=Locale, dispatch_uid="courses.locale_saved")
@receiver(post_delete, sender=Locale, dispatch_uid="courses.locale_deleted")
def locale_changed(sender, **kwargs):
    locales_changed()
