"""A cross-script phonetic key: the consonant skeleton a name keeps in Persian, Cyrillic and Latin.

Why a skeleton: Persian writes no short vowels (حق‌شناس is "Haghshenas"), so the only part of a name
every script agrees on is its consonants. Each script's letters and digraphs map to one small set of
sound classes, chosen where the scripts of the region disagree about how to write a sound:

====  ============================================================================================
sym   written as
====  ============================================================================================
b     b  ب  б
p     p  پ  п
f     f v ph w(before a vowel)  ف و(consonant)  ф в   -- Persian writes Russian -ов/-ев as اف
      w elsewhere: vowel (English Khosrow) or f (German and Polish Lawrow, Gorbatschow)
t     t th  ت ط  т                                      -- ц is t+s in every script
d     d  د  д
s     s c(before e/i/y)  ث س ص  с                       -- German s before a vowel or a voiced
                                                          consonant is also read z (Sacharow, Koslow)
k|j   c before a/o/u: both readings (Carl; Azerbaijani Cavid written without its diacritics)
s|j|ts  c before e/i/y: English Cecil, Azerbaijani Ceyhun without diacritics, Polish Cywilow
z     z dh  ذ ز ض ظ  з                                   -- German z is also read ts (Jelzin)
j     j zh dj dzh dsch, Turkic c  ج ژ  ж дж              -- French j, Azerbaijani c/j, German dsch;
                                                          non-Turkic j is also a vowel (German Jelzin)
x     sh ch sch sz cz, Turkic ş ç  ش چ  ш ч щ             -- French ch is English sh; Polish sz/cz
x|h   ch: English and French ч/ш, German and Polish х (Chodorkowski, Chatami)
x|j   sch: German ш, also ж (Schirinowski)
x|tx  tch: both readings (French Tchaikovsky; Persian Chitchian)
k     k q gh ck c(hard) ğ  ک گ ق غ  к қ ғ               -- Russian writes ق as к, غ as г
k|h   g, г: Russian writes the h of Arabic and Caucasian names with Г (Гасанов, Магомед), Persian ح/ه
h     h kh, Azerbaijani x (and any word-initial x)  ح ه خ  х һ   -- ح inside a word also silent (Məmməd)
l r m n  as written (ň ң -> n, Polish ł -> l, ż -> zh)
====  ============================================================================================

Vowels (a e i o u y, ا ی ع and hamza, vowel و, а е ё и о у ы э ю я й ь ъ) are dropped, but a word
that starts with one keeps the mark ``a`` -- Persian writes an initial vowel (ا, ع, ای), so this
distinguishes "Omid" from "Mahdi" in every script. A final h is dropped (Persian final ه is the
vowel of "Fatemeh", and Latin writes "Saleh" or "Sale"). A consonant written twice collapses (Abbas,
Məmmədov's mm; Persian writes it once), but consonants with a vowel between them stay two (Medvedev
is not Məmmədov); in Persian two equal letters side by side always have an unwritten vowel between
them. Persian و is either the consonant v or the vowel u/o and the script does not say which: where
position decides it (initial, after or before ا, doubled), it is decided; otherwise both readings are
produced (:func:`phonetic_variants`). Likewise a Persian word starting with ا before an s-cluster
(اسمایلوف) also gets the reading without its prothetic vowel. A word with several two-way letters keeps
at most :data:`MAX_VARIANTS` keys: the usual reading and those departing from it at the fewest letters.

Not a table of known names: the rules above are all there is, so a name nobody listed still matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations, product

from accreditation.names.normalize import match_key

LEAD_VOWEL = "a"
_VOWEL = "_"
#: At most this many keys per word: two ambiguous letters in any combination, or three of the likeliest.
MAX_VARIANTS = 8

#: Letters whose Turkic reading must be fixed before diacritics are folded away.
_TURKIC_PREMAP = str.maketrans(
    {"ş": "sh", "ç": "ch", "ğ": "gh", "ž": "zh", "ň": "n", "ý": "y", "ə": "a", "ı": "i", "ż": "zh", "ł": "l"}
)
#: A word holding one of these is Azerbaijani, Turkmen or Turkish Latin: c is j, x is kh.
_TURKIC_LETTERS = frozenset("əığşçöüňýžä")

_LATIN_VOWELS = frozenset("aeiouy")

_LATIN_SIMPLE = {
    "b": "b", "f": "f", "v": "f", "l": "l", "m": "m", "n": "n", "r": "r", "q": "k", "h": "h",
}  # fmt: skip

_CYRILLIC = {
    "а": _VOWEL, "е": _VOWEL, "и": _VOWEL, "о": _VOWEL, "у": _VOWEL, "ы": _VOWEL, "э": _VOWEL,
    "ю": _VOWEL, "я": _VOWEL, "й": _VOWEL, "ь": "", "ъ": "",
    "б": "b", "п": "p", "в": "f", "ф": "f", "к": "k", "х": "h", "д": "d", "т": "t",
    "ж": "j", "з": "z", "с": "s", "ц": "ts", "ч": "x", "ш": "x", "щ": "x", "л": "l", "м": "m",
    "н": "n", "р": "r",
}  # fmt: skip

_PERSIAN = {
    "ا": _VOWEL, "ع": _VOWEL, "ی": _VOWEL,
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "x", "ح": "h", "خ": "h", "د": "d",
    "ذ": "z", "ر": "r", "ز": "z", "ژ": "j", "س": "s", "ش": "x", "ص": "s", "ض": "z", "ط": "t",
    "ظ": "z", "غ": "k", "ف": "f", "ق": "k", "ک": "k", "گ": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h",
}  # fmt: skip

_REPEATS = re.compile(r"([^_])\1+")
_PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
#: Persian puts a vowel before a foreign word's initial s-cluster: اسمایلوف is Smailov, استالین Stalin.
_PERSIAN_PROTHESIS = re.compile(r"ا[سش][بپتجچدرزسشغفقکگلمنوه]")


def _latin(word: str, i: int, turkic: bool) -> tuple[tuple[str, ...], int]:
    """The sound class of the Latin letter(s) at ``i`` and how many letters they took.

    Where the romanizations of the region's names disagree about a letter, both readings are kept,
    each rule naming the convention it serves (:func:`phonetic_variants` caps their product).
    """
    c = word[i]
    rest = word[i + 1 : i + 4]
    before = word[i - 1] if i > 0 else ""
    vowel_next = bool(rest[:1]) and rest[0] in _LATIN_VOWELS
    if c in _LATIN_VOWELS:
        return (_VOWEL,), 1
    if c == "j":
        # English, French and Turkic j is a consonant (Javad, Jirinovski); German and Polish j is the
        # glide of й, я, ю, е (Jelzin, Atajew, Sergejewitsch), which Persian writes as a vowel letter.
        return (("j",) if turkic else ("j", _VOWEL)), 1
    if c == "g" and not turkic and not rest.startswith("h"):
        # Russian writes the h of Arabic and Caucasian names with Г (Гасанов, Гаджиев, Магомед) and
        # passports copy it as g; Persian keeps the original ح/ه (حسن‌اف, حاجی‌اف, محمد).
        return ("k", "h"), 1
    if c in _LATIN_SIMPLE:
        return (_LATIN_SIMPLE[c],), 1
    if c == "w":
        if turkic or vowel_next:  # Turkmen w, and w before a vowel, is a consonant ("Çaryýew", "Wahid")
            return ("f",), 1
        # Before a consonant or at the end: English writes the vowel of "Khosrow", German and Polish
        # write в (Lawrow, Gorbatschow, Kozłowski).
        return (_VOWEL, "f"), 1
    if c == "s":
        if rest.startswith("hch"):
            return ("x",), 4
        if rest.startswith("ch"):  # German sch is ш, and also stands for ж (Schirinowski, Schilkin)
            return ("x", "j"), 3
        if rest.startswith("h") or rest.startswith("z"):  # English sh; Polish sz (Szojgu)
            return ("x",), 2
        if not turkic and (
            (vowel_next and (i == 0 or before in _LATIN_VOWELS)) or (rest[:1] and rest[0] in "bdglmnrvw")
        ):
            # German writes з as s before a vowel (Sacharow, Nasarbajew) and before a voiced consonant
            # (Koslow, Sdunow), where English s stays s: both readings.
            return ("s", "z"), 1
        return ("s",), 1
    if c == "t":
        if rest.startswith("sch"):
            return ("x",), 4
        if rest.startswith("ch"):  # French Tchaikovsky is "ch"; Persian Chitchian is "t" + "ch"
            return ("x", "tx"), 3
        if rest.startswith("h"):
            return ("t",), 2
        return ("t",), 1
    if c == "c":
        if rest.startswith("z"):  # Polish cz is ч (Czujczenko)
            return ("x",), 2
        if rest.startswith("h"):
            # English and French ch is ч or ш; German, Polish and Czech ch is х (Chodorkowski), and
            # German writes Persian خ so too (Chatami).
            return ("x", "h"), 2
        if rest.startswith("k"):
            return ("k",), 2
        if turkic:
            return ("j",), 1
        if rest[:1] and rest[0] in "eiy":
            # English c before e/i is s; Azerbaijani c is j (Ceyhun, Cəlil without their diacritics);
            # Polish c is ц (Cywilow).
            return ("s", "j", "ts"), 1
        # Azerbaijani c is j, and Cavid or Cəfər often lose their other letters' diacritics.
        return (("k", "j") if rest[:1] and rest[0] in "aou" else ("k",)), 1
    if c == "z":
        if rest.startswith("h"):
            return ("j",), 2
        if not turkic:
            # German writes ц as z (Jelzin, Kolokolzew, Sluzki, Ziwiljow); English, French and
            # Turkic z is з / ز.
            return ("z", "ts"), 1
        return ("z",), 1
    if c == "d":
        if rest.startswith("sch"):  # German dsch is дж / ج (Dschabarow, Laridschani)
            return ("j",), 4
        if rest.startswith("zh"):
            return ("j",), 3
        if rest.startswith("j"):
            return ("j",), 2
        if rest.startswith("h"):
            return ("z",), 2
        return ("d",), 1
    if c == "k":
        return (("h",), 2) if rest.startswith("h") else (("k",), 1)
    if c == "g":
        return ("k",), (2 if rest.startswith("h") else 1)
    if c == "p":
        return (("f",), 2) if rest.startswith("h") else (("p",), 1)
    if c == "x":  # Azerbaijani x is kh; an English word never starts with the sound ks
        if turkic:
            return ("h",), 1
        return (("h", "ks") if i == 0 else ("ks",)), 1
    return ("",), 1


def _persian_vav(word: str, i: int) -> tuple[str, ...]:
    """و is v or a vowel; position decides where it can, otherwise both readings are kept."""
    prev = word[i - 1] if i > 0 else ""
    nxt = word[i + 1] if i + 1 < len(word) else ""
    if i == 0:
        return ("f",)
    if prev == "خ" and nxt == "ا":  # خوا is read "kha": خواجه Khajeh
        return ("",)
    if i == 1 and prev == "ا":  # initial او is the vowel of اولگا Olga, اوشاکوف Ushakov (rarely Avaz)
        return (_VOWEL, "f")
    if prev == "ا" or nxt in ("ا", "و"):
        return ("f",)
    if prev == "و":
        return (_VOWEL,)
    return (_VOWEL, "f")


def _symbols(word: str, turkic: bool) -> list[tuple[str, ...]]:
    """One tuple of alternative class strings per letter or digraph of ``word``."""
    out: list[tuple[str, ...]] = []
    i = 0
    n = len(word)
    while i < n:
        c = word[i]
        if "a" <= c <= "z":
            options, used = _latin(word, i, turkic)
            out.append(options)
            i += used
            continue
        if c == "д" and word[i + 1 : i + 2] == "ж":
            out.append(("j",))
            i += 2
            continue
        if c == "г":  # Гасанов, Магомед: Russian Г for the h Persian writes ح or ه (see _latin's g)
            out.append(("k", "h"))
        elif c in _CYRILLIC:
            out.append((_CYRILLIC[c],))
        elif c == "و":
            out.append(_persian_vav(word, i))
        elif c == "ح" and i > 0:
            # Turkic names dropped the h of Arabic ones inside a word (Məmməd, Məmmədyarov for محمد):
            # ح is also read silent there.
            out.append(("h", ""))
        elif c in _PERSIAN:
            out.append((_PERSIAN[c],))
        i += 1
    return out


def _finish(raw: str, persian: bool = False) -> str:
    """Symbols with vowel marks to the key: lead mark, final h dropped, repeats collapsed, vowels out.

    Repeats collapse only where the letters stand together (Abbas, Мамедов's "мм" in Məmmədov): a
    consonant written twice is one sound in Latin and Cyrillic, as Persian writes it once. Consonants
    with a vowel between them stay two (Medvedev's d-v-d is not Məmmədov's m-d). In Persian, two equal
    letters side by side always have an unwritten short vowel between them, so they never collapse.
    """
    if raw.endswith("h"):
        raw = raw[:-1]
    lead = raw.startswith(_VOWEL)
    if not persian:
        raw = _REPEATS.sub(r"\1", raw)
    skeleton = raw.replace(_VOWEL, "")
    return (LEAD_VOWEL + skeleton) if lead or not skeleton else skeleton


def _prepare(word: str) -> tuple[list[str], bool]:
    lowered = unicodedata.normalize("NFKC", word).casefold()
    turkic = not _TURKIC_LETTERS.isdisjoint(lowered)
    return match_key(lowered.translate(_TURKIC_PREMAP)).split(), turkic


def _readings(options: list[tuple[str, ...]]) -> Iterator[tuple[str, ...]]:
    """The letters' readings combined, the likeliest first: every letter's first reading, then each
    combination that departs from it at one letter, then at two... so that when a word has more
    ambiguous letters than :data:`MAX_VARIANTS` allows for, the readings kept are those that differ
    least from the usual one (Chruschtschow: German ch and w both, not three French readings)."""
    ambiguous = [i for i, choice in enumerate(options) if len(choice) > 1]
    for departures in range(len(ambiguous) + 1):
        for letters in combinations(ambiguous, departures):
            alternatives = [range(1, len(options[i])) for i in letters]
            for picks in product(*alternatives):
                chosen = dict(zip(letters, picks, strict=True))
                yield tuple(choice[chosen.get(i, 0)] for i, choice in enumerate(options))


@lru_cache(maxsize=200_000)
def phonetic_variants(word: str) -> tuple[str, ...]:
    """Every key a single word can have (more than one where a letter has two readings), best first.

    A word that punctuation splits (rare: "Mehdi(Younes)") gives the keys of its parts joined.
    """
    parts, turkic = _prepare(word)
    results: list[str] = []
    for part in parts:
        options = _symbols(part, turkic)
        keys: list[str] = []
        persian = bool(_PERSIAN_LETTER.search(part))
        for combo in _readings(options):
            key = _finish("".join(combo), persian)
            if key not in keys:
                keys.append(key)
            if len(keys) >= MAX_VARIANTS:
                break
        if _PERSIAN_PROTHESIS.match(part) and keys[0].startswith(LEAD_VOWEL) and len(keys) < MAX_VARIANTS:
            keys.append(keys[0][1:])
        results = keys if not results else [a + b for a in results for b in keys][:MAX_VARIANTS]
    return tuple(results)


def phonetic_words(text: str) -> list[str]:
    """The primary key of each word of ``text`` (hyphens and ZWNJ join, whitespace separates)."""
    keys = []
    for word in text.split():
        variants = phonetic_variants(word)
        if variants:
            keys.append(variants[0])
    return keys


def phonetic_key(text: str) -> str:
    """The cross-script phonetic key of a name: one skeleton per word, space-separated.

    "Haghshenas", "Haqshenas", "Hagh-Shenas" and «حق‌شناس» all give ``hkxns``; "Aliev", "Əliyev",
    «علی‌اف» and «Алиев» give ``alf``.
    """
    return " ".join(phonetic_words(text))
