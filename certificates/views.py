"""The employee site: public verification, and each employee's own certificates."""

from io import BytesIO

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from courses.models import CoursePage
from courses.progress import localized_pages

from . import throttle
from .background import enqueue
from .codes import normalise
from .models import Certificate
from .storage import certificate_storage, read, sha256
from .texts import course_in

Status = Certificate.Status


def language():
    return (get_language() or "az")[:2]


@require_safe
@never_cache
def verify(request, code):
    """Anyone may check a code: the holder, course, dates and status, nothing else."""
    if not throttle.allow(request):
        return limited_response(request)
    certificate = find(code)
    if certificate is None:
        return render(
            request,
            "certificates/verify_not_found.html",
            {"code": code[:64]},
            status=404,
        )
    response = render(request, "certificates/verify.html", verify_context(certificate))
    response["X-Robots-Tag"] = "noindex"
    return response


def limited_response(request):
    response = render(request, "certificates/verify_limited.html", status=429)
    response["Retry-After"] = "60"
    return response


@require_safe
def verify_form(request):
    """A box to type a code printed on a certificate."""
    code = normalise(request.GET.get("code", ""))
    if code:
        return HttpResponseRedirect(reverse("certificates:verify", args=[code]))
    return render(
        request, "certificates/verify_form.html", {"typed": request.GET.get("code")}
    )


def find(code):
    code = normalise(code)
    if not code:
        return None
    return (
        Certificate.objects.select_related("employee", "course", "template")
        .filter(code=code)
        .first()
    )


def verify_context(certificate):
    from .credentials.keys import is_enabled as credentials_enabled

    return {
        "credential_offered": credentials_enabled()
        and certificate.status != Status.REVOKED,
        "certificate": certificate,
        "status": certificate.effective_status,
        "holder": certificate.employee.full_name,
        "course_title": course_in(language(), certificate.course).title,
        "organisation": certificate.template.display_organisation,
    }


@login_required
def my_certificates(request):
    certificates = (
        Certificate.objects.filter(employee__user=request.user)
        .select_related("course")
        .order_by("-issued_at", "-pk")
    )
    certificates = list(certificates)
    pages = localized_pages(CoursePage, {c.course_key for c in certificates})
    from .credentials.keys import is_enabled as credentials_enabled

    rows = [
        {"certificate": c, "course_title": pages.get(c.course_key, c.course).title}
        for c in certificates
    ]
    context = {"rows": rows, "credentials_enabled": credentials_enabled()}
    return render(request, "certificates/my_certificates.html", context)


@login_required
def download(request, pk):
    """The holder's own PDF; anyone else's certificate is not found."""
    certificate = get_object_or_404(
        Certificate.objects.filter(employee__user=request.user).exclude(
            status=Status.REVOKED
        ),
        pk=pk,
    )
    response = pdf_response(certificate)
    if response is None:
        messages.info(request, _("The PDF is being prepared. Try again in a minute."))
        return HttpResponseRedirect(reverse("certificates:my_certificates"))
    return response


def pdf_response(certificate):
    """The stored PDF if it is intact; otherwise queue a new one and return None."""
    data = read(certificate_storage(), certificate.pdf.name)
    if data is None or sha256(data) != certificate.pdf_sha256:
        if certificate.rendered_at:  # lost or damaged since: print it again
            enqueue("certificates.tasks.regenerate_certificate", certificate.pk)
        return None
    name = f"certificate-{certificate.short_code}.pdf"
    return FileResponse(
        BytesIO(data), as_attachment=True, filename=name, content_type="application/pdf"
    )


def require_pdf(certificate):
    response = pdf_response(certificate)
    if response is None:
        raise Http404(_("The PDF is being prepared."))
    return response
