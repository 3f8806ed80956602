"""Expiry reminders to the holder and their managers: once each, in their language."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from people.models import EmployeeProfile

from . import conf
from .models import Certificate, CertificateReminder
from .notices import notify_expiring
from .rendering import format_date
from .texts import course_in


def send_expiry_reminders(*, moment=None):
    """Daily: certificates expiring within the reminder window; returns emails sent."""
    due = Certificate.objects.expiring_within(
        conf.expiry_reminder_days(), moment
    ).select_related("employee__user", "employee__org_unit", "course")
    sent = 0
    for certificate in due:
        for profile, role in recipients(certificate):
            sent += remind_once(certificate, profile, role)
    return sent


def recipients(certificate):
    holder = certificate.employee
    found = [(holder, "holder")]
    found += [(manager, "manager") for manager in managers_of(holder)]
    return found


def managers_of(employee):
    """Active people who manage the employee's unit or a unit above it."""
    path, step = employee.org_unit.path, employee.org_unit.steplen
    ancestors = [path[:end] for end in range(step, len(path) + 1, step)]
    return (
        EmployeeProfile.objects.active()
        .filter(managed_units__path__in=ancestors)
        .exclude(pk=employee.pk)
        .select_related("user")
        .distinct()
    )


def remind_once(certificate, profile, role):
    """Tell them in the site (once), and e-mail them once; returns e-mails sent."""
    if profile.user.is_active:
        notify_expiring(certificate, profile, role)
    user = profile.user
    if not user.email or not user.is_active:
        return 0
    try:
        with transaction.atomic():
            CertificateReminder.objects.create(
                certificate=certificate,
                recipient=user,
                kind=CertificateReminder.Kind.EXPIRY,
            )
            send_reminder(certificate, profile, role)
    except IntegrityError:  # reminded before
        return 0
    return 1


def send_reminder(certificate, profile, role):
    language = profile.preferred_language
    with translation.override(language):
        context = {
            "recipient": profile,
            "employee": certificate.employee,
            "course": course_in(language, certificate.course),
            "expires_on": format_date(certificate.expires_at),
            "days_left": max((certificate.expires_at - timezone.now()).days, 0),
            "link": conf.site_url() + link_for(certificate, role),
        }
        subject = render_to_string(
            f"certificates/email/expiry_{role}_subject.txt", context
        )
        body = render_to_string(f"certificates/email/expiry_{role}.txt", context)
    send_mail(
        " ".join(subject.split()),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [profile.user.email],
    )


def link_for(certificate, role):
    if role == "holder":
        return reverse("certificates:my_certificates")
    return reverse("certificate_admin:inspect", args=[certificate.pk])
