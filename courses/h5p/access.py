"""Who may play a package, and the signed links that carry that to the player.

The player may run on another origin (``LMS_H5P_ORIGIN``), where the site's session
cookie never goes. The lesson page therefore gives the player a signed, expiring
token naming the user, the package and the page's origin; every request of the
player re-checks that the user may still play the package."""

from django.contrib.auth import get_user_model
from django.core import signing

from courses.models import LessonPage

from . import conf
from .activities import package_ids, playing_enrolments

SALT = "courses.h5p.player"


def is_editor(user):
    return user.has_perm("h5p.change_h5ppackage")


def can_play(user, package):
    """Enrolled in a course with a live lesson playing it (one indexed query), or
    an editor of packages."""
    if user is None or not user.is_active:
        return False
    return playing_enrolments(package.pk, user).exists() or is_editor(user)


def lesson_playable(request, page, enrolment):
    """Packages the lesson being served plays for its enrolled viewer: they are in
    the body of a live lesson of the viewer's course, so no query is needed.
    Previews (a draft body) go through ``can_play``."""
    if (
        enrolment is None
        or not isinstance(page, LessonPage)
        or getattr(request, "is_preview", False)
        or not page.live
        or enrolment.employee.user_id != request.user.pk
    ):
        return set()
    return package_ids(page)


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
