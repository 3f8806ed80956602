"""Certificate PDFs: render once, write atomically, check the hash, heal what is lost.

A render holds the certificate's row lock, so two workers never write one PDF at
once; a render of a certificate whose file is intact does nothing unless forced
(regeneration). The holder is told once, after the first successful render.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from . import conf
from .archives import forget_old_archives
from .background import enqueue
from .models import Certificate, CertificateCopy
from .notices import notify_ready
from .rendering import render_pdf
from .services import issue_missing
from .storage import certificate_storage, new_pdf_name, read, sha256, write_atomically
from .texts import certificate_text, course_in
from .throttle import forget_old_counts

Status = Certificate.Status


def pdf_is_intact(certificate):
    if not (certificate.pdf and certificate.pdf_sha256):
        return False
    data = read(certificate_storage(), certificate.pdf.name)
    return data is not None and sha256(data) == certificate.pdf_sha256


def certificate_render(*, certificate_id, force=False):
    """Render (or, with ``force``, re-render) one PDF; returns the certificate.

    The slow part runs outside any transaction (SQLite would otherwise hold a
    read lock that cannot become a write lock); the write then takes the row's
    lock first and checks again, so concurrent renders store one consistent
    file and hash.
    """
    certificate = load(certificate_id)
    if certificate is None:
        return None
    if force or not pdf_is_intact(certificate):
        store(certificate_id, render_certificate_pdf(certificate), force=force)
    else:
        mark_checked([certificate_id])
    notify_holder_once(certificate_id=certificate_id)
    return load(certificate_id)


def load(certificate_id):
    return (
        Certificate.objects.select_related("employee", "course", "template")
        .filter(pk=certificate_id)
        .first()
    )


def render_certificate_pdf(certificate):
    text = certificate_text(certificate)
    return render_pdf(
        certificate.template, text, certificate.language, created=certificate.issued_at
    )


@transaction.atomic
def store(certificate_id, pdf, force=False):
    mark_checked([certificate_id])  # a write first: it takes the lock
    certificate = load(certificate_id)
    if not force and pdf_is_intact(certificate):
        return  # another worker stored it meanwhile
    name = certificate.pdf.name or new_pdf_name(certificate.issued_at)
    name = write_atomically(certificate_storage(), name, pdf)
    now = timezone.now()
    Certificate.objects.filter(pk=certificate_id).update(
        pdf=name,
        pdf_sha256=sha256(pdf),
        rendered_at=now,
        pdf_checked_at=now,
        template_version=certificate.template.version,
    )


def mark_checked(ids):
    Certificate.objects.filter(pk__in=ids).update(pdf_checked_at=timezone.now())


# Copies in the course's other languages ---------------------------------------------


def copy_pdf(copy):
    """The copy's PDF bytes if it is rendered and intact, else None."""
    if copy.rendered_at is None or not copy.pdf_sha256:
        return None
    data = read(certificate_storage(), copy.pdf.name)
    return data if data is not None and sha256(data) == copy.pdf_sha256 else None


def certificate_copy_render(*, copy_id):
    """Render a copy unless it is already intact; safe to run twice."""
    copy = load_copy(copy_id)
    if copy is None or copy.certificate.status == Status.REVOKED:
        return None
    if copy_pdf(copy) is None:
        certificate = copy.certificate
        text = certificate_text(certificate, copy.language)
        pdf = render_pdf(
            certificate.template, text, copy.language, created=certificate.issued_at
        )
        store_copy(copy_id, pdf)
    return load_copy(copy_id)


def load_copy(copy_id):
    return (
        CertificateCopy.objects.select_related(
            "certificate__employee", "certificate__course", "certificate__template"
        )
        .filter(pk=copy_id)
        .first()
    )


@transaction.atomic
def store_copy(copy_id, pdf):
    copy = CertificateCopy.objects.select_for_update().get(pk=copy_id)
    if copy_pdf(copy) is not None:
        return  # another worker stored it meanwhile
    name = copy.pdf.name or new_pdf_name(copy.certificate.issued_at)
    name = write_atomically(certificate_storage(), name, pdf)
    CertificateCopy.objects.filter(pk=copy_id).update(
        pdf=name, pdf_sha256=sha256(pdf), rendered_at=timezone.now()
    )


# The holder's notice -----------------------------------------------------------------


def notify_holder_once(*, certificate_id):
    """Email the holder that the certificate is ready: once, or not at all."""
    with transaction.atomic():
        claimed = Certificate.objects.filter(
            pk=certificate_id,
            status=Status.ISSUED,
            notified_at__isnull=True,
            rendered_at__isnull=False,
        ).update(notified_at=timezone.now())
        if claimed:
            notify_ready(
                Certificate.objects.select_related("employee__user").get(
                    pk=certificate_id
                )
            )
            send_issued_notice(
                Certificate.objects.select_related("employee__user", "course").get(
                    pk=certificate_id
                )
            )
    return bool(claimed)


def send_issued_notice(certificate):
    employee = certificate.employee
    user = employee.user
    if not user.email or not user.is_active:
        return
    with translation.override(employee.preferred_language):
        context = {
            "employee": employee,
            "certificate": certificate,
            "course": course_in(employee.preferred_language, certificate.course),
            "my_url": conf.site_url() + reverse("certificates:my_certificates"),
        }
        subject = render_to_string("certificates/email/issued_subject.txt", context)
        body = render_to_string("certificates/email/issued.txt", context)
    send_mail(
        " ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, [user.email]
    )


# Reconciliation ----------------------------------------------------------------------


def reconcile(*, batch=None):
    """Find certificates without a valid PDF and render them; heal lost issuing.

    Never-rendered PDFs are found by a cheap query each run; existing files are
    re-hashed a batch at a time, the longest-unchecked first.
    """
    issued = issue_missing()
    queued = [queue(pk) for pk in never_rendered()]
    queued += [queue(pk, force=True) for pk in damaged(batch or conf.sweep_batch())]
    forget_old_counts()
    forget_old_archives()
    return {"issued": issued, "rendered": len(queued)}


def queue(certificate_id, force=False):
    task = "regenerate_certificate" if force else "render_certificate"
    enqueue(f"certificates.tasks.{task}", certificate_id)
    return certificate_id


def never_rendered():
    pending = Certificate.objects.exclude(status=Status.REVOKED).filter(
        rendered_at__isnull=True
    )
    return list(pending.values_list("pk", flat=True))


def damaged(batch):
    """Certificates of the batch whose file is missing or does not match its hash."""
    candidates = (
        Certificate.objects.exclude(status=Status.REVOKED)
        .filter(rendered_at__isnull=False)
        .order_by(F("pdf_checked_at").asc(nulls_first=True), "pk")[:batch]
    )
    bad, good = [], []
    for certificate in candidates:
        (good if pdf_is_intact(certificate) else bad).append(certificate.pk)
    mark_checked(good)
    return bad
