"""Where Persian is shaped for paper: joined letters, right-to-left order, Persian digits among Persian words.

reportlab draws characters left to right, one glyph per code point, and knows neither Arabic-script
joining nor right-to-left order. So Persian is first *shaped* (``arabic_reshaper`` replaces each letter
by the contextual form — initial, medial, final, isolated — that the font has as a "presentation form")
and then *ordered* with the Unicode bidirectional algorithm (``python-bidi``), which reverses the
right-to-left runs while keeping Latin words and numbers left to right inside them. The result is
the visual order, which reportlab can then draw as it is.

We use ``bidi.algorithm`` (python-bidi's reference implementation) rather than the Rust-backed
``bidi.get_display`` because only the former mirrors brackets: "(ECO)" inside Persian must not print
as ")ECO(".

Pure text functions: no reportlab, so badge data can be prepared without loading the PDF library.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display

from accreditation.i18n.digits import to_persian_digits

# Harakat are dropped: without GPOS positioning (which reportlab lacks) they would land beside, not
# above, their letter. The "Allah" ligature is off so names such as عبدالله print letter by letter, as
# typed, and read back by OCR the same way.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": True, "ARABIC LIGATURE ALLAH": False})

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_DIGIT_RUN = re.compile(r"[0-9]+")


def has_arabic_script(text: str) -> bool:
    return bool(_ARABIC_SCRIPT.search(text))


def _strong_direction(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    return None


def localize_digits(text: str) -> str:
    """ASCII digits written among Persian words become Persian digits; those in Latin words stay.

    A digit run follows the nearest strong letter before it (or after it, at the start of the text):
    "اتاق 12" -> "اتاق ۱۲", but "Room 12" and "E 40 (Iran)" keep their digits.
    """

    def replace(match: re.Match[str]) -> str:
        before = text[: match.start()]
        direction = next((d for d in map(_strong_direction, reversed(before)) if d), None)
        if direction is None:
            after = text[match.end() :]
            direction = next((d for d in map(_strong_direction, after) if d), None)
        return to_persian_digits(match.group()) if direction == "R" else match.group()

    return _DIGIT_RUN.sub(replace, text)


def base_direction(text: str) -> Literal["L", "R"]:
    """The paragraph direction: that of the first strong character (Unicode rule P2)."""
    for ch in text:
        direction = _strong_direction(ch)
        if direction:
            return "R" if direction == "R" else "L"
    return "L"


@functools.lru_cache(maxsize=16384)
def shape(text: str) -> str:
    """Arabic-script letters replaced by their joined presentation forms (logical order kept)."""
    if not has_arabic_script(text):
        return text
    return _RESHAPER.reshape(text)


@functools.lru_cache(maxsize=16384)
def visual(text: str, direction: Literal["L", "R"] | None = None) -> str:
    """``text`` shaped and in left-to-right drawing order, ready for reportlab."""
    direction = direction or base_direction(text)
    shaped = shape(text)
    if (
        direction == "L"
        and not has_arabic_script(shaped)
        and not any(unicodedata.bidirectional(c) in ("R", "AL") for c in shaped)
    ):
        return shaped
    return get_display(shaped, base_dir=direction)
