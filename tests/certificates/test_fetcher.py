"""Nothing a user types can make the renderer fetch a URL or read a local file."""

from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from certificates import tasks
from certificates.fetcher import AssetFetcher, RefusedURL
from certificates.fonts import font_files
from certificates.models import Certificate
from certificates.rendering import render_html
from certificates.texts import certificate_text

HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<img src="http://evil.example/track.png">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    "<style>@import url(file:///etc/shadow);</style>",
]


@pytest.fixture
def fetches():
    """Every URL the renderer asks for, passed on to the real fetcher."""
    seen = []
    original = AssetFetcher.fetch

    def spy(self, url, headers=None):
        seen.append(url)
        return original(self, url, headers)

    with mock.patch.object(AssetFetcher, "fetch", spy):
        yield seen


@pytest.mark.parametrize("payload", HOSTILE)
def test_markup_in_a_name_is_printed_as_text_and_nothing_is_fetched(
    certificate, fetches, payload
):
    employee = certificate.employee
    type(employee).objects.filter(pk=employee.pk).update(full_name=payload)
    certificate = Certificate.objects.get(pk=certificate.pk)
    html = render_html(
        certificate.template, certificate_text(certificate), certificate.language
    )
    assert payload not in html and "&lt;" in html
    tasks.regenerate_certificate(certificate.pk)
    fonts = {f"file://{path}" for *_face, path in font_files()}
    assert set(fetches) <= fonts
    assert not any(
        "passwd" in url or "evil" in url or "shadow" in url for url in fetches
    )


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file:///usr/share/fonts/truetype/dejavu/../../../../etc/passwd",
        "http://evil.example/a.png",
        "https://academy.example.az.evil.example/media/a.png",
        "https://academy.example.az/media/../settings.py",
        "https://academy.example.az/media/private/certificates/x.pdf",
        "https://academy.example.az/static/../../etc/passwd",
        "ftp://academy.example.az/media/a.png",
    ],
)
def test_the_fetcher_refuses_anything_but_the_projects_own_files(db, url):
    with pytest.raises(RefusedURL):
        AssetFetcher().fetch(url)


def test_the_fetcher_reads_media_static_fonts_and_data(db, settings):
    default_storage.save("images/logo.png", ContentFile(b"\x89PNG fake"))
    fetcher = AssetFetcher()
    assert fetcher.fetch("https://academy.example.az/media/images/logo.png").read() == (
        b"\x89PNG fake"
    )
    css = fetcher.fetch("https://academy.example.az/static/certificates/site.css")
    assert b"badge" in css.read()
    family, weight, style, path = font_files()[0]
    assert fetcher.fetch(f"file://{path}").read()[:4] in (b"\x00\x01\x00\x00", b"true")
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
