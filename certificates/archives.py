"""ZIP downloads of the PDFs a certificate list shows: at once when small, else
prepared in the background for the requester only."""

import logging
import tempfile
import zipfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from people.models import EmployeeProfile

from . import conf
from .background import enqueue
from .filters import filtered
from .models import CertificateArchive
from .storage import certificate_storage, read

logger = logging.getLogger(__name__)
STALE_AFTER = timedelta(hours=1)
KEEP_FOR = timedelta(days=7)  # archives are copies; the certificates stay
Status = CertificateArchive.Status


def printable(user, params):
    """The certificates of the list that have a PDF, as ``user`` may see them."""
    return (
        filtered(user, params)
        .exclude(pdf="")
        .select_related("employee", "course")
        .order_by("employee__full_name", "issued_at")
    )


def member_name(certificate):
    course = slugify(certificate.course.slug or certificate.course.title)[:40]
    return (
        f"{certificate.employee.employee_number}_{course}_{certificate.short_code}.pdf"
    )


def write_zip(certificates, output):
    """Write the PDFs into ``output``; returns how many went in."""
    storage, count = certificate_storage(), 0
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates.iterator(chunk_size=200):
            data = read(storage, certificate.pdf.name)
            if data is not None:
                archive.writestr(member_name(certificate), data)
                count += 1
    return count


def zip_file_name():
    return f"certificates-{timezone.localdate().isoformat()}.zip"


# In the background --------------------------------------------------------------------


@transaction.atomic
def archive_request(*, user, params):
    archive = CertificateArchive.objects.create(
        requested_by=user, filters=clean_params(params)
    )
    transaction.on_commit(
        lambda: enqueue("certificates.tasks.build_archive", archive.pk)
    )
    return archive


def clean_params(params):
    keys = ("course", "unit", "status", "expiring_within", "q")
    return {key: params.get(key) for key in keys if params.get(key)}


def archive_build(*, archive_id):
    """Prepare one archive; safe to run twice (the second run does nothing)."""
    archive = archive_claim(archive_id=archive_id)
    if archive is None:
        return
    try:
        with tempfile.TemporaryFile() as output:
            count = write_zip(printable(archive.requested_by, archive.filters), output)
            output.seek(0)
            archive.file.save(zip_file_name(), File(output), save=False)
    except Exception as error:
        logger.exception("Certificate archive %s failed", archive_id)
        archive_finish(archive=archive, status=Status.FAILED, error=str(error)[:1000])
    else:
        archive.certificate_count = count
        archive_finish(archive=archive, status=Status.READY)
    archive_notify(archive=archive)


@transaction.atomic
def archive_claim(*, archive_id):
    now = timezone.now()
    waiting = Q(status=Status.PENDING) | Q(
        status=Status.RUNNING, started_at__lt=now - STALE_AFTER
    )
    claimed = CertificateArchive.objects.filter(waiting, pk=archive_id).update(
        status=Status.RUNNING, started_at=now
    )
    if not claimed:
        return None
    return CertificateArchive.objects.select_related("requested_by").get(pk=archive_id)


@transaction.atomic
def archive_finish(*, archive, status, error=""):
    archive.status = status
    archive.error = error
    archive.finished_at = timezone.now()
    archive.save(
        update_fields=["status", "error", "finished_at", "file", "certificate_count"]
    )


def archive_notify(*, archive):
    user = archive.requested_by
    if not user.email:
        return
    profile = EmployeeProfile.objects.filter(user=user).first()
    language = profile.preferred_language if profile else settings.LANGUAGE_CODE
    with translation.override(language):
        subject, body = archive_message(archive)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def archive_message(archive):
    link = conf.site_url() + reverse("certificate_admin:archives")
    if archive.status == Status.READY:
        return _("Your certificate archive is ready"), _(
            "The ZIP of %(count)d certificates you asked for is ready. Download it "
            "after logging in; the link works only for you:\n%(link)s"
        ) % {"count": archive.certificate_count, "link": link}
    return _("Your certificate archive failed"), _(
        "The ZIP you asked for could not be prepared. Try again from:\n%(link)s"
    ) % {"link": link}


def forget_old_archives(*, moment=None):
    """Delete archives (row and file) older than a week; returns how many."""
    cutoff = (moment or timezone.now()) - KEEP_FOR
    old = list(CertificateArchive.objects.filter(created_at__lt=cutoff))
    for archive in old:
        if archive.file:
            archive.file.delete(save=False)
        archive.delete()
    return len(old)
