"""In-app notifications about certificates (ready, expiring), made beside the
e-mails (``pdfs.notify_holder_once``, ``reminders.remind_once``)."""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from courses.models import CoursePage
from courses.progress import localized_pages
from people.notifications import Message, notify

READY = "certificate_ready"
EXPIRING = "certificate_expiring"


def notify_ready(certificate):
    return notify(
        user=certificate.employee.user,
        kind=READY,
        about=f"certificate:{certificate.pk}",
        params=params_of(certificate),
    )


def notify_expiring(certificate, profile, role):
    return notify(
        user=profile.user,
        kind=EXPIRING,
        about=f"certificate:{certificate.pk}",
        params={**params_of(certificate), "role": role},
    )


def params_of(certificate):
    expires = certificate.expires_at.isoformat() if certificate.expires_at else None
    return {
        "certificate_id": certificate.pk,
        "course_key": str(certificate.course_key),
        "employee": certificate.employee.full_name,
        "expires_at": expires,
    }


def describe_certificate_notices(notifications):
    keys = {n.params["course_key"] for n in notifications}
    pages = {str(k): page for k, page in localized_pages(CoursePage, keys).items()}
    found = {}
    for notification in notifications:
        page = pages.get(notification.params["course_key"])
        title = page.title if page else _("a course")
        found[notification.pk] = message_for(notification, title)
    return found


def message_for(notification, title):
    params = notification.params
    mine = reverse("certificates:my_certificates")
    if notification.kind == READY:
        text = _("Your certificate for “%(course)s” is ready to download.")
        return Message(text % {"course": title}, mine)
    expires = parse_datetime(params["expires_at"])
    values = {
        "course": title,
        "date": formats.date_format(timezone.localtime(expires), "DATE_FORMAT"),
        "name": params["employee"],
    }
    if params.get("role") == "manager":
        url = reverse("certificate_admin:inspect", args=[params["certificate_id"]])
        text = _("The certificate of %(name)s for “%(course)s” expires on %(date)s.")
        return Message(text % values, url)
    text = _("Your certificate for “%(course)s” expires on %(date)s.")
    return Message(text % values, mine)
