import pytest
from django.conf import settings
from django.urls import reverse

from skills.models import PositionRequirement
from tests.factories import CompetencyFactory, make_levels


@pytest.fixture
def employee(tree, make_employee):
    profile = make_employee(tree["front"], preferred_language="ru")
    return profile


def test_login_switches_to_the_employees_language(client, employee):
    response = client.post(
        reverse("people:login"),
        {"username": employee.user.username, "password": "pass-1234-word"},
    )
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ru"


def test_language_switch_changes_the_pages_not_the_preferred_language(client, employee):
    client.force_login(employee.user)
    response = client.post(
        reverse("people:set_language"), {"language": "en", "next": "/me/"}
    )
    assert response.status_code == 302 and response.url == "/me/"
    employee.refresh_from_db()
    assert employee.preferred_language == "ru"
    assert '<html lang="en">' in client.get("/me/").content.decode()


def test_the_preferred_language_is_chosen_on_the_profile(client, employee):
    client.force_login(employee.user)
    response = client.post("/me/", {"preferred_language": "en"})
    assert response.status_code == 302 and response.url == "/me/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    employee.refresh_from_db()
    assert employee.preferred_language == "en"
    refused = client.post("/me/", {"preferred_language": "de"})
    assert refused.status_code == 200
    assert 'aria-invalid="true"' in refused.content.decode()
    employee.refresh_from_db()
    assert employee.preferred_language == "en"


def test_language_switch_refuses_unknown_languages_and_foreign_redirects(
    client, employee
):
    client.force_login(employee.user)
    response = client.post(
        reverse("people:set_language"),
        {"language": "de", "next": "https://evil.example/"},
    )
    assert response.url == "/"
    employee.refresh_from_db()
    assert employee.preferred_language == "ru"


def test_pages_need_login(client, db):
    for url in ["/dashboard/", "/me/", "/competencies/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("people:login"))


def test_framework_shows_what_the_position_requires(client, employee):
    levels = make_levels()
    needed = CompetencyFactory(
        code="SS-01", name="Beş prinsip", name_ru="Пять принципов"
    )
    CompetencyFactory(code="EG-01", name="ASAN Login")
    PositionRequirement.objects.create(
        position=employee.position, competency=needed, level=levels[2]
    )
    client.force_login(employee.user)
    page = client.get("/competencies/", HTTP_ACCEPT_LANGUAGE="az").content.decode()
    assert "Beş prinsip" in page and "ASAN Login" in page
    assert "Praktik" in page
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    assert "Пять принципов" in client.get("/competencies/").content.decode()


def test_employee_site_sends_security_headers_and_a_csp(client, employee):
    client.force_login(employee.user)
    response = client.get("/me/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "object-src 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_state_changing_forms_need_the_csrf_token(employee):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(employee.user)
    assert (
        client.post(reverse("people:set_language"), {"language": "en"}).status_code
        == 403
    )
    assert client.post(reverse("people:logout")).status_code == 403
    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.post(
        reverse("people:login"), {"username": "x", "password": "y"}
    )
    assert response.status_code == 403


def test_names_are_escaped(client, employee):
    employee.full_name = '<script>alert("x")</script>'
    employee.save()
    client.force_login(employee.user)
    page = client.get("/me/").content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
