"""What the issuer publishes: its DID document and JWK set, the status lists, the
achievements, and each certificate's credential (by its verification code)."""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from courses.models import CoursePage

from .. import throttle
from ..models import CredentialStatusList
from ..views import find, limited_response
from . import keys, status
from .document import achievement
from .services import CredentialUnavailable, credential_for

JWT_TYPE = "application/vc+jwt"


def require_keys():
    if not keys.is_enabled():
        raise Http404("Open Badges credentials are not configured.")


def json_response(data, content_type="application/json"):
    body = json.dumps(data, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type=f"{content_type}; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=3600)
def did_document(request):
    require_keys()
    return json_response(keys.did_document(), "application/did+json")


@require_safe
@cache_control(public=True, max_age=3600)
def jwk_set(request):
    require_keys()
    return json_response(keys.jwk_set(), "application/jwk-set+json")


@require_safe
@cache_control(public=True, max_age=status.TTL_MS // 1000)
def status_list(request, pk):
    require_keys()
    found = get_object_or_404(CredentialStatusList, pk=pk)
    return HttpResponse(status.signed_list(found), content_type=JWT_TYPE)


@require_safe
@cache_control(public=True, max_age=3600)
def achievement_view(request, key):
    """The course as an ``Achievement`` (the id credentials name), in the visitor's
    language; alignment targets are its competencies (``#code``)."""
    require_keys()
    course = CoursePage.objects.filter(translation_key=key).order_by("pk").first()
    if course is None:
        raise Http404
    language = (get_language() or "az")[:2]
    return json_response(
        {"@context": status_context(), **achievement(course, language)}
    )


def status_context():
    return ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]


def certificate_credential(request, code):
    require_keys()
    certificate = find(code)
    if certificate is None:
        raise Http404
    try:
        return certificate, credential_for(certificate)
    except CredentialUnavailable:
        raise Http404 from None


@require_safe
@never_cache
def credential_jwt(request, code):
    """The signed credential as issued: a compact JWS (``application/vc+jwt``)."""
    if not throttle.allow(request):
        return limited_response(request)
    certificate, credential = certificate_credential(request, code)
    response = HttpResponse(credential.token, content_type=JWT_TYPE)
    name = f"credential-{certificate.short_code}.jwt"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_safe
@never_cache
def credential_json(request, code):
    """The same credential in JSON: a VC 2.0 ``EnvelopedVerifiableCredential``."""
    if not throttle.allow(request):
        return limited_response(request)
    certificate, credential = certificate_credential(request, code)
    envelope = {
        "@context": "https://www.w3.org/ns/credentials/v2",
        "id": f"data:{JWT_TYPE},{credential.token}",
        "type": "EnvelopedVerifiableCredential",
    }
    response = json_response(envelope)
    name = f"credential-{certificate.short_code}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
