"""The admin: scoped lists, filters, exports, revoke, regenerate, issue by hand, ZIPs,
permissions checked on menus and views, every change in the audit log."""

import csv
import io
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from certificates.models import Certificate, CertificateArchive
from skills.models import CompetencyEvidence

INDEX = "certificate_admin:index"


@pytest.fixture
def staff(tree, make_employee, manager_of):
    hr = make_employee(tree["agency"], roles=("HR",))
    hr.user.email = "hr@example.az"
    hr.user.save()
    return {
        "hr": hr.user,
        "trainer": make_employee(tree["agency"], roles=("Trainer",)).user,
        "manager": manager_of(tree["baku"]).user,
        "ganja_manager": manager_of(tree["ganja"]).user,
        "colleague": make_employee(tree["front"]).user,
    }


@pytest.fixture
def two(certificate, course, tree, make_employee, pass_course):
    other = make_employee(tree["ganja_front"], username="ganja1")
    pass_course(other, course)
    return {
        "baku": certificate,
        "ganja": Certificate.objects.get(employee=other),
    }


def denied(response):
    """Wagtail answers a refused admin view with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
    )


def listed(client, user, **params):
    client.force_login(user)
    response = client.get(reverse(INDEX), params)
    assert response.status_code == 200
    return list(response.context["object_list"])


def test_hr_sees_all_and_a_manager_only_their_units(client, staff, two):
    assert set(listed(client, staff["hr"])) == set(two.values())
    assert listed(client, staff["manager"]) == [two["baku"]]
    assert listed(client, staff["ganja_manager"]) == [two["ganja"]]
    assert set(listed(client, staff["trainer"])) == set(two.values())


def test_an_employee_has_no_certificate_admin(client, staff, two):
    client.force_login(staff["colleague"])
    response = client.get(reverse(INDEX))
    assert response.status_code in (302, 403)


def test_a_certificate_outside_the_managers_scope_is_not_found(client, staff, two):
    client.force_login(staff["ganja_manager"])
    for name in ("inspect", "pdf"):
        url = reverse(f"certificate_admin:{name}", args=[two["baku"].pk])
        assert client.get(url).status_code == 404


def test_filters_by_status_unit_course_and_expiry(client, staff, two, tree, course):
    soon = timezone.now() + timedelta(days=10)
    Certificate.objects.filter(pk=two["ganja"].pk).update(expires_at=soon)
    hr = staff["hr"]
    assert listed(client, hr, expiring_within="30") == [two["ganja"]]
    assert listed(client, hr, unit=tree["baku"].pk) == [two["baku"]]
    assert set(listed(client, hr, course=course.pk)) == set(two.values())
    assert listed(client, hr, status="revoked") == []
    assert len(listed(client, hr, status="issued")) == 2
    assert listed(client, hr, q=two["ganja"].code[:10]) == [two["ganja"]]


def test_export_csv_with_bom_and_xlsx_are_scoped(client, staff, two):
    client.force_login(staff["manager"])
    response = client.get(reverse(INDEX), {"export": "csv"})
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 2 and two["baku"].code in rows[1]
    xlsx = client.get(reverse(INDEX), {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_exports_show_baku_dates_translated_headings_and_yes_no(client, staff, two):
    """Issued 15 March 02:30 in Baku (14 March 22:30 UTC): 15 March in both files."""
    from datetime import UTC, datetime

    from openpyxl import load_workbook

    from tests.people.test_exports import az

    certificate = two["baku"]
    issued = datetime(2026, 3, 14, 22, 30, tzinfo=UTC)
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=issued)
    client.force_login(staff["hr"])
    response = client.get(reverse(INDEX), {"export": "csv"})
    header, *rows = csv.reader(
        io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))
    )
    assert az("Verification code") in header and az("Issued by hand") in header
    row = next(row for row in rows if certificate.code in row)
    assert row[header.index(az("Issued at"))] == "2026-03-15 02:30"
    assert row[header.index(az("Issued by hand"))] == az("No")
    assert "False" not in row and "True" not in row
    xlsx = client.get(reverse(INDEX), {"export": "xlsx"})
    data = b"".join(xlsx.streaming_content)
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    assert sheet.title == az("certificates").capitalize() == "Sertifikatlar"
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == certificate.code)
    assert row[header.index(az("Issued at"))].value == datetime(2026, 3, 15, 2, 30)
    assert row[header.index(az("Issued by hand"))].value == az("No")


def test_hr_revokes_with_a_reason_the_certificate_stays_and_its_evidence_ends(
    client, staff, two
):
    certificate = two["baku"]
    url = reverse("certificate_admin:revoke", args=[certificate.pk])
    client.force_login(staff["hr"])
    assert client.get(url).status_code == 200
    refused = client.post(url, {"reason": ""})
    assert refused.status_code == 200 and refused.context["form"].errors
    assert Certificate.objects.get(pk=certificate.pk).status == "issued"
    response = client.post(url, {"reason": "İmtahan pozuntusu"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.revoked_by == staff["hr"]
    entry = ModelLogEntry.objects.get(
        action="certificates.revoked", object_id=str(certificate.pk)
    )
    assert entry.user == staff["hr"] and entry.data["reason"] == "İmtahan pozuntusu"
    evidence = CompetencyEvidence.objects.filter(source_id=str(certificate.pk))
    assert evidence.count() == 2 and all(e.ended_at for e in evidence)


def test_managers_and_trainers_cannot_revoke_regenerate_or_issue(client, staff, two):
    certificate = two["baku"]
    for user in (staff["manager"], staff["trainer"]):
        client.force_login(user)
        for name in ("revoke", "regenerate"):
            url = reverse(f"certificate_admin:{name}", args=[certificate.pk])
            assert denied(client.post(url, {"reason": "x"}))
        assert denied(client.get(reverse("certificate_admin:issue")))
    assert Certificate.objects.get(pk=certificate.pk).status == "issued"


def test_nobody_edits_or_deletes_a_certificate_in_a_generic_form(client, two, tree):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("root", password="x")
    client.force_login(admin)
    certificate = two["baku"]
    for name in ("edit", "delete"):
        url = reverse(f"certificate_admin:{name}", args=[certificate.pk])
        assert denied(client.get(url))
    assert denied(client.get(reverse("certificate_admin:add")))


def test_regenerate_is_logged_and_keeps_the_code(
    client, staff, two, django_capture_on_commit_callbacks
):
    certificate = two["baku"]
    url = reverse("certificate_admin:regenerate", args=[certificate.pk])
    client.force_login(staff["hr"])
    assert client.get(url).status_code == 200  # asks first
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    entry = ModelLogEntry.objects.get(action="certificates.regenerated")
    assert entry.user == staff["hr"]
    assert Certificate.objects.get(pk=certificate.pk).code == certificate.code


def test_the_audit_log_records_issue_revoke_and_regenerate(client, staff, two):
    certificate = two["baku"]
    client.force_login(staff["hr"])
    client.post(
        reverse("certificate_admin:revoke", args=[certificate.pk]), {"reason": "x"}
    )
    client.post(reverse("certificate_admin:regenerate", args=[certificate.pk]))
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(certificate.pk)).values_list(
            "action", flat=True
        )
    )
    assert {
        "certificates.issued",
        "certificates.revoked",
        "certificates.regenerated",
    } <= actions
    history = client.get(reverse("certificate_admin:history", args=[certificate.pk]))
    assert history.status_code == 200


def test_hr_issues_by_hand_within_scope_with_a_reason(
    client, staff, course, tree, make_employee, django_capture_on_commit_callbacks
):
    person = make_employee(tree["ganja_front"], employee_number="G-77")
    url = reverse("certificate_admin:issue")
    client.force_login(staff["hr"])
    data = {
        "employee_number": "g-77",
        "course": course.pk,
        "completed_on": (timezone.localdate() - timedelta(days=3)).isoformat(),
        "reason": "Bakı Dövlət Universitetində keçilib",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    certificate = Certificate.objects.get(employee=person)
    assert certificate.is_manual and certificate.issued_by == staff["hr"]
    assert timezone.localtime(certificate.issued_at).date() == (
        timezone.localdate() - timedelta(days=3)
    )
    assert certificate.rendered_at
    entry = ModelLogEntry.objects.get(action="certificates.issued")
    assert entry.user == staff["hr"] and entry.data["manual"] is True


def test_issuing_by_hand_names_what_is_wrong(client, staff, course):
    client.force_login(staff["hr"])
    response = client.post(
        reverse("certificate_admin:issue"),
        {
            "employee_number": "NOBODY",
            "course": course.pk,
            "completed_on": (timezone.localdate() + timedelta(days=1)).isoformat(),
            "reason": "",
        },
    )
    errors = response.context["form"].errors
    assert {"employee_number", "completed_on", "reason"} <= set(errors)
    assert not Certificate.objects.exists()


def test_a_small_zip_comes_at_once_with_the_filtered_pdfs(client, staff, two, tree):
    client.force_login(staff["hr"])
    response = client.get(reverse("certificate_admin:zip"), {"unit": tree["baku"].pk})
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert len(names) == 1 and two["baku"].short_code in names[0]
    assert archive.read(names[0]).startswith(b"%PDF")


def test_a_large_zip_is_built_in_the_background_for_the_requester_only(
    client, staff, two, settings, django_capture_on_commit_callbacks
):
    settings.LMS_CERT_ZIP_SYNC_LIMIT = 1
    client.force_login(staff["hr"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(reverse("certificate_admin:zip"), {"status": "issued"})
    assert response["Location"] == reverse("certificate_admin:archives")
    archive = CertificateArchive.objects.get()
    assert archive.status == "ready" and archive.certificate_count == 2
    assert archive.filters == {"status": "issued"}
    assert mail.outbox[-1].to == ["hr@example.az"]
    listing = client.get(reverse("certificate_admin:archives")).content.decode()
    download = reverse("certificate_admin:archive_download", args=[archive.pk])
    assert download in listing
    zipped = client.get(download)
    assert zipfile.ZipFile(io.BytesIO(b"".join(zipped.streaming_content))).namelist()
    client.force_login(staff["manager"])
    assert client.get(download).status_code == 404


def test_the_admin_menu_shows_certificates_to_those_who_may_see_them(client, staff):
    for user, shown in [(staff["hr"], True), (staff["manager"], True)]:
        client.force_login(user)
        body = client.get(reverse("wagtailadmin_home")).content.decode()
        assert (reverse(INDEX) in body) is shown


def test_archives_older_than_a_week_are_deleted_by_the_sweep(
    client, staff, two, settings, django_capture_on_commit_callbacks
):
    from certificates.archives import forget_old_archives
    from certificates.storage import certificate_storage

    settings.LMS_CERT_ZIP_SYNC_LIMIT = 0
    client.force_login(staff["hr"])
    with django_capture_on_commit_callbacks(execute=True):
        client.get(reverse("certificate_admin:zip"))
    archive = CertificateArchive.objects.get()
    name = archive.file.name
    assert forget_old_archives(moment=timezone.now() + timedelta(days=6)) == 0
    assert forget_old_archives(moment=timezone.now() + timedelta(days=8)) == 1
    assert not certificate_storage().exists(name)
    assert Certificate.objects.count() == 2
