import csv
import io

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook

from skills import tasks
from skills.models import MatrixExport

EXPORT = "/admin/skills/matrix/export/"


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def export(client, user, file_format, **filters):
    client.force_login(user)
    return client.post(EXPORT, {"format": file_format, **filters})


@pytest.fixture
def evidence(staff, give):
    give(staff["anar"], "SS-01", 2)
    give(staff["anar"], "SS-02", 1, days=10)
    give(staff["banu"], "SS-01", 1)
    give(staff["dilara"], "CE-01", 4)


def csv_rows(response):
    data = body(response)
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_has_a_bom_a_header_and_level_names(client, staff, evidence):
    response = export(client, staff["hr"].user, "csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert header[:4] == ["Full name", "Employee number", "Unit", "Position"]
    assert [h.split()[0] for h in header[4:7]] == ["CE-01", "SS-01", "SS-02"]
    assert header[-3:] == ["Requirements", "Met", "Coverage, %"]
    by_name = {row[0]: row for row in rows}
    assert by_name["Abbasov Anar"][4:] == ["", "Praktik", "Məlumatlı", "2", "2", "100"]
    assert by_name["Babayeva Banu"][4:] == ["", "Məlumatlı", "", "2", "0", "0"]
    assert len(rows) == 6


def test_csv_follows_the_filters_and_the_scope(client, staff, framework, evidence):
    response = export(
        client, staff["manager"].user, "csv", area=framework["areas"]["ethics"].pk
    )
    header, *rows = csv_rows(response)
    assert [h.split()[0] for h in header[4:-3]] == ["CE-01"]
    assert "Cəfərov Ceyhun" not in {row[0] for row in rows}
    assert "Dadaşova Dilara" in {row[0] for row in rows}


def test_a_formula_in_a_name_is_exported_as_text(client, staff, evidence):
    staff["banu"].full_name = '=HYPERLINK("http://x")'
    staff["banu"].save()
    header, *rows = csv_rows(export(client, staff["hr"].user, "csv"))
    assert '\'=HYPERLINK("http://x")' in {row[0] for row in rows}


def test_xlsx_has_one_sheet_frozen_header_and_the_matrix_colours(
    client, staff, evidence
):
    response = export(client, staff["hr"].user, "xlsx")
    workbook = load_workbook(io.BytesIO(body(response)))
    assert len(workbook.worksheets) == 1
    sheet = workbook.worksheets[0]
    assert sheet.freeze_panes == "B2"
    header = [cell.value for cell in sheet[1]]
    assert header[:2] == ["Full name", "Employee number"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    anar = rows["Abbasov Anar"]
    ss01, ss02 = anar[5], anar[6]
    assert (ss01.value, ss01.fill.fgColor.rgb[-6:]) == ("Praktik", "D8F0DF")
    banu = rows["Babayeva Banu"]
    assert (banu[5].value, banu[5].fill.fgColor.rgb[-6:]) == ("Məlumatlı", "FFEBC2")
    assert (banu[6].value, banu[6].fill.fgColor.rgb[-6:]) == (None, "F9D9DA")
    assert anar[4].fill.fill_type is None  # CE-01: not required of operators
    assert ss02.value == "Məlumatlı"


def test_unknown_format_or_bad_filters_export_nothing(client, staff, evidence):
    response = export(client, staff["hr"].user, "pdf")
    assert response.status_code == 302
    response = export(client, staff["hr"].user, "csv", unit="not-a-unit")
    assert response.status_code == 302
    assert MatrixExport.objects.count() == 0


def test_employees_cannot_export(client, staff):
    response = export(client, staff["anar"].user, "csv")
    assert response.status_code == 302 and "/login/" in response["Location"]


# Large exports go to the background -----------------------------------------------


@pytest.fixture
def small_limit(settings):
    settings.LMS_MATRIX_SYNC_EXPORT_LIMIT = 2


@pytest.fixture
def requested(client, staff, evidence, small_limit, django_capture_on_commit_callbacks):
    staff["hr"].user.email = "hr@example.az"
    staff["hr"].user.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = export(client, staff["hr"].user, "xlsx", sort="-coverage")
    assert response.status_code == 302
    assert response["Location"] == reverse("skills_exports")
    return MatrixExport.objects.get()


def test_a_large_export_is_prepared_in_the_background(requested, staff):
    assert requested.status == MatrixExport.Status.READY
    assert requested.requested_by == staff["hr"].user
    assert requested.filters["sort"] == "-coverage"
    assert requested.row_count == 6
    workbook = load_workbook(requested.file.open("rb"))
    assert workbook.worksheets[0].freeze_panes == "B2"


def test_the_requester_gets_an_email_and_a_message(client, requested, staff):
    (email,) = mail.outbox
    assert email.to == ["hr@example.az"]
    assert email.subject == "Səriştə matrisinin ixracı hazırdır"  # their language
    assert reverse("skills_export_download", args=[requested.pk]) in email.body
    response = client.get(reverse("skills_exports"))
    texts = [str(m) for m in response.context["messages"]]
    assert any("being prepared in the background" in text for text in texts)
    assert any("ready to download" in text for text in texts)
    again = client.get(reverse("skills_exports"))
    assert list(again.context["messages"]) == []  # announced once


def test_only_the_requester_can_download(client, requested, staff, make_employee, tree):
    url = reverse("skills_export_download", args=[requested.pk])
    client.force_login(staff["hr"].user)
    response = client.get(url)
    assert response.status_code == 200
    assert load_workbook(io.BytesIO(body(response))).worksheets
    other_hr = make_employee(tree["agency"], roles=("HR",))
    client.force_login(other_hr.user)
    assert client.get(url).status_code == 404
    client.force_login(staff["manager"].user)
    assert client.get(url).status_code == 404


def test_running_the_task_again_changes_nothing(requested):
    before = (requested.file.name, requested.finished_at)
    tasks.build_matrix_export(requested.pk)
    requested.refresh_from_db()
    assert (requested.file.name, requested.finished_at) == before
    assert len(mail.outbox) == 1


def test_a_rolled_back_request_queues_nothing(staff, small_limit, monkeypatch):
    from django.db import transaction

    from skills import services

    queued = []
    monkeypatch.setattr(services, "enqueue", lambda *args: queued.append(args))
    with pytest.raises(RuntimeError), transaction.atomic():
        services.export_request(user=staff["hr"].user, data={}, file_format="csv")
        raise RuntimeError
    assert queued == [] and MatrixExport.objects.count() == 0


def test_a_failed_export_is_recorded_and_told(staff, small_limit, monkeypatch):
    from skills import services

    staff["hr"].user.email = "hr@example.az"
    staff["hr"].user.save()
    staff["hr"].preferred_language = "en"
    staff["hr"].save()
    monkeypatch.setattr(services, "enqueue", lambda *args: None)
    record = services.export_request(user=staff["hr"].user, data={}, file_format="csv")
    monkeypatch.setattr(services, "export_write", failing)
    tasks.build_matrix_export(record.pk)
    record.refresh_from_db()
    assert record.status == MatrixExport.Status.FAILED and "disk full" in record.error
    assert "failed" in mail.outbox[0].subject


def failing(export):
    raise OSError("disk full")
