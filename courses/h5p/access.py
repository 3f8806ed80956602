"""Who may play a package, and the signed links that carry that to the player.

The player may run on another origin (``LMS_H5P_ORIGIN``), where the site's session
cookie never goes. The lesson page therefore gives the player a signed, expiring
token naming the user, the package and the page's origin; every request of the
player re-checks that the user may still play the package."""

from django.contrib.auth import get_user_model
from django.core import signing

from courses.models import CoursePage, Enrolment, LessonPage
from courses.progress import profile_of

from . import conf

SALT = "courses.h5p.player"
BLOCK_TYPE = "h5p"


def h5p_blocks(lesson):
    """``[(package id, block value)]`` of a lesson's H5P blocks, read from the raw
    stream without loading anything (a bare id is a block from before rules)."""
    found = []
    for block in lesson.body.raw_data:
        if block.get("type") != BLOCK_TYPE:
            continue
        value = block.get("value")
        if isinstance(value, int):
            value = {"package": value, "completes_when": "completed"}
        if isinstance(value, dict) and value.get("package"):
            found.append((value["package"], value))
    return found


def package_ids(lesson):
    """The H5P packages a lesson's body plays (without loading them)."""
    return {package_id for package_id, _value in h5p_blocks(lesson)}


def lessons_using(package, employee):
    """``[(lesson, enrolment)]``: live lessons playing ``package`` in courses the
    employee is currently enrolled in (any language copy)."""
    enrolments = {
        e.course_key: e for e in Enrolment.objects.current().filter(employee=employee)
    }
    if not enrolments:
        return []
    courses = CoursePage.objects.filter(translation_key__in=enrolments)
    by_path = dict(courses.values_list("path", "translation_key"))
    found = []
    for lesson in lessons_below(by_path):
        if package.pk in package_ids(lesson):
            course_key = by_path[lesson.path[: -LessonPage.steplen]]
            found.append((lesson, enrolments[course_key]))
    return found


def lessons_below(course_paths):
    lessons = LessonPage.objects.none()
    for path in course_paths:
        lessons |= LessonPage.objects.live().filter(
            path__startswith=path, depth=len(path) // LessonPage.steplen + 1
        )
    return lessons


def is_editor(user):
    return user.has_perm("h5p.change_h5ppackage")


def can_play(user, package):
    if user is None or not user.is_active:
        return False
    if is_editor(user):
        return True
    employee = profile_of(user)
    return employee is not None and bool(lessons_using(package, employee))


def request_origin(request):
    return f"{request.scheme}://{request.get_host()}"


def player_origin(request):
    """The origin the player is served from."""
    return conf.origin() or request_origin(request)


def make_token(*, user, package, parent_origin):
    data = {"u": user.pk, "p": package.pk, "o": parent_origin}
    return signing.dumps(data, salt=SALT, compress=True)


def read_token(token, package_id):
    """``(user, parent_origin)`` of a valid, unexpired token for the package."""
    try:
        data = signing.loads(token, salt=SALT, max_age=conf.token_max_age())
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("p") != package_id:
        return None
    user = get_user_model().objects.filter(pk=data.get("u")).first()
    if user is None:
        return None
    return user, str(data.get("o", ""))
