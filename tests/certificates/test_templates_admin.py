"""Certificate templates in the admin: checked text, one template per course, a PDF
preview with sample data."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from certificates.models import CertificateTemplate, CertificateTemplateCourse
from tests.courses.conftest import translate

SNIPPETS = "wagtailsnippets_certificates_certificatetemplate"


@pytest.fixture
def hr(tree, make_employee):
    return make_employee(tree["agency"], roles=("HR",)).user


def form(courses=(), **fields):
    values = {
        "name": "Etika",
        "is_default": "",
        "organisation": "ASAN Akademiya",
        "organisation_ru": "",
        "organisation_en": "",
        "title": "Sertifikat",
        "title_ru": "",
        "title_en": "",
        "body": "{employee_name} «{course_title}»",
        "body_ru": "",
        "body_en": "",
        "page_size": "A4",
        "orientation": "landscape",
        "accent_colour": "#0b4f8a",
        "text_colour": "#1c2430",
        "signatories": inline_formset(
            [
                {
                    "name": "Əliyeva Nərmin",
                    "position": "Rəhbər",
                    "position_ru": "",
                    "position_en": "",
                }
            ]
        ),
        "course_links": inline_formset([{"course": course.pk} for course in courses]),
        **fields,
    }
    return nested_form_data(values)


def test_hr_creates_a_template_for_a_course(client, hr, course):
    client.force_login(hr)
    response = client.post(reverse(f"{SNIPPETS}:add"), form(courses=[course]))
    assert response.status_code == 302, response.context["form"].errors
    template = CertificateTemplate.objects.get(name="Etika")
    assert template.signatories.get().name == "Əliyeva Nərmin"
    assert CertificateTemplateCourse.objects.get().course == course


def test_unknown_placeholders_and_bad_colours_are_form_errors(client, hr):
    client.force_login(hr)
    response = client.post(
        reverse(f"{SNIPPETS}:add"),
        form(body="{employee_name} {ad_soyad}", accent_colour="blue"),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "{ad_soyad}" in str(errors["body"]) and "{employee_name}" in str(
        errors["body"]
    )
    assert "accent_colour" in errors
    assert not CertificateTemplate.objects.filter(name="Etika").exists()


def test_a_course_can_use_one_template_only_in_any_language(client, hr, course):
    other = CertificateTemplate.objects.create(name="Other", title="T", body="B")
    CertificateTemplateCourse.objects.create(template=other, course=course)
    russian = translate(course, "ru")
    client.force_login(hr)
    response = client.post(reverse(f"{SNIPPETS}:add"), form(courses=[russian]))
    assert response.status_code == 200
    (link,) = response.context["form"].formsets["course_links"].forms
    assert "course" in link.errors and course.title in str(link.errors["course"])
    assert CertificateTemplateCourse.objects.count() == 1


def test_saving_a_template_raises_its_version(client, hr):
    template = CertificateTemplate.objects.get(is_default=True)
    client.force_login(hr)
    url = reverse(f"{SNIPPETS}:edit", args=[template.pk])
    response = client.post(url, form(name=template.name, is_default="on"))
    assert response.status_code == 302, response.context["form"].errors
    template.refresh_from_db()
    assert template.version == 2


def test_the_preview_renders_a_pdf_with_sample_data(client, hr):
    template = CertificateTemplate.objects.get(is_default=True)
    client.force_login(hr)
    url = reverse(f"{SNIPPETS}:preview_on_edit", args=[template.pk])
    posted = client.post(url, form(name=template.name, title="Yeni başlıq"))
    assert posted.json()["is_valid"] is True
    pdf = client.get(url, {"mode": "pdf-az"})
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    html = client.get(url, {"mode": "html-ru"}).content.decode()
    assert 'lang="ru"' in html and "Yeni başlıq" in html  # the unsaved title
    assert "Məmmədova Günay" in html


def test_managers_cannot_edit_templates(client, manager_of, tree):
    client.force_login(manager_of(tree["baku"]).user)
    response = client.get(reverse(f"{SNIPPETS}:list"))
    assert response.status_code in (302, 403)


def test_a_template_that_printed_certificates_cannot_be_deleted(client, certificate):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("root", password="x")
    client.force_login(admin)
    url = reverse(f"{SNIPPETS}:delete", args=[certificate.template_id])
    client.post(url)
    assert CertificateTemplate.objects.filter(pk=certificate.template_id).exists()
