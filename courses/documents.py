"""Who may download a document: lesson documents are for the people who may open
the lesson, never for anyone holding the link.

Wagtail serves documents through its own view (``WAGTAILDOCS_SERVE_METHOD =
"serve_view"``), which asks the ``before_serve_document`` hook registered in
``wagtail_hooks.py`` first. The pages that use a document are found in Wagtail's
reference index.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex
from wagtail.permissions import policy_registry

from .models import CoursePage, Enrolment, LessonPage
from .progress import profile_of

# "choose" is not enough: Wagtail gives it to every admin role for its chooser.
EDITOR_ACTIONS = ["add", "change", "delete"]


def pages_using(document, model):
    ids = ReferenceIndex.get_references_to(document).filter(
        content_type=ContentType.objects.get_for_model(model)
    )
    return model.objects.live().filter(
        pk__in=[int(pk) for pk in ids.values_list("object_id", flat=True)]
    )


def may_download(user, document):
    if not user.is_authenticated or not user.is_active:
        return False
    policy = policy_registry.get_by_type(get_document_model())
    if policy.user_has_any_permission_for_instance(user, EDITOR_ACTIONS, document):
        return True
    if pages_using(document, CoursePage).exists():
        return profile_of(user) is not None  # the catalogue is open to employees
    lessons = list(pages_using(document, LessonPage))
    if any(lesson.permissions_for_user(user).can_edit() for lesson in lessons):
        return True
    course_keys = {lesson.get_parent().translation_key for lesson in lessons}
    profile = profile_of(user)
    return bool(
        profile
        and profile.is_active
        and course_keys
        and Enrolment.objects.current()
        .filter(employee=profile, course_key__in=course_keys)
        .exists()
    )
