"""The template preview in the admin: sample data, as PDF or HTML, in each language."""

from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from .rendering import render_html, render_pdf
from .texts import sample_text

LANGUAGES = {"az": "Azərbaycanca", "ru": "Русский", "en": "English"}


def preview_modes():
    pdf = [(f"pdf-{code}", _("PDF · %s") % name) for code, name in LANGUAGES.items()]
    html = [(f"html-{code}", _("HTML · %s") % name) for code, name in LANGUAGES.items()]
    return pdf + html


def serve_template_preview(template, request, mode_name):
    kind, _sep, language = (mode_name or "pdf-az").partition("-")
    language = language if language in LANGUAGES else "az"
    text = sample_text(language)
    if kind == "html":
        return HttpResponse(render_html(template, text, language))
    pdf = render_pdf(template, text, language, sign=False)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="preview.pdf"'
    return response
