"""A certificate as an Open Badges 3.0 ``OpenBadgeCredential`` (VC Data Model 2.0).

Written in the certificate's language. The holder is named by a salted SHA-256 of
their e-mail address and employee number (``IdentityObject``s a relying party can
check against what it knows) and by name; the achievement carries the course, its
criteria, the competencies it certifies as ``alignment``s and, per competency, the
level certified as a ``ResultDescription`` with the ``Result`` achieved.
"""

import hashlib
import uuid

from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from courses.models import CourseCompetency

from .. import conf
from ..texts import course_in
from . import keys, status

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
SCHEMA = {
    "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json",
    "type": "1EdTechJsonSchemaValidator2019",
}
FRAMEWORK_NAMESPACE = uuid.UUID("8f5d3c1e-4b9a-5c6d-9e0f-a1b2c3d4e5f6")


def urn(*parts):
    return "urn:uuid:" + str(uuid.uuid5(FRAMEWORK_NAMESPACE, ":".join(map(str, parts))))


def identity_hash(value, salt):
    return "sha256$" + hashlib.sha256((value + salt).encode()).hexdigest()


def identifiers(employee, salt):
    found = [("ext:employeeNumber", employee.employee_number)]
    if employee.user.email:
        found.insert(0, ("emailAddress", employee.user.email.strip().lower()))
    hashed = [
        {
            "type": "IdentityObject",
            "identityHash": identity_hash(value, salt),
            "identityType": kind,
            "hashed": True,
            "salt": salt,
        }
        for kind, value in found
    ]
    name = {
        "type": "IdentityObject",
        "identityHash": employee.full_name,
        "identityType": "name",
        "hashed": False,
    }
    return [*hashed, name]


def achievement_url(course):
    path = reverse("certificates:achievement", args=[course.translation_key])
    return conf.site_url() + path


def alignment(link, course):
    competency = link.competency
    return {
        "type": ["Alignment"],
        "targetName": competency.display_name,
        "targetDescription": competency.display_description or None,
        "targetCode": competency.code,
        "targetFramework": _("Competency framework of %(site)s")
        % {"site": conf.site_name()},
        "targetType": "ext:Competency",
        "targetUrl": f"{achievement_url(course)}#{competency.code}",
    }


def result_description(link, course):
    key = course.translation_key
    level = {
        "id": urn(key, link.competency.code, "level", link.level.rank),
        "type": ["RubricCriterionLevel"],
        "name": link.level.display_name,
        "level": str(link.level.rank),
    }
    if link.level.display_description:
        level["description"] = link.level.display_description
    return {
        "id": urn(key, link.competency.code),
        "type": ["ResultDescription"],
        "name": _("%(competency)s: level")
        % {"competency": link.competency.display_name},
        "resultType": "RubricCriterionLevel",
        "alignment": [without_empty(alignment(link, course))],
        "rubricCriterionLevel": [level],
        "requiredLevel": level["id"],
    }


def without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def links_of(course):
    return list(
        CourseCompetency.objects.filter(course=course.canonical)
        .select_related("competency", "level")
        .order_by("sort_order")
    )


def criteria(is_manual):
    if is_manual:
        return _("Recognised by the agency's HR for training completed elsewhere.")
    return _(
        "Completed every required lesson of the course and passed its "
        "server-graded assessments."
    )


def achievement(course, language, is_manual=False):
    """The course as an ``Achievement``, in ``language``."""
    links = links_of(course)
    shown = course_in(language, course)
    return without_empty(
        {
            "id": achievement_url(course),
            "type": ["Achievement"],
            "achievementType": "Certificate",
            "name": shown.title,
            "description": strip_tags(shown.summary) or shown.title,
            "criteria": {"narrative": criteria(is_manual)},
            "alignment": [without_empty(alignment(link, course)) for link in links],
            "resultDescription": [result_description(link, course) for link in links],
            "inLanguage": language,
        }
    )


def issuer_profile(certificate):
    return without_empty(
        {
            "id": keys.issuer_id(),
            "type": ["Profile"],
            "name": certificate.template.display_organisation or conf.site_name(),
            "url": conf.site_url() + "/",
        }
    )


def results(course):
    return [
        {
            "type": ["Result"],
            "resultDescription": urn(course.translation_key, link.competency.code),
            "achievedLevel": urn(
                course.translation_key, link.competency.code, "level", link.level.rank
            ),
        }
        for link in links_of(course)
    ]


def credential_document(certificate, credential):
    """The unsecured credential: what the VC-JWT's payload says."""
    with translation.override(certificate.language):
        document = {
            "@context": CONTEXT,
            "id": f"urn:uuid:{credential.uuid}",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": course_in(certificate.language, certificate.course).title,
            "issuer": issuer_profile(certificate),
            "validFrom": status.iso(certificate.issued_at),
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": identifiers(certificate.employee, credential.uuid.hex),
                "achievement": achievement(
                    certificate.course, certificate.language, certificate.is_manual
                ),
                "result": results(certificate.course),
            },
            "credentialStatus": status.entry(
                credential.status_list_id, credential.status_index
            ),
            "credentialSchema": [SCHEMA],
        }
    if certificate.expires_at:
        document["validUntil"] = status.iso(certificate.expires_at)
    if not document["credentialSubject"]["result"]:
        del document["credentialSubject"]["result"]
    return document
