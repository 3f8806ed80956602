import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from feedback.importing import import_feedback
from feedback.models import FeedbackImport, FeedbackRating, RatingCategory

HEADER = "unit;service;rating;scale;rated_at;categories;desk;comment;event_id"


def when(hours=2):
    return (timezone.now() - datetime.timedelta(hours=hours)).isoformat()


def csv(*lines, header=HEADER):
    return ("\ufeff" + "\n".join([header, *lines]) + "\n").encode()


def good_lines():
    return [
        f"baku-1-yasamal;passport;5;5;{when()};courtesy|promptness;12;Çox nəzakətli;m1-1",
        f"ganja;passport;2;3;{when(3)};convenience;;;m1-2",
    ]


def counts():
    return FeedbackRating.objects.count(), RatingCategory.objects.count()


def test_a_good_file_is_stored_with_its_record(tree, service, courtesy):
    outcome = import_feedback(data=csv(*good_lines()), file_name="monitor.csv")
    assert outcome.ok
    assert counts() == (2, 3)
    rating = FeedbackRating.objects.get(event_id="m1-2")
    assert (str(rating.rating), rating.org_unit.code) == ("3.00", "ganja")
    assert rating.imported_in == outcome.record
    assert outcome.record.row_count == 2


def test_one_bad_line_stores_nothing_and_every_problem_names_its_line(
    tree, service, courtesy
):
    lines = [
        *good_lines(),
        f"nowhere;passport;9;5;{when()};courtesy;;;m1-3",
        "ganja;tax;3;5;not a time;;;;m1-4",
    ]
    outcome = import_feedback(data=csv(*lines))
    assert not outcome.ok
    assert [(p.line, p.column) for p in outcome.problems] == [
        (4, "unit"), (4, "rating"), (5, "service"), (5, "rated_at"), (5, "categories"),
    ]  # fmt: skip
    assert "Line 4, column “unit”" in str(outcome.problems[0])
    assert counts() == (0, 0)
    assert not FeedbackImport.objects.exists()


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the file is empty"),
        (b"\xff\xfeunit", "not UTF-8"),
        (csv(header="unit;service;rating"), "required column is missing"),
        (csv(header=HEADER + ";colour"), "unknown column"),
        (csv("ganja;passport"), "expected 9 values, found 2"),
        (csv(), "the file has no rows"),
    ],
)
def test_unreadable_files_say_why(tree, service, data, message):
    outcome = import_feedback(data=data)
    assert message in " ".join(str(p) for p in outcome.problems)
    assert counts() == (0, 0)


def test_importing_the_same_events_again_is_refused_by_line(tree, service, courtesy):
    assert import_feedback(data=csv(*good_lines())).ok
    outcome = import_feedback(data=csv(*good_lines()))
    assert [(p.line, p.column) for p in outcome.problems] == [
        (2, "event_id"), (3, "event_id"),
    ]  # fmt: skip
    assert counts() == (2, 3)


def test_the_command_imports_or_fails_with_the_lines(tree, service, courtesy, tmp_path):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_bytes(csv(*good_lines()))
    bad.write_bytes(csv(f"ganja;passport;7;5;{when()};courtesy;;;x"))
    call_command("import_feedback", str(good))
    assert counts() == (2, 3)
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_feedback", str(bad))
    assert counts() == (2, 3)


def test_hr_uploads_in_the_admin(client, tree, service, courtesy, make_employee):
    hr = make_employee(tree["agency"], roles=("HR",))
    client.force_login(hr.user)
    url = reverse("feedback_import")
    upload = SimpleUploadedFile("m.csv", csv(*good_lines()), "text/csv")
    response = client.post(
        url, {"file": upload}, follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "2 ratings imported." in response.content.decode()
    assert FeedbackImport.objects.get().imported_by == hr.user
    bad = SimpleUploadedFile("b.csv", csv("ganja;passport;0;5;x;;;;"), "text/csv")
    body = client.post(url, {"file": bad}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Line 2, column “rating”" in body
    assert counts() == (2, 3)


def test_only_hr_may_import(client, tree, make_employee):
    manager = make_employee(tree["baku"], roles=("Manager",))
    client.force_login(manager.user)
    assert client.get(reverse("feedback_import")).status_code in (302, 403)
