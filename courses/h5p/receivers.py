from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import post_page_move

from courses.models import LessonPage

from .activities import index_lesson
from .models import H5PPackage
from .services import package_files_deleted


@receiver(post_delete, sender=H5PPackage)
def remove_package_files(sender, instance, **kwargs):
    package_files_deleted(instance)


@receiver(post_save, sender=LessonPage)
def lesson_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """A full save (publish, copy, alias sync, creation) may change the body; a
    draft revision saves a few columns and leaves the published body as it was."""
    if raw or (update_fields is not None and "body" not in update_fields):
        return
    index_lesson(instance)


@receiver(post_page_move)
def lesson_moved(sender, instance, parent_page_after, **kwargs):
    """A lesson moved to another course plays its packages in that course."""
    if issubclass(sender, LessonPage):
        lesson = LessonPage.objects.get(pk=instance.pk)
        index_lesson(lesson, parent_page_after.translation_key)
