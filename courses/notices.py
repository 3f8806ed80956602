"""In-app notifications about enrolments (assigned, due soon, overdue), made beside
the reminder e-mails (``tasks.notify_once``) and described in the reader's language."""

from datetime import date

from django.utils import formats
from django.utils.translation import gettext as _

from people.notifications import Message, notify

from .models import CoursePage, ReminderSent
from .progress import localized_pages

Kind = ReminderSent.Kind


def notify_enrolment(enrolment, kind):
    """Tell the employee once, whether or not they have an e-mail address."""
    if not enrolment.employee.user.is_active:
        return None
    due = enrolment.due_date.isoformat() if enrolment.due_date else None
    return notify(
        user=enrolment.employee.user,
        kind=kind,
        about=f"enrolment:{enrolment.pk}",
        params={"course_key": str(enrolment.course_key), "due_date": due},
    )


def text_for(kind, course, due):
    values = {"course": course, "date": due}
    if kind == Kind.ASSIGNED:
        if due:
            return (
                _("You were assigned the course “%(course)s”, due %(date)s.") % values
            )
        return _("You were assigned the course “%(course)s”.") % values
    if kind == Kind.DUE_SOON:
        return _("“%(course)s” is due %(date)s.") % values
    return _("“%(course)s” was due %(date)s and is overdue.") % values


def describe_enrolment_notices(notifications):
    keys = {n.params["course_key"] for n in notifications}
    pages = {str(k): page for k, page in localized_pages(CoursePage, keys).items()}
    found = {}
    for notification in notifications:
        page = pages.get(notification.params["course_key"])
        if page is None:  # the course was unpublished since
            continue
        due = notification.params.get("due_date")
        due = formats.date_format(date.fromisoformat(due), "DATE_FORMAT") if due else ""
        text = text_for(notification.kind, page.title, due)
        found[notification.pk] = Message(text=text, url=page.url or "")
    return found
