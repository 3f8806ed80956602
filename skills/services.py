"""Operations of the skills reports that write: background exports and snapshots."""

import logging
import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from people.models import EmployeeProfile

from . import conf, exports
from .background import enqueue
from .coverage import Tally, coverage_counts, month_start
from .filters import MatrixFilterForm, saved_filters
from .matrix import ReferenceLists, iter_rows
from .models import CoverageSnapshot, MatrixExport
from .permissions import can_view_matrix

logger = logging.getLogger(__name__)
STALE_AFTER = timedelta(hours=1)  # a "running" export this old was lost by a worker


# Exports ------------------------------------------------------------------------------


@transaction.atomic
def export_request(*, user, data, file_format):
    """Record a background export and queue it once the record is committed."""
    export = MatrixExport.objects.create(
        requested_by=user, filters=saved_filters(data), file_format=file_format
    )
    transaction.on_commit(
        lambda: enqueue("skills.tasks.build_matrix_export", export.pk)
    )
    return export


def export_build(*, export_id):
    """Prepare the file of one export; safe to run twice (the second does nothing)."""
    export = export_claim(export_id=export_id)
    if export is None:
        return
    # Headings, messages and the email in the requester's language.
    with translation.override(language_of(export.requested_by)):
        try:
            name, count = export_write(export)
        except Exception as error:
            logger.exception("Skills matrix export %s failed", export_id)
            export_fail(export=export, error=error)
        else:
            export_finish(export=export, name=name, count=count)
        export_notify(export=export)


@transaction.atomic
def export_claim(*, export_id):
    """Mark a waiting (or abandoned) export as running; None if it is not ours to run."""
    now = timezone.now()
    waiting = Q(status=MatrixExport.Status.PENDING) | Q(
        status=MatrixExport.Status.RUNNING, started_at__lt=now - STALE_AFTER
    )
    claimed = MatrixExport.objects.filter(waiting, pk=export_id).update(
        status=MatrixExport.Status.RUNNING, started_at=now
    )
    if not claimed:
        return None
    return MatrixExport.objects.select_related("requested_by").get(pk=export_id)


def export_write(export):
    """Build the file as the requester may see it now; returns (name, row count)."""
    user = export.requested_by
    if not can_view_matrix(user):
        raise PermissionError(_("You may no longer see the skills matrix."))
    lists = ReferenceLists.load(user)
    filters = MatrixFilterForm(export.filters, lists=lists).filters()
    rows = iter_rows(user=user, filters=filters, lists=lists)
    competencies = lists.competencies_in(filters.area)
    with tempfile.TemporaryFile() as output:
        count = exports.WRITERS[export.file_format](rows, competencies, output)
        output.seek(0)
        name = exports.file_name(export.file_format)
        export.file.save(name, File(output), save=False)
    return name, count


@transaction.atomic
def export_finish(*, export, name, count):
    export.status = MatrixExport.Status.READY
    export.row_count = count
    export.finished_at = timezone.now()
    export.save(update_fields=["status", "row_count", "finished_at", "file"])


@transaction.atomic
def export_fail(*, export, error):
    export.status = MatrixExport.Status.FAILED
    export.error = str(error)[:1000]
    export.finished_at = timezone.now()
    export.save(update_fields=["status", "error", "finished_at"])


def export_notify(*, export):
    """Email the requester that the file is ready (or that it failed)."""
    user = export.requested_by
    if user.email:
        subject, body = export_message(export)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def export_message(export):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if export.status == MatrixExport.Status.READY:
        link = base + reverse("skills_export_download", args=[export.pk])
        return _("Your skills matrix export is ready"), _(
            "The skills matrix you asked for (%(rows)d employees) is ready. "
            "Download it here after logging in; the link works only for you:\n"
            "%(link)s"
        ) % {"rows": export.row_count, "link": link}
    link = base + reverse("skills_exports")
    return _("Your skills matrix export failed"), _(
        "The skills matrix you asked for could not be prepared. "
        "See the list of your exports and try again:\n%(link)s"
    ) % {"link": link}


def language_of(user):
    profile = EmployeeProfile.objects.filter(user=user).first()
    return profile.preferred_language if profile else settings.LANGUAGE_CODE


@transaction.atomic
def exports_to_announce(*, user):
    """Exports finished since the requester last looked; marks them as shown."""
    finished = MatrixExport.objects.filter(
        requested_by=user,
        notified_at__isnull=True,
        status__in=[MatrixExport.Status.READY, MatrixExport.Status.FAILED],
    )
    found = list(finished)
    MatrixExport.objects.filter(pk__in=[e.pk for e in found]).update(
        notified_at=timezone.now()
    )
    return found


# Snapshots ----------------------------------------------------------------------------


@transaction.atomic
def snapshot_coverage(*, moment=None):
    """Keep this month's coverage per unit and competency; a second run adds nothing."""
    moment = moment or timezone.now()
    month = month_start(moment)
    if CoverageSnapshot.objects.filter(month=month).exists():
        return 0
    snapshots = [
        CoverageSnapshot(
            month=month,
            org_unit_id=unit,
            competency_id=competency,
            required_count=tally.required,
            met_count=tally.met,
        )
        for (unit, competency), tally in coverage_by_unit(moment).items()
    ]
    CoverageSnapshot.objects.bulk_create(snapshots, ignore_conflicts=True)
    return len(snapshots)


def coverage_by_unit(moment):
    """``{(unit_id, competency_id): Tally}`` for everyone active, whatever the rank."""
    tallies = {}
    for count in coverage_counts(EmployeeProfile.objects.active(), moment=moment):
        key = (count.org_unit_id, count.competency_id)
        tallies.setdefault(key, Tally()).add(count)
    return tallies


def export_cutoff(moment=None):
    """Exports requested before this have expired."""
    return (moment or timezone.now()) - timedelta(days=conf.export_keep_days())


def forget_old_exports(*, moment=None):
    """Delete expired exports, row and file; returns how many. Safe to run twice."""
    old = list(MatrixExport.objects.filter(created_at__lt=export_cutoff(moment)))
    for export in old:
        if export.file:
            export.file.delete(save=False)
        export.delete()
    return len(old)
