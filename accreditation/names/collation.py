"""Alphabetical order as a reader of each language expects it, without ICU.

Code-point order is wrong for every alphabet a protocol desk sorts in: Persian پ چ ژ گ sit in the
Arabic block after all the Arabic letters (so "پ" would follow "ی"), Russian ё comes after я, Kazakh
ә ғ қ ң ө ұ ү һ і and Azerbaijani ç ə ğ ı ö ş ü are scattered through Latin/Cyrillic extensions.
Each language here has its alphabet spelled out; a sort key maps every letter to its place in it.

Keys are tuples of integers, cheap to compare. Characters outside the chosen language's alphabet sort
after its letters, script by script (so mixed lists stay grouped), and ties are broken by the text
itself so the order is total and repeatable.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import Any

#: The Persian alphabet (32 letters). Hamza seats fold to their base letters, Arabic forms to Persian.
PERSIAN_ALPHABET = "آ ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی".split()
_PERSIAN_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    "ئ": "ی",
    "ي": "ی",
    "ى": "ی",
    "ك": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "ە": "ه",
    "ھ": "ه",
}
_PERSIAN_IGNORED = "\u200c\u200d\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670"

RUSSIAN_ALPHABET = list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
#: Kazakh Cyrillic: the Russian letters with the Kazakh ones after their base letters.
KAZAKH_ALPHABET = list("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя")
AZERBAIJANI_ALPHABET = list("abcçdeəfgğhxıijkqlmnoöprsştuüvyz")
TURKMEN_ALPHABET = list("abçdeäfgžhijklmnňoöprsştuüwyýz")
ENGLISH_ALPHABET = list("abcdefghijklmnopqrstuvwxyz")

_ALPHABETS: dict[str, list[str]] = {
    "fa": PERSIAN_ALPHABET,
    "ru": RUSSIAN_ALPHABET,
    "kk": KAZAKH_ALPHABET,
    "az": AZERBAIJANI_ALPHABET,
    "tk": TURKMEN_ALPHABET,
    "en": ENGLISH_ALPHABET,
}

#: Latin letters with no decomposition, read as their base letter where the alphabet lacks them.
_LATIN_FOLDS = {"ə": "e", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "æ": "a", "œ": "o", "ŋ": "n"}

#: Other scripts' letters, in blocks after the language's own alphabet.
_SCRIPT_BLOCKS = (("ARABIC", 2000), ("LATIN", 3000), ("CYRILLIC", 4000))


def supported_languages() -> tuple[str, ...]:
    return tuple(_ALPHABETS)


@functools.cache
def _table(language: str) -> dict[str, int]:
    alphabet = _ALPHABETS.get(language, ENGLISH_ALPHABET)
    table = {letter: 100 + i for i, letter in enumerate(alphabet)}
    if language == "fa":
        for src, dst in _PERSIAN_FOLDS.items():
            table[src] = table[dst]
        table["ء"] = 99  # a lone hamza comes before alef
    return table


def _fold_case(ch: str, language: str) -> str:
    if language == "az" or language == "tk":
        if ch == "I":
            return "ı"
        if ch == "İ":
            return "i"
    return ch.lower()


def _strip_marks(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)
    return "".join(c for c in base if not unicodedata.combining(c)) or ch


def _char_weight(ch: str, language: str, table: dict[str, int]) -> int | None:
    if ch.isspace() or ch in "-_.,'’‐":
        return 1  # word boundaries sort before any letter: "Ali Reza" before "Alireza"
    if language == "fa" and ch in _PERSIAN_IGNORED:
        return None
    if ch.isdigit():
        return 10 + (unicodedata.digit(ch, 0))
    low = _fold_case(ch, language)
    weight = table.get(low)
    if weight is not None:
        return weight
    plain = _strip_marks(low)
    weight = table.get(plain)
    if weight is not None:
        return weight  # é in English sorts as e
    weight = table.get(_LATIN_FOLDS.get(plain, ""))
    if weight is not None:
        return weight  # Azerbaijani ə in an English list sorts as e, Turkish ı as i
    name = unicodedata.name(ch, "")
    for prefix, block in _SCRIPT_BLOCKS:
        if name.startswith(prefix):
            return block + ord(plain[0]) % 1000 if plain else block
    return 9000 + ord(ch) % 1000


@functools.lru_cache(maxsize=65536)
def sort_key(text: str, language: str = "en") -> tuple[tuple[int, ...], str]:
    """The key that puts ``text`` in ``language``'s alphabetical order (fa, ru, kk, az, tk, en)."""
    table = _table(language)
    weights = []
    for ch in " ".join(text.split()):
        weight = _char_weight(ch, language, table)
        if weight is not None:
            weights.append(weight)
    return tuple(weights), text


def persian_sort_key(text: str) -> tuple[tuple[int, ...], str]:
    """Persian alphabetical order: پ after ب, چ after ج, ژ after ز, گ after ک."""
    return sort_key(text, "fa")


def sorted_by(items: list[str], language: str) -> list[str]:
    return sorted(items, key=lambda t: sort_key(t, language))


# --- keys a database can sort by --------------------------------------------------------------------
#: The byte that groups a name by its script before its letters, so a column that mixes Persian,
#: Latin and Cyrillic names lists each script together; empty names go last.
_SCRIPT_GROUP = {"ARABIC": 1, "LATIN": 2, "CYRILLIC": 3}
EMPTY_SORT_BYTES = b"\xff\xff"

#: ISO 3166 alpha-3 nationality -> the language a native (Latin or Cyrillic) name is sorted in.
_NATIVE_LATIN_BY_NATIONALITY = {"AZE": "az", "TKM": "tk", "KAZ": "kk"}
_NATIVE_CYRILLIC_BY_NATIONALITY = {"KAZ": "kk"}


def script_of(text: str) -> str:
    """ "ARABIC", "LATIN", "CYRILLIC" or "" from the first letter of ``text``."""
    for ch in text:
        if ch.isalpha():
            return _script_of_letter(ch)
    return ""


@functools.lru_cache(maxsize=4096)
def _script_of_letter(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for script in _SCRIPT_GROUP:
        if name.startswith(script):
            return script
    return ""


@functools.lru_cache(maxsize=65536)
def sort_bytes(text: str | None, language: str = "en") -> bytes:
    """``sort_key`` as bytes: a database compares them byte by byte (SQLite BLOB, PostgreSQL bytea)
    in the same order, whatever collation its text columns use. Kept in ``*_sort`` columns.

    Cached: given names and empty fields repeat across the people of an imported list."""
    text = (text or "").strip()
    if not text:
        return EMPTY_SORT_BYTES
    group = _SCRIPT_GROUP.get(script_of(text), 4)
    # The weights of sort_key, two bytes each, by one str.translate over a per-language table that
    # learns each character once: an import of 10,000 people keys 40,000 names here.
    return bytes([group]) + " ".join(text.split()).translate(_byte_table(language)).encode("latin-1")


class _WeightBytes(dict):
    """character code -> its sort weight as two latin-1 characters ("" for an ignored mark), computed
    the first time ``str.translate`` asks for it."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def __missing__(self, code: int) -> str:
        weight = _char_weight(chr(code), self.language, _table(self.language))
        value = "" if weight is None else chr(min(weight, 0xFFFF) >> 8) + chr(min(weight, 0xFFFF) & 0xFF)
        self[code] = value
        return value


@functools.cache
def _byte_table(language: str) -> _WeightBytes:
    return _WeightBytes(language)


def native_language(text: str | None, nationality: str | None = None) -> str:
    """The alphabet a native-script name is read in: Persian script as Persian, Cyrillic as Russian
    (Kazakh for a Kazakh citizen), Latin as Azerbaijani unless the passport says Turkmen or Kazakh."""
    script = script_of(text or "")
    nationality = (nationality or "").upper()
    if script == "ARABIC":
        return "fa"
    if script == "CYRILLIC":
        return _NATIVE_CYRILLIC_BY_NATIONALITY.get(nationality, "ru")
    if script == "LATIN":
        return _NATIVE_LATIN_BY_NATIONALITY.get(nationality, "az")
    return "en"


def name_sort_key(text: str | None, language: str) -> tuple[int, tuple[tuple[int, ...], str]]:
    """A key for lists of names that may be empty or in another script: script group, then letters.
    For a Persian list the language is "fa"; a native-name list passes ``native_language(...)``."""
    text = (text or "").strip()
    if not text:
        return 9, ((), "")
    return _SCRIPT_GROUP.get(script_of(text), 4), sort_key(text, language)


def sort_string(text: str | None, language: str = "en") -> str:
    """``sort_bytes`` as a string, one character per byte (U+0100 onwards): a plain string comparison
    (Qt's sort models, any ``<``) then gives the alphabetical order."""
    return "".join(chr(0x100 + b) for b in sort_bytes(text, language))


def order_ties(items: list, rank: Callable[[Any], Any], name: Callable[[Any], str], language: str) -> list:
    """``items`` (already best first) with each run of equal ``rank`` put in alphabetical order of
    ``name`` for a ``language`` reader: search results that match equally well read like a list."""
    out: list = []
    run: list = []
    for item in items:
        if run and rank(item) != rank(run[0]):
            out.extend(sorted(run, key=lambda i: name_sort_key(name(i), language)))
            run = []
        run.append(item)
    out.extend(sorted(run, key=lambda i: name_sort_key(name(i), language)))
    return out
