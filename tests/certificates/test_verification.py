"""The public verification page: who, what, when and the status; nothing else."""

import math
import re
from collections import Counter
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.codes import CODE_LENGTH, CODE_PATTERN, new_code, normalise
from certificates.models import Certificate
from courses.models import Enrolment
from tests.courses.conftest import translate

Status = Certificate.Status


def verify(client, code, language="en"):
    return client.get(
        reverse("certificates:verify", args=[code]), HTTP_ACCEPT_LANGUAGE=language
    )


def page_text(response):
    return re.sub(r"\s+", " ", response.content.decode())


def test_a_valid_certificate_shows_holder_course_dates_status_and_issuer(
    client, certificate
):
    response = verify(client, certificate.code)
    assert response.status_code == 200
    text = page_text(response)
    assert certificate.employee.full_name in text
    assert certificate.course.title in text
    assert "This certificate is valid." in text
    assert "ASAN Academy" in text  # the issuing organisation, in the reader's language
    assert certificate.issued_at.astimezone().strftime("%Y") in text
    assert "Valid until" in text
    assert response["X-Robots-Tag"] == "noindex"


def test_the_page_needs_no_login_and_shows_nothing_else_personal(client, certificate):
    employee = certificate.employee
    text = page_text(verify(client, certificate.code))
    for private in [
        employee.employee_number,
        employee.user.email,
        employee.user.username,
        employee.org_unit.name,
        employee.position.name,
    ]:
        assert private not in text


def test_the_course_title_is_shown_in_the_readers_language(client, certificate):
    translate(certificate.course, "ru")
    text = page_text(verify(client, certificate.code, language="ru"))
    assert f"{certificate.course.title} [ru]" in text
    assert "Сертификат действителен" in text or "действителен" in text


def test_a_typed_code_in_lower_case_with_dashes_is_found(client, certificate):
    response = verify(client, certificate.grouped_code.lower())
    assert response.status_code == 200
    form = client.get(reverse("certificates:verify_form"), {"code": certificate.code})
    assert form["Location"] == reverse("certificates:verify", args=[certificate.code])


def test_an_expired_certificate_says_when_it_expired(client, certificate):
    past = timezone.now() - timedelta(days=1)
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=past - timedelta(days=400), expires_at=past
    )
    text = page_text(verify(client, certificate.code))
    assert "This certificate expired on" in text
    services.expire_due()
    assert "This certificate expired on" in page_text(verify(client, certificate.code))


def test_a_revoked_certificate_says_when_but_never_why(
    client, certificate, tree, make_employee
):
    hr = make_employee(tree["agency"], roles=("HR",)).user
    services.certificate_revoke(
        certificate=certificate, by=hr, reason="Saxta imtahan nəticəsi 4815"
    )
    response = verify(client, certificate.code)
    text = page_text(response)
    assert response.status_code == 200
    assert "This certificate was revoked on" in text
    assert "Saxta" not in text and "4815" not in text
    assert "Valid until" not in text  # a revoked certificate is valid until nothing
    assert "Bu sertifikat" in page_text(verify(client, certificate.code, "az"))
    assert "Etibarlılıq" not in page_text(verify(client, certificate.code, "az"))


def test_a_superseded_certificate_points_to_a_newer_one_without_naming_it(
    client, certificate, employee, course, pass_course
):
    Enrolment.objects.filter(pk=certificate.enrolment_id).update(is_current=False)
    enrolment = pass_course(employee, course)
    newer = Certificate.objects.get(enrolment=enrolment)
    text = page_text(verify(client, certificate.code))
    assert "superseded by a newer certificate" in text
    assert "Valid until" not in text
    assert newer.code not in text and newer.grouped_code not in text


@pytest.mark.parametrize("code", ["A" * 32, "nonsense", "<script>", "0" * 32])
def test_an_unknown_code_is_a_clear_not_found_page(client, db, code):
    response = verify(client, code)
    assert response.status_code == 404
    assert "Certificate not found" in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_verification_is_rate_limited_per_client(client, certificate, settings):
    settings.LMS_CERT_VERIFY_RATE_LIMIT = 5
    statuses = [verify(client, certificate.code).status_code for _ in range(5)]
    assert statuses == [200] * 5
    limited = verify(client, "B" * 32)
    assert limited.status_code == 429 and limited["Retry-After"] == "60"
    other = client.get(
        reverse("certificates:verify", args=[certificate.code]),
        REMOTE_ADDR="192.0.2.7",
    )
    assert other.status_code == 200  # another client is not affected


def test_the_default_limit_is_thirty_a_minute(client, certificate):
    statuses = Counter(verify(client, certificate.code).status_code for _ in range(31))
    assert statuses == {200: 30, 429: 1}


def test_codes_are_160_random_bits_in_base32():
    codes = [new_code() for _ in range(2000)]
    assert len(set(codes)) == len(codes)
    assert all(CODE_PATTERN.match(code) and len(code) == CODE_LENGTH for code in codes)
    assert CODE_LENGTH * math.log2(32) >= 128
    letters = Counter("".join(codes))
    assert len(letters) == 32  # every symbol of the alphabet is used
    assert max(letters.values()) / min(letters.values()) < 1.3  # evenly


def test_random_codes_find_nothing(client, certificate, settings):
    settings.LMS_CERT_VERIFY_RATE_LIMIT = 0
    for _ in range(50):
        assert verify(client, new_code()).status_code == 404
    assert normalise(certificate.code.lower()) == certificate.code
    assert normalise("not a code") == ""
