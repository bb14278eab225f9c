"""Text on paper: fonts per character, Persian joined and right to left, names fitted to their boxes."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from accreditation.printing.fonts import (
    FONTS_ENV,
    FontSet,
    default_font_set,
    discover_font_files,
    missing_scripts,
)
from accreditation.printing.shaping import base_direction, localize_digits, shape, visual
from accreditation.printing.text import Box, layout_text

PERSIAN_LONG = "سید محمدمهدی حسینی‌زاده خراسانی"
RUSSIAN_LONG = "Константин Александрович Верещагин-Преображенский"
AZERBAIJANI = "Gülnarə Məmmədəliyeva"
TURKMEN = "Ýazgül Täçmyradowa"
KAZAKH = "Әсел Нұрланқызы Қасымжомартова"

MM = 72 / 25.4


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return default_font_set()


def _font(fonts: FontSet, stem: str) -> FontSet:
    faces = [f for f in fonts.faces if f.path.stem == stem]
    if not faces:
        pytest.skip(f"{stem} is not installed")
    return FontSet(faces)


@pytest.mark.parametrize(
    "name", [PERSIAN_LONG, RUSSIAN_LONG, AZERBAIJANI, TURKMEN, KAZAKH, "Hadi Haghshenas"]
)
def test_installed_fonts_cover_every_script_a_desk_meets(fonts: FontSet, name: str) -> None:
    assert missing_scripts(name, fonts) == []


def test_a_script_without_a_font_is_named(fonts: FontSet) -> None:
    assert missing_scripts("王小明", fonts) == ["Chinese/Japanese (CJK)"]
    latin_only = _font(fonts, "NotoSans-Regular")
    assert latin_only.missing_scripts(PERSIAN_LONG) == ["Arabic/Persian"]
    assert latin_only.missing_scripts(KAZAKH) == []
    arabic_only = _font(fonts, "NotoNaskhArabic-Regular")
    assert arabic_only.missing_scripts(RUSSIAN_LONG)[0] == "Cyrillic"
    assert arabic_only.missing_scripts(PERSIAN_LONG) == []


def test_each_character_goes_to_a_font_that_has_it(fonts: FontSet) -> None:
    runs = fonts.runs(visual("Gilan گیلان Гилян"))
    assert len({face.path.stem for face, _text in runs}) >= 2
    for face, text in runs:
        assert all(face.has(ch) for ch in text if ch not in "\u200c\u200d")


def test_fonts_listed_in_the_setting_come_first(monkeypatch: pytest.MonkeyPatch, fonts: FontSet) -> None:
    dejavu = next((f.path for f in fonts.faces if f.path.stem == "DejaVuSans"), None)
    if dejavu is None:
        pytest.skip("DejaVu Sans is not installed")
    monkeypatch.setenv(FONTS_ENV, str(dejavu))
    assert discover_font_files()[0] == dejavu
    assert default_font_set().faces[0].path == dejavu


def test_a_missing_font_in_the_setting_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(FONTS_ENV, str(tmp_path / "nope.ttf"))
    assert tmp_path / "nope.ttf" not in discover_font_files()


def test_persian_is_shaped_into_joined_forms() -> None:
    shaped = shape("محمد")
    # Every letter became the contextual form that joins it to its neighbours.
    assert [unicodedata.name(ch) for ch in shaped] == [
        "ARABIC LETTER MEEM INITIAL FORM",
        "ARABIC LETTER HAH MEDIAL FORM",
        "ARABIC LETTER MEEM MEDIAL FORM",
        "ARABIC LETTER DAL FINAL FORM",
    ]
    assert all(
        "\ufb50" <= ch <= "\ufeff" for ch in shape(PERSIAN_LONG).replace(" ", "").replace("\u200c", "")
    )


def test_persian_letters_are_joined_also_for_persian_only_letters() -> None:
    names = [unicodedata.name(ch) for ch in shape("گچپژ")]
    assert all("FORM" in n for n in names), names


def test_persian_comes_out_right_to_left() -> None:
    drawn = visual("محمد")
    assert unicodedata.name(drawn[0]) == "ARABIC LETTER DAL FINAL FORM"  # drawn first = leftmost = read last
    assert unicodedata.name(drawn[-1]) == "ARABIC LETTER MEEM INITIAL FORM"


def test_mixed_persian_latin_line_keeps_latin_readable_and_brackets_right() -> None:
    drawn = visual("سازمان همکاری اقتصادی (ECO)")
    assert drawn.startswith("(ECO) "), drawn  # the Latin part sits at the left end, brackets facing it
    drawn = visual("Baku (باکو)")
    assert drawn.startswith("Baku (") and drawn.endswith(")")


def test_persian_date_range_reads_from_the_first_day(fonts: FontSet) -> None:
    drawn = visual("۲۷–۲۸ آبان ۱۴۰۴")
    # Read right to left, "27" comes before "28": drawn left to right it is "۲۸–۲۷".
    assert drawn.endswith("۲۸–۲۷") and drawn.startswith("۱۴۰۴")


def test_digits_follow_the_language_around_them() -> None:
    assert localize_digits("اتاق 12") == "اتاق ۱۲"
    assert localize_digits("12 اتاق") == "۱۲ اتاق"
    assert localize_digits("Room 12") == "Room 12"
    assert localize_digits("سالن Hall 3") == "سالن Hall 3"


def test_direction_comes_from_the_first_letter() -> None:
    assert base_direction(PERSIAN_LONG) == "R"
    assert base_direction("12 Baku") == "L"
    assert base_direction("۱۲ باکو") == "R"


def test_a_short_name_is_drawn_at_full_size_on_one_line(fonts: FontSet) -> None:
    box = Box(0, 0, 95 * MM, 30 * MM)
    layout = layout_text("هادی حق‌شناس", box, fonts, max_size=32, min_size=24)
    assert layout.size == 32 and len(layout.lines) == 1 and not layout.wrapped
    assert layout.inside()


@pytest.mark.parametrize(
    ("name", "width_mm", "height_mm", "largest", "floor"),
    [
        (PERSIAN_LONG, 97, 29.5, 32, 24),  # the main name on A6
        (RUSSIAN_LONG, 97, 10.6, 15, 10.5),  # the native name on A6
        ("Seyed Mohammad-Mahdi Hosseinizadeh Khorasani", 97, 14, 20, 13),
    ],
)
def test_a_long_name_shrinks_to_the_floor_then_wraps_and_stays_inside(
    fonts: FontSet, name: str, width_mm: float, height_mm: float, largest: float, floor: float
) -> None:
    box = Box(10, 20, width_mm * MM, height_mm * MM)
    single = layout_text(name, box, fonts, max_size=largest, min_size=floor, max_lines=1)
    assert single.below_floor  # on one line it would have to go below the floor...
    layout = layout_text(name, box, fonts, max_size=largest, min_size=floor)
    assert layout.inside(), name
    assert len(layout.lines) == 2 and layout.wrapped  # ...so it wraps instead
    assert layout.size >= floor and not layout.below_floor
    # The two lines hold the whole name, the first above the second.
    assert layout.lines[0].baseline > layout.lines[1].baseline
    assert len(layout.lines[0].text.replace(" ", "")) + len(layout.lines[1].text.replace(" ", "")) >= len(
        name.replace(" ", "").replace("\u200c", "")
    )


def test_sizes_shrink_in_small_steps(fonts: FontSet) -> None:
    box = Box(0, 0, 60 * MM, 12 * MM)
    sizes = {
        layout_text(AZERBAIJANI + "x" * n, box, fonts, max_size=20, min_size=8, max_lines=1).size
        for n in range(12)
    }
    assert all((s * 2) == int(s * 2) for s in sizes)  # half-point steps
    assert len(sizes) > 3


def test_text_too_long_for_any_readable_size_goes_below_the_floor_but_never_out(fonts: FontSet) -> None:
    box = Box(0, 0, 40 * MM, 8 * MM)
    text = " ".join([RUSSIAN_LONG] * 3)
    layout = layout_text(text, box, fonts, max_size=14, min_size=9)
    assert layout.below_floor and layout.inside()
    assert layout.size < 9


def test_a_single_unbreakable_word_shrinks_instead_of_wrapping(fonts: FontSet) -> None:
    box = Box(0, 0, 30 * MM, 20 * MM)
    layout = layout_text("Верещагина-Преображенская", box, fonts, max_size=30, min_size=20, max_lines=1)
    assert len(layout.lines) == 1 and layout.inside()


@pytest.mark.parametrize("align", ["left", "right", "center", "start"])
def test_alignment_puts_lines_where_asked(fonts: FontSet, align: str) -> None:
    box = Box(0, 0, 100 * MM, 20 * MM)
    layout = layout_text("هادی", box, fonts, max_size=12, min_size=8, align=align)  # type: ignore[arg-type]
    line = layout.lines[0]
    if align in ("right", "start"):  # "start" of a Persian text is its right edge
        assert line.x + line.width == pytest.approx(box.right)
    elif align == "left":
        assert line.x == pytest.approx(box.x)
    else:
        assert line.x + line.width / 2 == pytest.approx(box.x + box.w / 2)
