"""Template text: known placeholders only, filled with escaped values."""

import pytest
from django.core.exceptions import ValidationError

from certificates.models import CertificateTemplate
from certificates.placeholders import fill, paragraphs, problems, validate_placeholders

VALUES = {"employee_name": "Əliyev <b>Vüqar</b>", "course_title": "Etika & davranış"}


def test_known_placeholders_are_filled_with_escaped_values():
    html = str(fill("Təbrik, {employee_name}! «{course_title}»", VALUES))
    assert "Əliyev &lt;b&gt;Vüqar&lt;/b&gt;" in html
    assert "Etika &amp; davranış" in html
    assert '<span class="value value--employee_name">' in html


def test_the_authors_own_markup_is_escaped_and_braces_can_be_doubled():
    html = str(fill("<script>x</script> {{literal}} {code}", {"code": "AB"}))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "{literal}" in html and ">AB</span>" in html


@pytest.mark.parametrize(
    "text",
    [
        "{unknown}",
        "{employee_name.__class__}",
        "{employee_name[0]}",
        "{employee_name!r}",
        "{employee_name:>40}",
        "{}",
        "{0}",
        "Open {brace",
    ],
)
def test_anything_but_a_plain_known_placeholder_is_refused_with_a_clear_message(text):
    found = problems(text)
    assert found
    with pytest.raises(ValidationError) as error:
        validate_placeholders(text)
    assert "{employee_name}" in " ".join(error.value.messages) or "brace" in str(
        error.value
    )


def test_text_saved_with_an_unknown_placeholder_shows_it_and_fills_the_rest():
    html = str(fill("{employee_name} {nickname}", {"employee_name": "Leyla"}))
    assert ">Leyla</span>" in html and "{nickname}" in html


def test_blank_lines_make_paragraphs_and_newlines_breaks():
    found = [str(p) for p in paragraphs("Bir\nİki\n\nÜç", {})]
    assert found == ["Bir<br>İki", "Üç"]


def test_the_model_rejects_unknown_placeholders_in_every_language(db):
    template = CertificateTemplate(
        name="X", title="Sertifikat", body="{employee_name}", body_ru="{имя}"
    )
    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "body_ru" in error.value.message_dict


def test_colours_must_be_hex(db):
    template = CertificateTemplate(
        name="X", title="T", body="B", accent_colour="red; background: url(x)"
    )
    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "accent_colour" in error.value.message_dict
