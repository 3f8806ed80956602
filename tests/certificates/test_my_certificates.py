"""Employees see and download their own certificates, and nobody else's."""

from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from certificates.storage import certificate_storage


def download_url(certificate):
    return reverse("certificates:download", args=[certificate.pk])


def test_my_certificates_lists_mine_with_status_and_download(client, certificate):
    client.force_login(certificate.employee.user)
    response = client.get(reverse("certificates:my_certificates"))
    assert response.status_code == 200
    body = response.content.decode()
    assert certificate.course.title in body
    assert certificate.grouped_code in body
    assert "badge--ok" in body
    assert download_url(certificate) in body


def test_the_holder_downloads_the_stored_pdf(client, certificate):
    client.force_login(certificate.employee.user)
    response = client.get(download_url(certificate))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    certificate.refresh_from_db()
    stored = certificate_storage().open(certificate.pdf.name).read()
    assert b"".join(response.streaming_content) == stored


def test_someone_elses_certificate_is_not_found(
    client, certificate, tree, make_employee, manager_of
):
    colleague = make_employee(tree["front"])
    client.force_login(colleague.user)
    assert client.get(download_url(certificate)).status_code == 404
    listing = client.get(reverse("certificates:my_certificates")).content.decode()
    assert certificate.grouped_code not in listing
    # Even their manager and HR use the admin, not the holder's download.
    client.force_login(manager_of(tree["baku"]).user)
    assert client.get(download_url(certificate)).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, certificate):
    for url in [reverse("certificates:my_certificates"), download_url(certificate)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("people:login"))


def test_a_revoked_certificate_is_listed_without_download(
    client, certificate, tree, make_employee
):
    hr = make_employee(tree["agency"], roles=("HR",)).user
    services.certificate_revoke(certificate=certificate, by=hr, reason="Səhv")
    client.force_login(certificate.employee.user)
    body = client.get(reverse("certificates:my_certificates")).content.decode()
    assert "badge--bad" in body and download_url(certificate) not in body
    assert client.get(download_url(certificate)).status_code == 404


def test_a_pdf_not_ready_yet_says_so(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf="", pdf_sha256="", rendered_at=None
    )
    client.force_login(certificate.employee.user)
    english = {"HTTP_ACCEPT_LANGUAGE": "en"}
    body = client.get(reverse("certificates:my_certificates"), **english)
    assert "being prepared" in body.content.decode()
    response = client.get(download_url(certificate), follow=True, **english)
    assert "being prepared" in response.content.decode()


def test_a_damaged_file_is_never_served_and_is_printed_again(client, certificate):
    certificate.refresh_from_db()
    path = certificate_storage().path(certificate.pdf.name)
    with open(path, "r+b") as damaged:
        damaged.write(b"%PDF-broken")
    client.force_login(certificate.employee.user)
    response = client.get(download_url(certificate))
    assert response.status_code == 302  # the tasks run inline in tests: fixed now
    assert client.get(download_url(certificate)).status_code == 200
