"""The employee site: public verification, and each employee's own certificates."""

from io import BytesIO

from django.conf import settings
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
from people.models import EmployeeProfile

from . import throttle
from .background import enqueue
from .codes import normalise
from .languages import other_languages
from .models import Certificate
from .pdfs import copy_pdf
from .services import CertificateRefused, certificate_copy, queue_copy_render
from .storage import certificate_storage, read, sha256
from .texts import course_in

Status = Certificate.Status
LANGUAGE_NAMES = dict(EmployeeProfile.Language.choices)


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
        .prefetch_related("copies")
        .order_by("-issued_at", "-pk")
    )
    certificates = list(certificates)
    keys = {c.course_key for c in certificates}
    pages = localized_pages(CoursePage, keys)
    written_in = languages_of_courses(keys)
    from .credentials.keys import is_enabled as credentials_enabled

    rows = [
        {
            "certificate": c,
            "course_title": pages.get(c.course_key, c.course).title,
            "language_name": LANGUAGE_NAMES.get(c.language, c.language),
            "other_languages": other_language_rows(c, written_in[c.course_key]),
        }
        for c in certificates
    ]
    context = {"rows": rows, "credentials_enabled": credentials_enabled()}
    return render(request, "certificates/my_certificates.html", context)


def languages_of_courses(keys):
    """``{course_key: [language codes]}`` of real (non-alias) live copies, one query."""
    found = {key: set() for key in keys}
    rows = CoursePage.objects.live().filter(
        translation_key__in=keys, alias_of__isnull=True
    )
    for key, code in rows.values_list("translation_key", "locale__language_code"):
        found[key].add(code)
    return {
        key: [code for code, _name in settings.LANGUAGES if code in codes]
        for key, codes in found.items()
    }


def other_language_rows(certificate, languages):
    copies = {copy.language: copy for copy in certificate.copies.all()}
    return [
        {
            "code": code,
            "name": LANGUAGE_NAMES.get(code, code),
            "requested": code in copies and copies[code].rendered_at is None,
        }
        for code in other_languages(certificate, languages)
    ]


@login_required
def download(request, pk):
    """The holder's own PDF, in its language or (``?language=``) another language
    of the course; anyone else's certificate is not found."""
    certificate = get_object_or_404(
        Certificate.objects.filter(employee__user=request.user)
        .exclude(status=Status.REVOKED)
        .select_related("course"),
        pk=pk,
    )
    language = request.GET.get("language") or certificate.language
    if language != certificate.language:
        return copy_download(request, certificate, language)
    response = pdf_response(certificate)
    if response is None:
        messages.info(request, _("The PDF is being prepared. Try again in a minute."))
        return HttpResponseRedirect(reverse("certificates:my_certificates"))
    return response


def copy_download(request, certificate, language):
    back = HttpResponseRedirect(reverse("certificates:my_certificates"))
    try:
        copy = certificate_copy(certificate=certificate, language=language)
    except CertificateRefused as refused:
        messages.error(request, str(refused))
        return back
    data = copy_pdf(copy)
    if data is None:
        queue_copy_render(copy.pk)
        messages.info(
            request,
            _("The PDF in %(language)s is being prepared. Try again in a minute.")
            % {"language": LANGUAGE_NAMES.get(language, language)},
        )
        return back
    name = f"certificate-{certificate.short_code}-{language}.pdf"
    return FileResponse(
        BytesIO(data), as_attachment=True, filename=name, content_type="application/pdf"
    )


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
