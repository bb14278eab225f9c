"""A keyboard-wedge scanner types through the desk's layout; decode_scanned undoes it."""

from __future__ import annotations

import pytest

from accreditation.badges.token import make_payload
from accreditation.scanner_input import decode_scanned, guess_layout

PAYLOAD = make_payload(b"k" * 32, 1, 4242, 3)

# What each layout really produces for the digit keys 0-9, written out by hand.
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # ISIRI 9147 digit row (Extended Arabic-Indic)
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # older Arabic/Persian layouts and some keypads


def typed(text: str, digits: str) -> str:
    return text.translate(str.maketrans("0123456789", digits))


@pytest.mark.parametrize(
    "scanned",
    [
        PAYLOAD,  # US layout
        PAYLOAD + "\r\n",  # the scanner's Enter suffix
        "\t" + PAYLOAD,
        typed(PAYLOAD, PERSIAN_DIGITS),  # Persian layout
        typed(PAYLOAD, ARABIC_INDIC_DIGITS),
        PAYLOAD,  # Russian layout: the digit row is unchanged...
        PAYLOAD.upper(),  # ...and so is it under Caps Lock
        "\u200f" + typed(PAYLOAD, PERSIAN_DIGITS) + "\u200e",  # direction marks some editors add
    ],
)
def test_the_payload_typed_through_each_layout_decodes_back(scanned: str) -> None:
    assert decode_scanned(scanned) == PAYLOAD


def test_persian_digits_decode_to_ascii() -> None:
    assert decode_scanned("۷۱۰۰۰۱") == "710001"
    assert decode_scanned("٧١٠٠٠١") == "710001"


def test_persian_letters_map_back_to_their_us_keys() -> None:
    assert decode_scanned("ضصثق") == "qwer"
    assert decode_scanned("شسیبل") == "asdfg"
    assert decode_scanned("ظطزرذدپو./") == "zxcvbnm,./"
    assert decode_scanned("ک") == ";"  # Persian keheh on the ; key
    assert decode_scanned("ژ") == "C"  # shifted


def test_russian_letters_map_back_to_their_us_keys() -> None:
    assert decode_scanned("фыва") == "asdf"
    assert decode_scanned("ЙЦУК") == "QWER"  # Shift or Caps Lock on the Russian layout
    assert decode_scanned("ячсмитьбю") == "zxcvbnm,."
    # On the Russian layout the "/" key types ".", so "." after Cyrillic is that key.
    assert decode_scanned("ф.") == "a/"
    assert decode_scanned("ё№") == "`#"


def test_plain_us_text_is_left_alone() -> None:
    assert decode_scanned("ABC-123.x/") == "ABC-123.x/"
    assert guess_layout("ABC") == "us"
    assert guess_layout("۱۲") == "fa"
    assert guess_layout("ф1") == "ru"


def test_characters_no_layout_explains_are_kept() -> None:
    assert decode_scanned("€λ") == "€λ"
