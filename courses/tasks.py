"""Background work of courses. Tasks take ids and are safe to run twice."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from people.models import EmployeeProfile

from .models import AssignmentRule, Enrolment, ReminderSent
from .notices import notify_enrolment
from .progress import localized_pages
from .services import assign

DUE_SOON_DAYS = 3


def apply_rules_for_employees(profile_ids):
    people = EmployeeProfile.objects.active().filter(pk__in=profile_ids)
    for rule in AssignmentRule.objects.filter(is_active=True).select_related(
        "course", "org_unit"
    ):
        due = timezone.localdate() + timedelta(days=rule.due_in_days)
        assign(
            course=rule.course,
            employees=people & rule.employees(),
            due_date=due,
            assigned_by=None,
            rule=rule,
        )


def apply_all_rules():
    """Daily safety net: whoever a rule covers is enrolled, however they arrived."""
    ids = list(EmployeeProfile.objects.active().values_list("pk", flat=True))
    apply_rules_for_employees(ids)


def send_assignment_notices(course_key, enrolled_at):
    moment = datetime.fromisoformat(enrolled_at)
    enrolments = Enrolment.objects.current().filter(
        course_key=course_key, enrolled_at=moment
    )
    for enrolment in enrolments.select_related("employee__user", "course"):
        notify_once(enrolment, ReminderSent.Kind.ASSIGNED)


def send_due_reminders():
    """Daily: remind before the due date and once overdue, once per kind."""
    today = timezone.localdate()
    open_ = Enrolment.objects.current().filter(status__in=Enrolment.OPEN_STATUSES)
    soon = open_.filter(due_date__range=(today, today + timedelta(days=DUE_SOON_DAYS)))
    for enrolment in soon.select_related("employee__user", "course"):
        notify_once(enrolment, ReminderSent.Kind.DUE_SOON)
    for enrolment in open_.filter(due_date__lt=today).select_related(
        "employee__user", "course"
    ):
        notify_once(enrolment, ReminderSent.Kind.OVERDUE)


def notify_once(enrolment, kind):
    """Tell the employee in the site (once), and record the reminder e-mail and send
    it in one transaction: once, or not at all."""
    notify_enrolment(enrolment, kind)
    user = enrolment.employee.user
    if not user.email or not user.is_active:
        return False
    try:
        with transaction.atomic():
            ReminderSent.objects.create(enrolment=enrolment, kind=kind)
            send_notice(enrolment, kind)
    except IntegrityError:
        return False
    return True


def send_notice(enrolment, kind):
    employee = enrolment.employee
    with translation.override(employee.preferred_language):
        course = localized_pages(type(enrolment.course), [enrolment.course_key]).get(
            enrolment.course_key, enrolment.course
        )
        context = {
            "employee": employee,
            "course": course,
            "enrolment": enrolment,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + course.url,
        }
        subject = render_to_string(f"courses/email/{kind}_subject.txt", context)
        body = render_to_string(f"courses/email/{kind}.txt", context)
    send_mail(" ".join(subject.split()), body, None, [employee.user.email])
