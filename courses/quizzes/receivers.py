"""Leave cached quiz structures behind when what they hold changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale

from .models import Question, QuestionOption, QuizSlot
from .structure import questions_changed


@receiver(post_save, sender=Question, dispatch_uid="quizzes.question_saved")
@receiver(post_delete, sender=Question, dispatch_uid="quizzes.question_deleted")
@receiver(post_save, sender=QuestionOption, dispatch_uid="quizzes.option_saved")
@receiver(post_delete, sender=QuestionOption, dispatch_uid="quizzes.option_deleted")
@receiver(post_save, sender=QuizSlot, dispatch_uid="quizzes.slot_saved")
@receiver(post_delete, sender=QuizSlot, dispatch_uid="quizzes.slot_deleted")
@receiver(post_save, sender=Locale, dispatch_uid="quizzes.locale_saved")
@receiver(post_delete, sender=Locale, dispatch_uid="quizzes.locale_deleted")
def structure_changed(sender, raw=False, **kwargs):
    if not raw:
        questions_changed()
