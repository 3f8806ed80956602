"""Signature and seal images for the demo certificate template, drawn at seed time
(so no binary lives in the repository): a pen stroke per signatory and a round stamp
in the template's accent colour, as transparent PNGs in Wagtail's image library."""

import math
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as Picture
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image

from certificates.fonts import font_files

INK = (18, 40, 110, 255)


def png(picture, name):
    buffer = BytesIO()
    picture.save(buffer, format="PNG")
    return ImageFile(buffer, name=name)


def signature_picture(seed):
    """A flowing stroke whose loops depend on ``seed``, like a hand signature."""
    picture = Picture.new("RGBA", (600, 200), (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    loops = 6 + seed % 3
    points = []
    for step in range(600):
        t = step / 599
        turn = 2 * math.pi * loops * t
        height = 46 * (1 - 0.55 * t) * (1 + 0.25 * math.sin(seed + 3 * t))
        points.append(
            (40 + 480 * t - 22 * math.sin(turn), 105 - height * math.cos(turn))
        )
    draw.line(points, fill=INK, width=5, joint="curve")
    draw.line([(70, 150), (430 + 30 * (seed % 3), 142)], fill=INK, width=3)
    return picture


def bold_font(size):
    path = next(
        (str(path) for family, weight, _s, path in font_files() if weight == 700),
        None,
    )
    return ImageFont.truetype(path, size) if path else ImageFont.load_default()


def seal_picture(text, colour):
    """A round stamp: two rings, a star and the organisation's short name."""
    rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    ink = (*rgb, 210)
    picture = Picture.new("RGBA", (400, 400), (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((8, 8, 392, 392), outline=ink, width=12)
    draw.ellipse((44, 44, 356, 356), outline=ink, width=4)
    star = [
        (
            200 + radius * math.sin(math.pi * index / 5),
            150 - radius * math.cos(math.pi * index / 5),
        )
        for index, radius in zip(range(10), [62, 26] * 5, strict=True)
    ]
    draw.polygon(star, fill=ink)
    draw.text((200, 265), text, font=bold_font(54), fill=ink, anchor="mm")
    return picture


def stored_image(title, picture, name):
    return Image.objects.create(title=title, file=png(picture, name))


def add_signatures_and_seal(template):
    """Give each signatory without one a signature, and the template a seal."""
    for number, signatory in enumerate(template.signatories.all(), start=1):
        if signatory.signature_id is None:
            signatory.signature = stored_image(
                f"Nümunə imza: {signatory.name}",
                signature_picture(number),
                f"demo-signature-{number}.png",
            )
            signatory.save(update_fields=["signature"])
    if template.seal_id is None:
        template.seal = stored_image(
            "Nümunə möhür",
            seal_picture("ASAN", template.accent_colour),
            "demo-seal.png",
        )
        template.save()
