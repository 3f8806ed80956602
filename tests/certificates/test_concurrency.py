"""On PostgreSQL, workers racing for one enrolment or one PDF end with one result.

Run with e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_helper_certs.
"""

import threading
from unittest import mock

import pytest
from django.db import connection

from certificates.models import Certificate
from certificates.pdfs import certificate_render
from certificates.services import certificate_issue
from certificates.storage import certificate_storage, read, sha256

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs PostgreSQL row locks"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def race(work, count=2):
    """Run ``work`` in ``count`` threads released together; returns results, errors."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(work())
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


@pytest.fixture
def passed_without_certificate(tree, make_employee, course, pass_course):
    """Passed enrolments whose issuing task has not run yet."""

    def make(index):
        employee = make_employee(tree["front"], username=f"racer{index}")
        with mock.patch("certificates.receivers.enqueue"):
            return pass_course(employee, course)

    return make


def test_two_workers_issuing_for_one_enrolment_make_one_certificate(
    passed_without_certificate,
):
    for attempt in range(5):
        enrolment = passed_without_certificate(attempt)
        with mock.patch("certificates.services.enqueue"):
            results, errors = race(
                lambda enrolment=enrolment: certificate_issue(enrolment=enrolment).pk
            )
        assert errors == []
        assert len(results) == 2 and len(set(results)) == 1
        assert Certificate.objects.filter(enrolment=enrolment).count() == 1


def test_two_workers_rendering_one_certificate_store_a_matching_file(certificate):
    results, errors = race(
        lambda: certificate_render(certificate_id=certificate.pk, force=True).pk
    )
    assert errors == [] and results == [certificate.pk] * 2
    certificate.refresh_from_db()
    data = read(certificate_storage(), certificate.pdf.name)
    assert sha256(data) == certificate.pdf_sha256
