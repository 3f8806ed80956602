"""A certificate as HTML and as PDF (WeasyPrint), in the certificate's language.

The HTML is a Django template with autoescaping; the template's own text goes through
``placeholders.fill``. ``<html lang>`` is the certificate's language, so CSS upper
case turns Azerbaijani i into İ. Fonts: see ``fonts.py``; fetching: ``fetcher.py``.
"""

from dataclasses import asdict, dataclass

import segno
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from . import conf, signing
from .fetcher import AssetFetcher
from .fonts import font_face_css
from .layout import PDF_OPTIONS, fitted_document, page_geometry, type_sizes
from .placeholders import fill, paragraphs

PDF_TEMPLATE = "certificates/pdf/certificate.html"


@dataclass(frozen=True)
class CertificateText:
    """The values of the placeholders, already in the certificate's language."""

    employee_name: str
    course_title: str
    course_hours: str
    issue_date: str
    expiry_date: str
    competencies: str
    verification_url: str
    code: str


def format_date(moment):
    return formats.date_format(timezone.localtime(moment).date(), "DATE_FORMAT")


def hours_text(minutes):
    """A course's length in hours as the language writes it: "8", "1,5"."""
    hours = round(minutes / 60, 1)
    places = 0 if hours == int(hours) else 1
    return formats.number_format(hours, places, use_l10n=True)


def expiry_text(moment):
    return format_date(moment) if moment else _("does not expire")


def qr_svg(url):
    """The verification URL as an inline SVG QR code (black on white, scanned best)."""
    code = segno.make(url, error="m")
    title = _("QR code of the verification page")
    svg = code.svg_inline(scale=1, omitsize=True, border=0, dark="#000", title=title)
    return mark_safe(svg)


def image_url(image, spec):
    return image.get_rendition(spec).url if image else ""


def signatory_rows(template):
    return [
        {
            "name": signatory.name,
            "position": signatory.display_position,
            "url": image_url(signatory.signature, "max-500x200"),
        }
        for signatory in template.signatories.all()
    ]


def html_context(template, text, language, created=None, scale=1.0):
    values = asdict(text)
    page = page_geometry(template)
    return {
        "language": language,
        "text": text,
        "created": created.isoformat() if created else "",
        "font_css": mark_safe(font_face_css()),
        "page": page,
        "type": type_sizes(page["small"], scale),
        "colours": {"accent": template.accent_colour, "text": template.text_colour},
        "organisation": template.display_organisation,
        "title": fill(template.display_title, values),
        "title_text": template.display_title,
        "paragraphs": paragraphs(template.display_body, values),
        "logo_url": image_url(template.logo, "max-800x400"),
        "seal_url": image_url(template.seal, "max-400x400"),
        "background_url": image_url(template.background_image, "max-2400x2400"),
        "signatories": signatory_rows(template),
        "qr_svg": qr_svg(text.verification_url),
        "credential_url": credential_url(text.verification_url),
    }


def credential_url(verification_url):
    """Where the certificate's Open Badges credential is, when credentials are on."""
    from .credentials.keys import is_enabled

    return verification_url + "credential.json" if is_enabled() else ""


def render_html(template, text, language, created=None, scale=1.0):
    with translation.override(language):
        context = html_context(template, text, language, created, scale)
        return render_to_string(PDF_TEMPLATE, context)


def render_pdf(template, text, language, created=None, sign=True):
    """The PDF bytes; signed when a signing key is configured (and ``sign``)."""
    with translation.override(language):
        context = html_context(template, text, language, created)
        small = context["page"]["small"]

        def html_at(scale):  # the context is made once; only the type sizes change
            sized = {**context, "type": type_sizes(small, scale)}
            return render_to_string(PDF_TEMPLATE, sized)

        document = fitted_document(
            html_at, base_url=conf.site_url() + "/", url_fetcher=AssetFetcher()
        )
    pdf = document.write_pdf(**PDF_OPTIONS)
    if sign and signing.is_enabled():
        with translation.override(language):
            reason = _("Certificate %(code)s") % {"code": text.code}
        pdf = signing.sign(pdf, reason=reason, location=conf.site_url())
    return pdf
