"""Files people produce or may fetch only after a check (background exports, ZIP
archives, lesson documents) have no public URL, lie outside the media the web server
publishes, are served through views that check who asks, and expire where they are
copies. The demo's development server publishes images only."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.models import CertificateArchive
from skills import services
from skills.models import MatrixExport


def test_exports_and_archives_have_no_public_url(world, settings):
    public = Path(settings.MEDIA_ROOT)
    for model, pk in (
        (MatrixExport, world.export),
        (CertificateArchive, world.archive),
    ):
        stored = model.objects.get(pk=pk).file
        with pytest.raises(ValueError):
            stored.url  # noqa: B018
        relative = Path(stored.path).relative_to(public)
        assert relative.parts[0] == "private", stored.path


def test_the_demo_server_publishes_images_only(world, settings, rf):
    from django.http import Http404
    from wagtail.documents import get_document_model

    from lms.media_urls import serve_public

    image = Path(settings.MEDIA_ROOT) / "original_images" / "sweep.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    request = rf.get("/media/original_images/sweep.png")
    assert serve_public(request, "original_images/sweep.png").status_code == 200
    document = get_document_model().objects.get(pk=world.document[0])
    export = MatrixExport.objects.get(pk=world.export)
    hidden = [
        document.file.name,
        "private/" + export.file.name,
        "images/../" + document.file.name,
        "images/../private/" + export.file.name,
    ]
    for path in hidden:
        with pytest.raises(Http404):
            serve_public(rf.get("/media/" + path), path)


def test_an_expired_export_is_refused_then_deleted(world, client):
    export = MatrixExport.objects.get(pk=world.export)
    url = reverse("skills_export_download", args=[export.pk])
    client.force_login(world.users["hr"])
    assert client.get(url).status_code == 200
    assert services.forget_old_exports() == 0
    MatrixExport.objects.filter(pk=export.pk).update(
        created_at=timezone.now() - timedelta(days=7, minutes=1)
    )
    assert client.get(url).status_code == 404
    assert services.forget_old_exports() == 1
    assert not Path(export.file.path).exists()
    assert not MatrixExport.objects.filter(pk=export.pk).exists()


def test_an_expired_archive_is_refused_even_before_the_sweep(world, client):
    url = reverse("certificate_admin:archive_download", args=[world.archive])
    client.force_login(world.users["hr"])
    assert client.get(url).status_code == 200
    CertificateArchive.objects.filter(pk=world.archive).update(
        created_at=timezone.now() - timedelta(days=7, minutes=1)
    )
    assert client.get(url).status_code == 404


def test_a_lesson_document_needs_a_login_and_the_course(world, client):
    url = reverse("wagtaildocs_serve", args=world.args("document"))
    response = client.get(url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(world.users["colleague"])
    assert client.get(url).status_code == 404
    client.force_login(world.users["self"])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "no-store" in response["Cache-Control"]
