"""Normalization: what is stored stays tidy, what is compared is folded (issue 4, part 1)."""

from __future__ import annotations

import pytest

from accreditation.i18n.digits import to_ascii_digits, to_persian_digits
from accreditation.names import match_key, normalize_persian, tidy_persian


def test_digits_of_three_scripts_become_ascii() -> None:
    assert to_ascii_digits("۱۲۳۴۵۶۷۸۹۰ ٠١٢٣٤٥٦٧٨٩ 42") == "1234567890 0123456789 42"


def test_persian_digits_for_printing() -> None:
    assert to_persian_digits("Badge 1404-08-27 ٣") == "Badge ۱۴۰۴-۰۸-۲۷ ۳"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("علي", "علی"),  # Arabic yeh
        ("مصطفى", "مصطفی"),  # alef maksura
        ("كريمي", "کریمی"),  # Arabic kaf
        ("فاطمة", "فاطمه"),  # teh marbuta
        ("خانۀ", "خانه"),  # heh with yeh above
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهیم"),
        ("آمنه", "امنه"),
        ("مؤمن", "مومن"),
        ("مسئول", "مسیول"),
        ("مُحَمَّد", "محمد"),  # short vowels and shadda
        ("كتاباً", "کتابا"),  # tanwin
        ("علـــی", "علی"),  # tatweel
        ("حق\u200cشناس", "حقشناس"),  # ZWNJ
        ("۱۴۰۴", "1404"),
    ],
)
def test_normalize_persian_folds_what_typists_vary(typed: str, expected: str) -> None:
    assert normalize_persian(typed) == expected
    assert match_key(typed) == expected


def test_normalize_persian_leaves_other_scripts_alone() -> None:
    assert normalize_persian("Əliyev  Игорь") == "Əliyev Игорь"


def test_tidy_persian_fixes_arabic_letters_but_keeps_zwnj_and_marks() -> None:
    assert tidy_persian("  هادي   حق\u200cشناس ") == "هادی حق\u200cشناس"
    assert tidy_persian("كاظم") == "کاظم"
    assert tidy_persian("مُحَمَّد") == "مُحَمَّد"  # stored as typed


def test_tidy_persian_drops_stray_zwnj_around_spaces() -> None:
    assert tidy_persian("\u200cعلی \u200c کریمی\u200c") == "علی کریمی"
    assert tidy_persian("حق\u200c\u200cشناس") == "حق\u200cشناس"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Əliyev", "aliyev"),
        ("ŞAHİN Ağayev", "sahin agayev"),
        ("Ilıq Çələbi", "iliq calabi"),
        ("Göyçay Üzeyir", "goycay uzeyir"),
        ("Aňňat ýaşuly Žanna Mähri", "annat yasuly zanna mahri"),
        ("Королёв", "королев"),
        ("Қасым Әлі Ұлан Үміт Өмір Ғани Ңа Һ", "касым али улан умит омир гани на х"),
        ("Hagh-Shenas", "haghshenas"),
        ("O’Neil", "oneil"),
        ("  Igor\tBABUSHKIN  ", "igor babushkin"),
        ("Mehdi (Younes) Rostami", "mehdi younes rostami"),
    ],
)
def test_match_key_folds_case_diacritics_and_punctuation(typed: str, expected: str) -> None:
    assert match_key(typed) == expected


def test_match_key_keeps_cyrillic_short_i() -> None:
    # й is a letter of its own in Russian, not и with a mark: Андрей and Андреи are different spellings.
    assert match_key("Андрей") == "андрей"


def test_match_key_of_search_syntax_is_plain_text() -> None:
    assert match_key("\"*(-OR NEAR %_\\'") == "or near"
    assert match_key("%%%") == ""
