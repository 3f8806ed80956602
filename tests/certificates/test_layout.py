"""Any content fits the page: the longest name, title and competency list on A4 and
A5 leave the signatories, the details and the QR code clear, and the QR scans."""

import re
import shutil
import subprocess
from itertools import combinations

import pytest

from certificates import tasks
from certificates.models import Certificate, CertificateSignatory
from tests.certificates.conftest import certifying_course
from tests.factories import CompetencyFactory, make_levels

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdftoppm", "zbarimg")),
    reason="needs Debian poppler-utils and zbar-tools",
)

LONG_NAME = "Abdurrahmanova-Şıxəliyeva Gülçöhrə-Məleykə Tuğrul Əbdülhəmid qızı"
LONG_TITLE = (
    "Dövlət xidmətlərinin elektron hökumət portalı vasitəsilə göstərilməsi "
    "qaydaları, vətəndaş müraciətlərinin qəbulu və ASAN xidmət standartlarına "
    "uyğun keyfiyyətin idarə edilməsi"
)
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
    r"([^<]*)</word>"
)
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
POINTS_PER_MM = 72 / 25.4
# pdftotext's word boxes span the font's full ascent and descent, taller than a
# line of tight leading; what counts as overlapping is ink over ink.
INK = 0.2


def worst_case_certificate(catalogue, make_employee, tree, pass_course, page_size):
    levels = make_levels()
    competencies = [
        (
            CompetencyFactory(
                code=f"LONG-{number}",
                name=f"Vətəndaşla peşəkar ünsiyyət və xidmət keyfiyyəti, bölmə {number}",
            ),
            levels[4],
        )
        for number in range(1, 9)
    ]
    course = certifying_course(catalogue, competencies, title=LONG_TITLE)
    employee = make_employee(tree["front"], username="long", full_name=LONG_NAME)
    certificate = Certificate.objects.get(enrolment=pass_course(employee, course))
    template = certificate.template
    template.page_size = page_size
    template.save()
    for name, position in [
        ("Əliyev Rəşad Kamal oğlu", "ASAN Akademiyanın direktoru"),
        ("Hüseynova Nərmin Vüqar qızı", "Təlim və inkişaf şöbəsinin müdiri"),
    ]:
        CertificateSignatory.objects.create(
            template=template, name=name, position=position
        )
    tasks.regenerate_certificate(certificate.pk)
    certificate.refresh_from_db()
    return certificate


def layout_of(path):
    """``(page sizes, words)``: each word as ``(x0, y0, x1, y1, text)`` in points."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", path, "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [tuple(map(float, size)) for size in PAGE.findall(xml)]
    words = [(*map(float, found[:4]), found[4]) for found in WORD.findall(xml)]
    return pages, words


def ink(word):
    x0, y0, x1, y1, _text = word
    trim = (y1 - y0) * INK
    return x0, y0 + trim, x1, y1 - trim


def overlap(first, second):
    a, b = ink(first), ink(second)
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def scanned(path, folder):
    subprocess.run(["pdftoppm", "-png", "-r", "150", path, folder / "page"], check=True)
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", sorted(folder.glob("page*.png"))[0]],
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize("page_size", ["A4", "A5"])
def test_the_longest_content_fits_one_page_clear_of_footer_and_qr(
    catalogue, make_employee, tree, pass_course, tmp_path, page_size
):
    certificate = worst_case_certificate(
        catalogue, make_employee, tree, pass_course, page_size
    )
    path = tmp_path / "certificate.pdf"
    path.write_bytes(certificate.pdf.storage.open(certificate.pdf.name).read())
    pages, words = layout_of(path)
    assert len(pages) == 1
    width, height = pages[0]
    inside = 11 * POINTS_PER_MM  # the frame's inner border
    for word in words:
        assert inside < word[0] and word[2] < width - inside, word
        assert inside < word[1] and word[3] < height - inside, word
    clashes = [(a[4], b[4]) for a, b in combinations(words, 2) if overlap(a, b)]
    assert clashes == []
    text = " ".join(word[4] for word in words)
    assert "Əliyev" in text and "Hüseynova" in text and "bölmə 8" in text
    assert scanned(path, tmp_path) == certificate.verification_url
