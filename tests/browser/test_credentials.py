"""In Azerbaijani, an employee downloads their Open Badges credential from My
certificates; a stranger finds it on the public verification page; the independent
verifier accepts the downloaded file against the live site."""

import json
import os
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from django.core.management import call_command
from openbadgeslib.ob3.verifier import OB3Verifier
from playwright.sync_api import expect

from certificates.credentials import keys
from certificates.models import Certificate
from certificates.services import certificate_issue_manual
from tests.browser.conftest import axe_violations, log_in
from tests.browser.test_certificates import course  # noqa: F401 - the fixture

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
SHOTS = os.environ.get("LMS_SCREENSHOTS")  # a folder to keep the screenshots in


def shoot(page, name, tmp_path):
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_employee_downloads_the_credential_and_a_stranger_verifies_it(
    browser,
    live_server,
    course,  # noqa: F811 - the fixture imported above
    employee_user,
    settings,
    tmp_path,
):
    call_command("create_credential_key", str(tmp_path / "ob"), stdout=StringIO())
    settings.LMS_CREDENTIAL_KEY = str(tmp_path / "ob" / "credential-key.pem")
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    certificate_issue_manual(
        employee=employee_user, course=course, reason="Sınaq", issued_by=None
    )
    certificate = Certificate.objects.get(employee=employee_user)

    context = browser.new_context(
        base_url=live_server.url, accept_downloads=True, locale="az-AZ"
    )
    page = context.new_page()
    log_in(page, "leyla")
    page.goto("/my-certificates/")
    link = page.get_by_role("link", name="Rəqəmsal etimadnamə (Open Badges)")
    expect(link).to_be_visible()
    shoot(page, "my-certificates-az", tmp_path)
    page.set_viewport_size({"width": 360, "height": 740})
    shoot(page, "my-certificates-az-360", tmp_path)
    with page.expect_download() as download:
        link.click()
    envelope = json.loads(download.value.path().read_text())
    token = envelope["id"].split(",", 1)[1]

    stranger = browser.new_context(base_url=live_server.url, locale="az-AZ")
    public = stranger.new_page()
    public.goto(f"/verify/{certificate.code}/")
    expect(public.get_by_role("heading", name="Rəqəmsal etimadnamə")).to_be_visible()
    expect(
        public.get_by_role("link", name="Etimadnaməni yükləyin (JSON)")
    ).to_be_visible()
    shoot(public, "verify-az", tmp_path)
    violations = axe_violations(
        browser, live_server.url + f"/verify/{certificate.code}/", []
    )
    assert violations == [], [(v["id"], v["help"]) for v in violations]

    def over_http(url):  # did:web names https; the test server speaks http
        parts = urlsplit(url)
        return requests.get(live_server.url + parts.path, timeout=10).content

    verifier = OB3Verifier.for_issuer_did(keys.issuer_id(), download=over_http)
    verified = verifier.verify(token, check_status=True, download=over_http)
    assert verified.issuer.id == keys.issuer_id()
    context.close()
    stranger.close()
