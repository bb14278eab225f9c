"""Normalization of names: a tidy form to store, and a matching key to compare.

What is stored stays as the person typed it, except for the Arabic code points a Persian keyboard
should never have produced (Arabic yeh and kaf look identical to the Persian letters but compare
unequal); :func:`tidy_persian` fixes only those and the spacing. Everything else that makes two
spellings of one name compare unequal -- hamza forms, short-vowel marks, tatweel, ZWNJ, digits of
three scripts, Azerbaijani/Turkmen/Kazakh letters, case, hyphens -- is folded away in the key that
:func:`match_key` computes, which is what the search index stores and compares.

Everything here is ``str.translate`` over precomputed tables plus one regular expression, because the
index is rebuilt for 100,000 people at a time and a per-character Python loop would be the bottleneck.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from accreditation.i18n.digits import to_ascii_digits

ZWNJ = "\u200c"
ZWJ = "\u200d"
TATWEEL = "\u0640"

# --- Persian / Arabic -----------------------------------------------------------------------------

#: Arabic code points a Persian text should not contain, mapped to the Persian letters they imitate.
_ARABIC_TO_PERSIAN_LETTERS = {
    "\u064a": "\u06cc",  # ي Arabic yeh -> ی
    "\u0649": "\u06cc",  # ى alef maksura -> ی
    "\u0643": "\u06a9",  # ك Arabic kaf -> ک
}
_TIDY_TABLE = str.maketrans(_ARABIC_TO_PERSIAN_LETTERS)

_PERSIAN_MATCH_MAP: dict[str, str] = {
    **_ARABIC_TO_PERSIAN_LETTERS,
    "\u06d2": "\u06cc",  # ے yeh barree
    "\u06cd": "\u06cc",  # ۍ
    "\u06d0": "\u06cc",  # ې
    "\u0626": "\u06cc",  # ئ yeh with hamza -> ی
    "\u06aa": "\u06a9",  # ڪ swash kaf
    "\u0629": "\u0647",  # ة teh marbuta -> ه
    "\u06c0": "\u0647",  # ۀ heh with yeh above -> ه
    "\u06d5": "\u0647",  # ە ae -> ه
    "\u06c1": "\u0647",  # ہ heh goal -> ه
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ  (آمنه and امنه are one name to a desk)
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0624": "\u0648",  # ؤ -> و
    "\u0621": "",  # ء lone hamza
    TATWEEL: "",
    ZWNJ: "",
    ZWJ: "",
}
# Short-vowel marks, tanwin, shadda, sukun, hamza/madda above and below, superscript alef.
for _cp in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]:
    _PERSIAN_MATCH_MAP[chr(_cp)] = ""
for _digit_from in "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩":
    _PERSIAN_MATCH_MAP[_digit_from] = to_ascii_digits(_digit_from)
_PERSIAN_MATCH_TABLE = str.maketrans(_PERSIAN_MATCH_MAP)

# --- Latin and Cyrillic letters ---------------------------------------------------------------------

#: Letters that Unicode decomposition alone does not fold to a base letter.
_LETTER_FOLDS = {
    "ə": "a",  # Azerbaijani schwa: Əliyev is Aliyev, Məmmədov Mammadov in English and Russian
    "ı": "i",  # dotless i
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ŋ": "n",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    # Cyrillic: ё is written е in most Russian texts; Kazakh (and Azerbaijani/Turkmen Cyrillic)
    # letters fold to the Russian letter closest in sound, which is how Russian texts spell them.
    "ё": "е",
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
    "ї": "и",
    "є": "е",
    "ґ": "г",
    "ҹ": "ч",
    "ҝ": "г",
    "җ": "ж",
    "ў": "у",
}


def _build_match_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin letters with diacritics fold to their base letters (ş -> s, ň -> n, ý -> y, ž -> z ...).
    for cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii():
            table[cp] = base.lower()
    for src, dst in _LETTER_FOLDS.items():
        table[ord(src)] = dst
        if len(src.upper()) == 1:  # ß uppercases to "SS"
            table[ord(src.upper())] = dst
    # Combining marks left over from decomposed input (or from casefolding İ) carry no identity.
    for cp in range(0x0300, 0x0370):
        table[cp] = ""
    table.update(_PERSIAN_MATCH_TABLE)
    # Punctuation inside a name joins its parts: Hagh-Shenas, O'Neil, ZWNJ and bidi controls.
    for ch in "-\u2010\u2011\u2012\u2013\u2014\u2015\u05be'\u2019\u2018\u02bc\u02bb`\u00b4\u2032.\u00ad\u200b\u200e\u200f\ufeff":
        table[ord(ch)] = ""
    for cp in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
        table[cp] = ""
    return table


_MATCH_TABLE = _build_match_table()
_SEPARATORS = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
_ZWNJ_AT_SPACE = re.compile(rf"\s*{ZWNJ}[{ZWNJ}\s]*|[{ZWNJ}]+")


def tidy_persian(text: str) -> str:
    """The form of Persian text worth storing: Persian ی/ک, single spaces, ZWNJ kept where it belongs.

    Arabic ي/ى/ك come from Arabic keyboards and copy-paste and would make two identical-looking names
    differ; ZWNJ is part of correct Persian spelling (حق‌شناس) and is kept, but a ZWNJ next to a space
    or at either end is an artefact and is dropped.
    """
    text = _SPACES.sub(" ", text.translate(_TIDY_TABLE)).strip()
    if ZWNJ in text:  # most names have none, and the pattern below always needs one
        text = _ZWNJ_AT_SPACE.sub(_zwnj_fix, text)
    return text.strip(ZWNJ + " ")


def _zwnj_fix(match: re.Match[str]) -> str:
    return " " if any(c.isspace() for c in match.group(0)) else ZWNJ


def normalize_persian(text: str) -> str:
    """Persian text reduced to its letters for comparison: no marks, no hamza forms, no ZWNJ.

    Persian does not write short vowels, so marks that some typists add must not make a name differ;
    ZWNJ is removed so حق‌شناس and حقشناس compare equal. Non-Persian characters pass through.
    """
    return _SPACES.sub(" ", text.translate(_PERSIAN_MATCH_TABLE)).strip()


@lru_cache(maxsize=200_000)
def match_key(text: str) -> str:
    """The normalized spelling two renderings of one name share, in any script.

    Casefolded; Latin diacritics, Cyrillic ё and Kazakh letters folded; Persian normalized; hyphens,
    apostrophes and other punctuation inside a word removed, other separators become single spaces.
    Cached because the same given names recur thousands of times in an index rebuild.
    """
    if not text.isascii():  # ASCII is its own NFKC form: most Latin names skip the Unicode pass
        text = unicodedata.normalize("NFKC", text)
    folded = text.casefold().translate(_MATCH_TABLE)
    return _SEPARATORS.sub(" ", folded).strip()
