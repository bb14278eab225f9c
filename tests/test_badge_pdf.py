"""Badge PDFs read back from their pixels: QR codes decode and verify, each printed line of a Persian
name reads back by OCR (joined and in order), pages have the template's exact size, and the longest names
stay inside their boxes everywhere. Persian read back by OCR from whole pages is in test_badge_ocr.py."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from accreditation.badges.pdf import (
    MissingGlyphsError,
    check_printable,
    cut_lines,
    layout_badge,
    render_badges,
)
from accreditation.badges.qr import MIN_MODULE_MM, QUIET_ZONE_MODULES, qr_matrix, qr_total_modules
from accreditation.badges.templates import TemplateError, available_templates, load_template
from accreditation.badges.token import PayloadStatus, make_payload, verify_payload
from accreditation.badges.view import BadgeView
from accreditation.printing.fonts import FontSet, default_font_set

SECRET = b"\x07" * 32
EVENT_ID = 1
MM = 72 / 25.4
BADGE_TEMPLATES = ["a6", "cr80-portrait", "cr80-landscape", "card-90x54"]
SHEET_TEMPLATES = ["a4-4x-a6", "a4-10x-90x54"]
EXPECTED_SIZES_MM = {
    "a6": (105, 148),
    "cr80-portrait": (54, 85.6),
    "cr80-landscape": (85.6, 54),
    "card-90x54": (90, 54),
    "a4-4x-a6": (210, 297),
    "a4-10x-90x54": (210, 297),
}

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed"
)


def _photo(seed: int) -> bytes:
    image = Image.new("RGB", (300, 400), ((seed * 47) % 256, 210, 230))
    draw = ImageDraw.Draw(image)
    draw.ellipse((95, 90, 205, 230), fill=(150, 115, 95))
    draw.ellipse((40, 250, 260, 470), fill=(30, 35, 50))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


EVENT = dict(
    event_name_fa="نخستین اجلاس استانداران استان‌های ساحلی کشورهای حاشیه دریای خزر",
    event_name_en="First Summit of Governors of the Coastal Provinces of the Caspian Littoral States",
    event_start=date(2025, 11, 18),
    event_end=date(2025, 11, 19),
)


def sample_views() -> list[BadgeView]:
    """The longest names of the samples, in each script, with long titles and affiliations."""
    people = [
        dict(
            name_fa="سید محمدمهدی حسینی‌زاده خراسانی",
            name_latin="Seyed Mohammad-Mahdi Hosseinizadeh Khorasani",
            title_fa="معاون سیاسی، امنیتی و اجتماعی استاندار سیستان و بلوچستان",
            title_en="Deputy Governor for Political, Security and Social Affairs",
            affiliation_fa="استان سیستان و بلوچستان",
            affiliation_en="Sistan and Baluchestan Province",
            country_fa="ایران",
            country_en="Iran",
        ),
        dict(
            name_fa="کنستانتین الکساندروویچ ورشچاگین-پرئوبراژنسکی",
            name_latin="Konstantin Aleksandrovich Vereshchagin-Preobrazhenskii",
            name_native="Константин Александрович Верещагин-Преображенский",
            title_fa="مشاور استاندار",
            title_en="Adviser to the Governor",
            affiliation_fa="آستراخان",
            affiliation_en="Astrakhan Oblast",
            country_fa="روسیه",
            country_en="Russian Federation",
        ),
        dict(
            name_fa="گلناره محمدعلی‌یوا",
            name_latin="Gulnara Mammadaliyeva",
            name_native="Gülnarə Məmmədəliyeva",
            title_fa="رئیس اتاق بازرگانی",
            title_en="Head of the Chamber of Commerce",
            affiliation_fa="سازمان همکاری اقتصادی (ECO)",
            affiliation_en="Economic Cooperation Organization (ECO)",
            country_fa="جمهوری آذربایجان",
            country_en="Republic of Azerbaijan",
        ),
        dict(
            name_fa="یازگل تاچمرادوا",
            name_latin="Ýazgül Täçmyradowa",
            title_en="Journalist",
            affiliation_fa="بالکان",
            affiliation_en="Balkan Region",
            country_fa="ترکمنستان",
            country_en="Turkmenistan",
        ),
        dict(
            name_fa="آسل نورلانقیزی قاسیم‌جومارتووا",
            name_latin="Assel Nurlankyzy Kassymzhomartova",
            name_native="Әсел Нұрланқызы Қасымжомартова",
            title_en="Interpreter",
            affiliation_fa="مانگیستایو",
            affiliation_en="Mangystau Region",
            country_fa="قزاقستان",
            country_en="Republic of Kazakhstan",
        ),
    ]
    views = []
    for i, person in enumerate(people, start=1):
        views.append(
            BadgeView(
                number=i,
                version=1 + i % 2,
                payload=make_payload(SECRET, EVENT_ID, i, 1 + i % 2),
                category_name_fa="رئیس هیئت",
                category_name_en="Head of delegation",
                category_letter="H",
                category_color="#8B1E2D",
                zones=("PLENARY", "ECONOMY", "TRANSIT", "ENVIRONMENT", "VIP"),
                photo_jpeg=_photo(i) if i != 3 else None,
                delegate_id=100 + i,
                **person,
                **EVENT,
            )
        )
    return views


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return default_font_set()


@pytest.fixture(scope="module")
def bold() -> FontSet:
    return default_font_set(bold=True)


def rasterize(pdf: Path, dpi: int = 150) -> list[Image.Image]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(f"{prefix.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Image.open(p).convert("RGB") for p in pages]


def page_sizes_pt(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    )
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    ]


def test_every_template_loads_with_its_size() -> None:
    assert set(available_templates()) >= set(EXPECTED_SIZES_MM)
    for name, size in EXPECTED_SIZES_MM.items():
        assert load_template(name).page_size_mm == size


def test_every_badge_layout_has_all_the_elements_the_badge_needs() -> None:
    wanted = {
        "name_fa",
        "name_latin",
        "name_native_line",
        "title_fa",
        "title_en",
        "affiliation_line_fa",
        "affiliation_line_en",
        "category_letter",
        "number_text",
        "event_name_fa",
        "event_name_en",
        "dates_fa",
        "dates_en",
        "zones_text",
    }
    for name in BADGE_TEMPLATES:
        elements = load_template(name).badge.elements
        fields = {e.field for e in elements if e.type == "text"}
        assert wanted <= fields | ({"category_name_fa"} if "category_line" in fields else set()), name
        kinds = {e.type for e in elements}
        assert {"photo", "qr", "band", "logo"} <= kinds, name


@pytest.mark.parametrize("name", BADGE_TEMPLATES)
def test_qr_codes_keep_modules_of_half_a_millimetre_and_their_quiet_zone(name: str) -> None:
    matrix = qr_matrix(make_payload(SECRET, EVENT_ID, 99999, 99))
    for e in load_template(name).badge.elements:
        if e.type == "qr":
            module_mm = min(e.w, e.h) / qr_total_modules(matrix)
            assert module_mm >= MIN_MODULE_MM, (name, module_mm)
    assert qr_total_modules(matrix) == matrix.size + 2 * QUIET_ZONE_MODULES


@pytest.mark.parametrize("name", BADGE_TEMPLATES)
def test_the_longest_names_stay_inside_their_boxes(name: str, fonts: FontSet, bold: FontSet) -> None:
    layout = load_template(name).badge
    for view in sample_views():
        placed = layout_badge(view, layout, fonts, bold)
        assert placed
        for p in placed:
            assert p.layout.inside(), (name, p.element.field, p.layout.text, p.layout.size)
            assert p.layout.lines, (name, p.element.field)


def test_the_main_name_on_a6_never_goes_below_its_floor(fonts: FontSet, bold: FontSet) -> None:
    layout = load_template("a6").badge
    for view in sample_views():
        main = next(p for p in layout_badge(view, layout, fonts, bold) if p.element.field == "name_fa")
        assert main.layout.size >= 24 and not main.layout.below_floor, view.name_fa


def test_every_text_box_can_hold_its_floor_size() -> None:
    """A template whose box is too short for ``lines`` lines at ``min_pt`` would force text below the
    floor even when it fits the width; this catches such a box when someone edits a template."""
    fonts = default_font_set(bold=True)
    arabic_face, latin_face = fonts.face_for("م"), fonts.face_for("Ж")
    assert arabic_face is not None and latin_face is not None
    arabic = arabic_face.ascent + arabic_face.descent
    latin = latin_face.ascent + latin_face.descent
    for name in BADGE_TEMPLATES:
        for e in load_template(name).badge.elements:
            if e.type == "text":
                em = arabic if e.field.endswith("_fa") else latin
                assert e.lines * em * e.min_pt <= e.h * MM + 1e-6, (name, e.field)


def test_dates_are_printed_in_both_calendars() -> None:
    view = sample_views()[0]
    assert view.dates_fa == "۲۷–۲۸ آبان ۱۴۰۴"
    assert view.dates_en == "18–19 November 2025"


def test_persian_fields_get_persian_digits() -> None:
    view = replace(sample_views()[0], title_fa="مشاور 2", affiliation_fa="منطقه 3")
    assert view.text("title_fa") == "مشاور ۲"
    assert view.affiliation_line_fa == "منطقه 3، ایران"
    assert view.text("affiliation_line_fa") == "منطقه ۳، ایران"
    assert view.text("name_latin") == view.name_latin


def test_the_native_name_is_left_out_when_it_repeats_the_latin_one() -> None:
    view = replace(sample_views()[3], name_native="Ýazgül Täçmyradowa")
    assert view.name_native_line == ""


def test_a_name_no_font_covers_is_refused_before_printing(tmp_path: Path, fonts: FontSet) -> None:
    view = replace(sample_views()[0], name_native="王小明", delegate_id=7)
    out = tmp_path / "refused.pdf"
    with pytest.raises(MissingGlyphsError) as caught:
        render_badges([view], "a6", out)
    assert "Seyed Mohammad-Mahdi Hosseinizadeh Khorasani (#7)" in caught.value.message
    assert "Chinese/Japanese (CJK)" in caught.value.message
    assert not out.exists() and list(tmp_path.iterdir()) == []
    with pytest.raises(MissingGlyphsError):
        check_printable([view], fonts)


def test_an_unknown_template_lists_the_known_ones() -> None:
    with pytest.raises(TemplateError, match="a6"):
        load_template("a5-poster")


@needs_poppler
@pytest.mark.parametrize("name", BADGE_TEMPLATES + SHEET_TEMPLATES)
def test_pages_have_the_template_size_and_every_qr_decodes_and_verifies(name: str, tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    views = sample_views()
    out = tmp_path / f"{name}.pdf"
    result = render_badges(views, name, out)
    template = load_template(name)
    assert result.badges == len(views)
    assert result.pages == -(-len(views) // template.per_page)
    width, height = EXPECTED_SIZES_MM[name]
    sizes = page_sizes_pt(out)
    assert len(sizes) == result.pages
    for w, h in sizes:
        assert w == pytest.approx(width * MM, abs=0.01) and h == pytest.approx(height * MM, abs=0.01)
    decoded: list[str] = []
    for page in rasterize(out, 150):
        for barcode in zxingcpp.read_barcodes(page):
            assert barcode.format == zxingcpp.BarcodeFormat.QRCode
            decoded.append(barcode.text)
    assert sorted(decoded) == sorted(v.payload for v in views)
    for text in decoded:
        check = verify_payload(SECRET, text, event_id=EVENT_ID)
        assert check.status is PayloadStatus.VALID
        tampered = text[:-1] + str((int(text[-1]) + 1) % 10)
        assert verify_payload(SECRET, tampered, event_id=EVENT_ID).status is PayloadStatus.FORGED


@needs_poppler
def test_the_persian_name_reads_back_by_ocr_joined_and_in_order(tmp_path: Path) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed, so the Persian text cannot be read back")
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "fas" not in langs:
        pytest.skip("tesseract's Persian model (tesseract-ocr-fas) is not installed")
    views = sample_views()
    out = tmp_path / "ocr.pdf"
    render_badges(views, "a6", out)
    layout = load_template("a6").badge
    scale = 150 / 72  # points to pixels at 150 dpi
    page_h = layout.height_mm * MM

    def letters(s: str) -> str:
        return re.sub(r"[^\u0620-\u064a\u067e-\u06d3]", "", s)  # Persian letters only: no spaces, ZWNJ, dots

    fonts, bold = default_font_set(), default_font_set(bold=True)
    for view, page in zip(views, rasterize(out, 150), strict=True):
        main = next(p for p in layout_badge(view, layout, fonts, bold) if p.element.field == "name_fa")
        read = []
        for i, line in enumerate(main.layout.lines):
            # Each printed line of the name, cut from the 150 dpi page where the layout put it
            # (on a whole page Tesseract's segmentation may drop one of two tall Naskh lines).
            box = (
                round(main.layout.box.x * scale),
                round((page_h - line.top) * scale),
                round(main.layout.box.right * scale),
                round((page_h - line.bottom) * scale),
            )
            png = tmp_path / f"name-{view.number}-{i}.png"
            page.crop(box).save(png, dpi=(150, 150))
            # Single-line mode first; Tesseract sometimes finds no text line in a clean crop, and then
            # its raw-line mode reads it.
            for psm in ("7", "13"):
                result = subprocess.run(
                    ["tesseract", str(png), "-", "-l", "fas", "--psm", psm], capture_output=True, text=True
                )
                if letters(result.stdout):
                    break
            read.append(result.stdout.strip())
        # Joined letters in reading order come back as the words; isolated or reversed ones would not.
        assert letters("".join(read)) == letters(view.name_fa), read


@needs_poppler
def test_latin_and_cyrillic_text_is_in_the_pdf_as_text(tmp_path: Path) -> None:
    out = tmp_path / "text.pdf"
    render_badges(sample_views(), "a6", out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "Константин Александрович",
        "Gülnarə Məmmədəliyeva",
        "Ýazgül Täçmyradowa",
        "Әсел Нұрланқызы",
        "18–19 November 2025",
    ):
        assert expected in text


@needs_poppler
def test_photos_are_embedded_as_jpeg_once_each(tmp_path: Path) -> None:
    views = sample_views()
    same_photo = [
        replace(views[0], number=50 + i, payload=make_payload(SECRET, 1, 50 + i, 1)) for i in range(3)
    ]
    out = tmp_path / "photos.pdf"
    render_badges(views + same_photo, "a6", out)
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert all(row[8] == "jpeg" for row in rows)
    object_ids = {row[10] for row in rows}
    assert len(object_ids) == sum(1 for v in views if v.photo_jpeg)  # the repeated photo is stored once


@needs_poppler
def test_a_logo_is_drawn_when_given(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (20, 90, 160)).save(logo)
    out = tmp_path / "logo.pdf"
    render_badges(sample_views()[:1], "a6", out, logo_path=logo)
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert sum(1 for line in listing.splitlines()[2:] if line.strip()) == 2  # photo + logo


@needs_poppler
def test_sheets_have_cut_marks_outside_the_badges(tmp_path: Path) -> None:
    template = load_template("a4-10x-90x54")
    xs, ys = cut_lines(template)
    assert xs == [15, 105, 195]
    assert ys == [13.5, 67.5, 121.5, 175.5, 229.5, 283.5]
    out = tmp_path / "sheet.pdf"
    render_badges(sample_views(), template, out)
    page = rasterize(out, 150)[0]
    px = 150 / 25.4

    def dark(x_mm: float, y_mm: float) -> bool:
        return min(page.getpixel((round(x_mm * px), round(y_mm * px)))) < 128

    # A mark on each vertical cut line in the top margin, and on each horizontal one in the left margin.
    for x in xs:
        assert any(dark(x + dx, y) for y in (8.0, 9.0, 10.0, 11.0) for dx in (-0.1, 0, 0.1)), x
    for y in ys:
        assert any(dark(x, y + dy) for x in (9.0, 10.0, 11.0, 12.0) for dy in (-0.1, 0, 0.1)), y
    assert not dark(5, 5)  # nothing in the corner


def _naive_penalty(m: list[list[bool]]) -> int:
    """ISO/IEC 18004 rules N1-N4 written the slow, obvious way, to check the bit-twiddled version."""
    n = len(m)
    lines = [row[:] for row in m] + [[m[r][c] for r in range(n)] for c in range(n)]
    score = 0
    for line in lines:
        run = 1
        for a, b in zip(line, line[1:], strict=False):
            if a == b:
                run += 1
            else:
                score += run - 2 if run >= 5 else 0
                run = 1
        score += run - 2 if run >= 5 else 0
        text = "".join("1" if v else "0" for v in line)
        for pattern in ("10111010000", "00001011101"):
            score += 40 * sum(1 for i in range(n - 10) if text[i : i + 11] == pattern)
    for r in range(n - 1):
        for c in range(n - 1):
            if m[r][c] == m[r][c + 1] == m[r + 1][c] == m[r + 1][c + 1]:
                score += 3
    dark = sum(map(sum, m))
    score += 10 * (abs(dark * 20 - n * n * 10) // (n * n))
    return score


def test_the_fast_mask_choice_builds_the_symbol_qrcode_builds_with_that_mask() -> None:
    import qrcode
    from qrcode.util import MODE_NUMBER, QRData

    from accreditation.badges.qr import _geometry, penalty_bits

    for number in range(1, 40):
        payload = make_payload(SECRET, EVENT_ID, number * 37, 1 + number % 3)
        chosen = qr_matrix(payload)
        scores = []
        for mask in range(8):
            q = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=mask)
            q.add_data(QRData(payload, mode=MODE_NUMBER))
            q.make()
            rows = [[bool(v) for v in row] for row in q.modules]
            geometry = _geometry(q.version)
            packed = geometry.pack((r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if v)
            assert penalty_bits(geometry, *packed) == _naive_penalty(rows)
            scores.append(_naive_penalty(rows))
            if mask == chosen.mask:
                assert tuple(tuple(row) for row in rows) == chosen.rows
        assert scores[chosen.mask] == min(scores)


@needs_poppler
def test_qr_codes_are_vector_drawings_not_images(tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    views = [replace(v, photo_jpeg=None) for v in sample_views()[:2]]
    out = tmp_path / "vector.pdf"
    render_badges(views, "cr80-portrait", out)
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert [line for line in listing.splitlines()[2:] if line.strip()] == []  # no bitmap at all...
    decoded = [b.text for page in rasterize(out, 150) for b in zxingcpp.read_barcodes(page)]
    assert sorted(decoded) == sorted(v.payload for v in views)  # ...yet every code scans


def test_a_long_render_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    from accreditation.badges.pdf import RenderCancelled

    seen: list[tuple[int, int]] = []
    render_badges(
        sample_views(),
        "a4-4x-a6",
        tmp_path / "ok.pdf",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(4, 5), (5, 5)]
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(RenderCancelled):
        render_badges(sample_views(), "a6", out, progress=lambda done, total: done < 2)
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["ok.pdf"]


@pytest.mark.parametrize("length", [1, 2, 3, 4, 17, 29, 34, 35, 60, 100, 250, 700])
def test_numeric_codewords_match_the_reference_encoder(length: int) -> None:
    import random

    import qrcode
    from qrcode.constants import ERROR_CORRECT_M
    from qrcode.util import MODE_NUMBER, QRData, create_data

    from accreditation.badges.qr import _numeric_codewords

    digits = "".join(random.Random(length).choice("0123456789") for _ in range(length))
    q = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
    q.add_data(QRData(digits, mode=MODE_NUMBER))
    version = q.best_fit()
    assert _numeric_codewords(digits, version) == list(
        create_data(version, ERROR_CORRECT_M, [QRData(digits, mode=MODE_NUMBER)])
    )
