"""Admin actions on certificates; each checks its permission and the user's scope."""

import tempfile

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import archives, services
from .conf import zip_sync_limit
from .forms import ManualIssueForm, RevokeForm
from .models import Certificate, CertificateArchive
from .permissions import ISSUE, REGENERATE, REVOKE, VIEW, can
from .storage import certificate_storage
from .views import require_pdf


def require(user, permission):
    if not can(user, permission):
        raise PermissionDenied


def scoped_certificate(request, pk):
    return get_object_or_404(Certificate.objects.visible_to(request.user), pk=pk)


def inspect_url(certificate):
    return reverse("certificate_admin:inspect", args=[certificate.pk])


def revoke_view(request, pk):
    require(request.user, REVOKE)
    certificate = scoped_certificate(request, pk)
    if certificate.status == Certificate.Status.REVOKED:
        messages.info(request, _("This certificate is already revoked."))
        return HttpResponseRedirect(inspect_url(certificate))
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.certificate_revoke(
            certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("The certificate was revoked; it is kept."))
        return HttpResponseRedirect(inspect_url(certificate))
    return render(
        request,
        "certificates/admin/revoke.html",
        {"certificate": certificate, "form": form},
    )


def regenerate_view(request, pk):
    require(request.user, REGENERATE)
    certificate = scoped_certificate(request, pk)
    if request.method != "POST":
        return render(
            request, "certificates/admin/regenerate.html", {"certificate": certificate}
        )
    services.certificate_regenerate(certificate=certificate, by=request.user)
    messages.success(
        request,
        _("The PDF is being printed again; its code and address stay the same."),
    )
    return HttpResponseRedirect(inspect_url(certificate))


def pdf_view(request, pk):
    require(request.user, VIEW)
    return require_pdf(scoped_certificate(request, pk))


def issue_view(request):
    require(request.user, ISSUE)
    form = ManualIssueForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        certificate = services.certificate_issue_manual(
            employee=form.employee,
            course=form.cleaned_data["course"],
            reason=form.cleaned_data["reason"],
            issued_by=request.user,
            issued_at=form.issued_at(),
        )
        messages.success(request, _("The certificate was issued."))
        return HttpResponseRedirect(inspect_url(certificate))
    return render(request, "certificates/admin/issue.html", {"form": form})


def zip_view(request):
    """The PDFs of the list as filtered: at once when few, else in the background."""
    require(request.user, VIEW)
    certificates = archives.printable(request.user, request.GET)
    count = certificates.count()
    if not count:
        messages.warning(request, _("No certificate in this list has a PDF yet."))
        return HttpResponseRedirect(list_url(request))
    if count > zip_sync_limit():
        archives.archive_request(user=request.user, params=request.GET)
        messages.success(request, background_message(count))
        return HttpResponseRedirect(reverse("certificate_admin:archives"))
    output = tempfile.SpooledTemporaryFile(max_size=20 * 1024 * 1024)
    archives.write_zip(certificates, output)
    output.seek(0)
    return FileResponse(output, as_attachment=True, filename=archives.zip_file_name())


def list_url(request):
    query = request.GET.urlencode()
    return reverse("certificate_admin:index") + (f"?{query}" if query else "")


def background_message(count):
    return ngettext(
        "%(count)d PDF will be zipped in the background; you will find the file "
        "here and receive an email.",
        "%(count)d PDFs will be zipped in the background; you will find the file "
        "here and receive an email.",
        count,
    ) % {"count": count}


def archives_view(request):
    require(request.user, VIEW)
    mine = CertificateArchive.objects.filter(requested_by=request.user)[:20]
    return render(request, "certificates/admin/archives.html", {"archives": mine})


def archive_download_view(request, pk):
    """Only the person who asked for an archive may download it, until it expires."""
    require(request.user, VIEW)
    archive = get_object_or_404(
        CertificateArchive,
        pk=pk,
        requested_by=request.user,
        created_at__gte=timezone.now() - archives.KEEP_FOR,
    )
    if not archive.is_ready:
        raise Http404
    stored = certificate_storage().open(archive.file.name, "rb")
    return FileResponse(
        stored, as_attachment=True, filename=archive.file.name.rsplit("/", 1)[-1]
    )
