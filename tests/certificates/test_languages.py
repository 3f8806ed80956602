"""A certificate is printed in the employee's preferred language (chosen on the
profile, never the language button last pressed) when the course is written in it,
and can be had in the course's other languages."""

import subprocess

import pytest
from django.urls import reverse

from certificates import services
from certificates.languages import certificate_language
from certificates.models import Certificate, CertificateCopy
from courses.locales import sync_to_locales
from tests.courses.conftest import translate


@pytest.fixture
def ru_course(course):
    return translate(course, "ru")


def pdf_text(data, tmp_path):
    path = tmp_path / "copy.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_language_button_does_not_decide_the_certificate_language(
    client, employee, course, ru_course, pass_course
):
    client.force_login(employee.user)
    client.post(reverse("people:set_language"), {"language": "ru", "next": "/"})
    employee.refresh_from_db()
    assert employee.preferred_language == "az"
    enrolment = pass_course(employee, course)
    assert Certificate.objects.get(enrolment=enrolment).language == "az"


def test_the_preferred_language_chosen_on_the_profile_decides_it(
    client, employee, course, ru_course, pass_course
):
    client.force_login(employee.user)
    response = client.post(reverse("people:my_profile"), {"preferred_language": "ru"})
    assert response.status_code == 302
    enrolment = pass_course(employee, course)
    assert Certificate.objects.get(enrolment=enrolment).language == "ru"


def test_a_language_the_course_is_not_written_in_falls_back_to_the_courses(
    employee, course
):
    sync_to_locales(course)  # aliases in ru and en are not translations
    for language in ("ru", "en"):
        employee.preferred_language = language
        assert certificate_language(employee, course) == "az"
    employee.preferred_language = "az"
    assert certificate_language(employee, course) == "az"


def test_download_in_another_language_renders_a_copy_once(
    client, certificate, course, ru_course, django_capture_on_commit_callbacks, tmp_path
):
    client.force_login(certificate.employee.user)
    url = reverse("certificates:download", args=[certificate.pk]) + "?language=ru"
    listing = client.get(reverse("certificates:my_certificates")).content.decode()
    assert "?language=ru" in listing and "?language=en" not in listing
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        first = client.get(url, follow=True)
    assert [m.level_tag for m in first.context["messages"]] == ["info"]
    assert len(callbacks) == 1  # the copy's render, queued after commit
    copy = CertificateCopy.objects.get()
    assert (copy.language, copy.rendered_at is not None) == ("ru", True)
    second = client.get(url)
    assert second.status_code == 200
    data = b"".join(second.streaming_content)
    text = pdf_text(data, tmp_path)
    assert ru_course.title in text
    assert certificate.grouped_code in text.replace("\n", "")
    client.get(url)
    assert CertificateCopy.objects.count() == 1


def test_a_language_the_course_lacks_is_refused_and_nothing_is_made(
    client, certificate
):
    client.force_login(certificate.employee.user)
    url = reverse("certificates:download", args=[certificate.pk]) + "?language=en"
    response = client.get(url, follow=True)
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert not CertificateCopy.objects.exists()
    with pytest.raises(services.CertificateRefused):
        services.certificate_copy(certificate=certificate, language="xx")


def test_copies_are_printed_again_after_a_regeneration(
    certificate, ru_course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        copy = services.certificate_copy(certificate=certificate, language="ru")
        services.queue_copy_render(copy.pk)
    copy.refresh_from_db()
    assert copy.rendered_at is not None
    services.certificate_regenerate(certificate=certificate, by=None)
    copy.refresh_from_db()
    assert copy.rendered_at is None


def test_someone_elses_certificate_is_not_found_in_any_language(
    client, certificate, ru_course, tree, make_employee
):
    client.force_login(make_employee(tree["front"]).user)
    url = reverse("certificates:download", args=[certificate.pk]) + "?language=ru"
    assert client.get(url).status_code == 404
    assert not CertificateCopy.objects.exists()
