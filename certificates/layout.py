"""The certificate's page: its geometry, and type sizes that make any content fit.

The template flows header, text and footer in one column whose least height is the
page's, with the footer pushed to the bottom; text that does not fit pushes the
footer onto a second page instead of running into it. So "it fits" is simply
"WeasyPrint laid out one page", and ``fitted_document`` tries smaller type until it
does. Past the smallest step the text continues on a second page, still clear of
the signatories and the QR code.
"""

from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

PAGE_SIZES = {"A4": (297, 210), "A5": (210, 148), "letter": (279.4, 215.9)}
FRAME_MARGIN = 7
# Text sizes (pt) and spaces (mm) at full scale, for large and small pages.
TYPE = {
    "organisation": (10, 8),
    "title": (40, 26),
    "body": (15, 11),
    "name": (30, 18),
    "title_gap": (6, 3),
    "name_gap": (4, 2),
    "paragraph_gap": (2.5, 1.5),
}
SCALES = (1.0, 0.92, 0.84, 0.76, 0.68, 0.6, 0.52, 0.45)
# Archival (PDF/A-3b: fonts embedded, colours defined, XMP metadata) and tagged, so
# screen readers and text extraction follow the reading order.
PDF_OPTIONS = {"pdf_variant": "pdf/a-3b", "pdf_tags": True}


def is_small(width, height):
    return width < 200 or height < 160


def page_geometry(template):
    """Page and frame sizes in mm, written as text so no locale prints "279,8"."""
    long_side, short_side = PAGE_SIZES[template.page_size]
    landscape = template.orientation == template.Orientation.LANDSCAPE
    width, height = (long_side, short_side) if landscape else (short_side, long_side)
    small = is_small(width, height)
    margin = {"top": 19 if small else 21, "side": 16 if small else 27, "bottom": 14}
    sizes = {
        "width": width,
        "height": height,
        "frame_width": width - 2 * FRAME_MARGIN - 3.2,
        "frame_height": height - 2 * FRAME_MARGIN - 3.2,
        "frame_top": FRAME_MARGIN - margin["top"],
        "frame_left": FRAME_MARGIN - margin["side"],
        "margin_top": margin["top"],
        "margin_side": margin["side"],
        "margin_bottom": margin["bottom"],
        # a hair less than the area inside the margins, so rounding never adds a page
        "sheet_height": height - margin["top"] - margin["bottom"] - 0.5,
    }
    page = {name: f"{value:.1f}" for name, value in sizes.items()}
    return {**page, "small": small}


def type_sizes(small, scale):
    column = 1 if small else 0
    return {name: f"{sizes[column] * scale:.2f}" for name, sizes in TYPE.items()}


def fitted_document(html_at, base_url, url_fetcher):
    """The laid-out document of the largest scale that fits one page.

    ``html_at(scale)`` gives the certificate's HTML with type at that scale. Most
    certificates fit at full size (one layout); otherwise a binary search over the
    steps needs three more.
    """

    fonts = FontConfiguration()  # the @font-face files are read once per fit

    def layout(scale):
        html = HTML(string=html_at(scale), base_url=base_url, url_fetcher=url_fetcher)
        return html.render(font_config=fonts, **PDF_OPTIONS)

    document = layout(SCALES[0])
    if len(document.pages) == 1:
        return document
    low, high, fitting = 1, len(SCALES) - 1, None
    while low <= high:
        middle = (low + high) // 2
        candidate = layout(SCALES[middle])
        if len(candidate.pages) == 1:
            fitting, high = candidate, middle - 1
        else:
            low = middle + 1
    return fitting or layout(SCALES[-1])  # continued on the next page
