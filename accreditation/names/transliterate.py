"""Transliteration between the scripts of the Caspian states: suggestions a person confirms.

Cyrillic to Latin follows the table Russian passports print (ICAO Doc 9303 part 3, adopted by the
Russian Federation's 2014 passport order), so a suggested Latin name matches the machine-readable zone
of the passport the delegate will hand over. Kazakh, Azerbaijani and Turkmen Cyrillic letters that the
Russian table lacks take the Latin letter of their Russian counterpart, as Kazakh passports do.
"""

from __future__ import annotations

import re
import unicodedata

#: ICAO 9303 / Russian 2014 passport table (lowercase; output is uppercased like the passport).
_ICAO_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip

#: Letters of other Cyrillic alphabets of the region: Kazakh, Azerbaijani, Turkmen, Ukrainian.
_ICAO_OTHER = {
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ҹ": "dzh", "ҝ": "g", "җ": "zh", "ї": "i", "є": "ie", "ґ": "g", "ў": "u", "ј": "j",
}  # fmt: skip

_ICAO_TABLE = str.maketrans({**_ICAO_RU, **_ICAO_OTHER})


def cyrillic_to_icao(text: str) -> str:
    """Cyrillic as a Russian passport prints it in Latin: Андрей -> ANDREI, Юрий -> IURII.

    Output is uppercase, as in the passport's data page and MRZ; characters that are not Cyrillic
    (spaces, hyphens, Latin already present) pass through, uppercased.
    """
    lowered = unicodedata.normalize("NFC", text).lower()
    return lowered.translate(_ICAO_TABLE).upper()


# --- Latin -> Persian ---------------------------------------------------------------------------------
#
# Persian writes long vowels with letters (ا و ی) and leaves short ones unwritten; foreign names are
# written with every vowel that is pronounced long or stressed. The rules below follow that habit:
# a, i, o, u are written, a short e inside a word is not, a final e is the silent ه of "Fatemeh".

_LATIN_DIGRAPHS_FA = (
    ("shch", "شچ"), ("tch", "چ"), ("dzh", "ج"), ("kh", "خ"), ("gh", "ق"), ("sh", "ش"), ("ch", "چ"),
    ("zh", "ژ"), ("th", "ت"), ("ph", "ف"), ("dj", "ج"), ("ck", "ک"),
)  # fmt: skip
_LATIN_LETTERS_FA = {
    "b": "ب", "p": "پ", "t": "ت", "d": "د", "s": "س", "z": "ز", "j": "ج", "k": "ک", "g": "گ",
    "q": "ق", "f": "ف", "v": "و", "h": "ه", "l": "ل", "m": "م", "n": "ن", "r": "ر",
    "ş": "ش", "ç": "چ", "ğ": "غ", "ž": "ژ", "ň": "ن",
}  # fmt: skip
_VOWEL_FOLD = {"ə": "e", "ı": "i", "ö": "o", "ü": "u", "ä": "a", "ý": "y", "é": "e", "è": "e", "ë": "e"}
_TURKIC_HINT = frozenset("əığşçöüňýžä")


def _latin_units(word: str) -> list[tuple[str, str]]:
    """Split a lowercase Latin word into ("C", Persian letters) and ("V", vowel) units."""
    turkic = not _TURKIC_HINT.isdisjoint(word)
    word = "".join(_VOWEL_FOLD.get(c, c) for c in unicodedata.normalize("NFC", word))
    units: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        c = word[i]
        nxt = word[i + 1 : i + 2]
        for latin, persian in _LATIN_DIGRAPHS_FA:
            if word.startswith(latin, i):
                units.append(("C", persian))
                i += len(latin)
                break
        else:
            if c in "aeiou":
                units.append(("V", c))
            elif c in "yw":
                if nxt and nxt in "aeiou":
                    units.append(("C", "ی" if c == "y" else "و"))
                else:
                    units.append(("V", "i" if c == "y" else "u"))
            elif c == "x":
                units.append(("C", "خ" if turkic else "کس"))
            elif c == "c":
                units.append(("C", "ج" if turkic else ("س" if nxt and nxt in "eiy" else "ک")))
            elif c in _LATIN_LETTERS_FA:
                units.append(("C", _LATIN_LETTERS_FA[c]))
            i += 1
    return units


_FA_VOWEL_INITIAL = {"a": "ا", "e": "ا", "i": "ای", "o": "او", "u": "او"}
_FA_VOWEL_MEDIAL = {"a": "ا", "e": "", "i": "ی", "o": "و", "u": "و"}
_FA_VOWEL_FINAL = {"a": "ا", "e": "ه", "i": "ی", "o": "و", "u": "و"}


_FA_VOICELESS = frozenset(["ک", "س", "ت", "پ", "ش", "چ", "خ", "ف", "کس", "شچ"])


def _latin_word_to_persian(word: str) -> str:
    units = _latin_units(word.lower())
    out: list[str] = []
    last = len(units) - 1
    for index, (kind, value) in enumerate(units):
        if kind == "C":
            following = units[index + 1][1] if index < last else ""
            if value == "و" and (index == last or following in _FA_VOICELESS):
                value = "ف"  # Russian в devoices: Petrov پتروف, Tchaikovsky چایکوفسکی
            if out and out[-1] == value:
                continue  # Persian does not write doubled consonants
            out.append(value)
            continue
        if index == 0:
            letter = _FA_VOWEL_INITIAL[value]
        elif units[index - 1][0] == "V":
            # The second vowel of a pair: "ai" is ای, "ae" is ائ, "ou" and "ee" are one letter.
            previous = units[index - 1][1]
            if previous in "ao" and value == "e":
                letter = "ئ"
            elif value in "ie":
                letter = "ی"
            else:
                letter = _FA_VOWEL_MEDIAL[value]
            if out and letter and out[-1].endswith(letter):
                continue
        elif index == last:
            letter = _FA_VOWEL_FINAL[value]
        else:
            letter = _FA_VOWEL_MEDIAL[value]
        out.append(letter)
    return "".join(out)


def latin_to_persian(text: str) -> str:
    """A Persian spelling to suggest for a Latin name: "Igor Babushkin" -> «ایگور بابوشکین».

    Vowels are written the way Persian writes foreign names (long, except a short e inside a word);
    the result is a suggestion for a person to confirm, never stored unseen.
    """
    return " ".join(w for w in (_latin_word_to_persian(word) for word in re.split(r"[\s\-]+", text)) if w)


# --- Persian -> Latin ---------------------------------------------------------------------------------
#
# Persian leaves short vowels unwritten, so a reading must supply them. The rule used is Persian
# syllable structure: every syllable starts with one consonant and has a vowel; a syllable may close
# with up to two consonants. Where written letters leave a syllable without a vowel, a short vowel is
# inserted -- "a" in a word's first syllable, "e" after it, the commonest short vowels in those places
# -- which gives حق‌شناس -> "Haghshenas". Vowel quality is a guess a person confirms.

_FA_CONSONANTS = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "gh", "ک": "k", "گ": "g", "ل": "l", "م": "m",
    "ن": "n", "ه": "h",
}  # fmt: skip
#: Two-consonant endings Persian words close with (Rostam, Farhad, Bahrām...); others get a vowel.
_CODA_CLUSTERS = frozenset(
    ["st", "sht", "nd", "rd", "rz", "ft", "kht", "rt", "rs", "rm", "rk", "rg", "nj", "rj"]
)


def _persian_units(word: str) -> list[tuple[str, str]]:
    """Units of a normalized Persian word: ("C", latin) for consonants, ("V", latin) for vowel letters."""
    units: list[tuple[str, str]] = []
    n = len(word)
    for i, c in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if c == "ا":
            if i == 0 and nxt == "ی":
                continue  # ای- at the start is the vowel i, written by the ی
            if i == 0 and nxt == "و":
                units.append(("V", "o"))
                continue
            if i == 0 and n > 2 and word[1] in _FA_CONSONANTS and word[2] in _FA_CONSONANTS:
                units.append(("V", "e"))  # ا before two consonants: Esmaeil, Eskandar, Esfandiar
                continue
            units.append(("V", "a"))
        elif c == "و":
            if prev == "خ" and nxt == "ا":
                continue  # خوا reads "kha"
            if prev == "و":
                units.append(("V", "ou"))  # the second of وو: Davoud
            elif i == 0 or prev == "ا" or nxt in ("ا", "و") or (nxt == "ی" and i + 2 == n):
                units.append(("C", "v"))  # Vahid, Kaveh, Javad, Alavi
            else:
                units.append(("V", "o" if prev == "ا" and i == 1 else "ou"))
        elif c == "ی":
            if i == 0 or (prev in "او" and nxt and nxt in "اوی"):
                units.append(("C", "y"))
            else:
                units.append(("V", "i"))
        elif c == "ه" and i == n - 1 and i > 0:
            units.append(("V", "h" if prev == "ا" else "eh"))  # Shah, but Kaveh, Fatemeh
        elif c in _FA_CONSONANTS:
            units.append(("C", _FA_CONSONANTS[c]))
    return units


def _persian_word_to_latin(word: str) -> str:
    units = _persian_units(word)
    out: list[str] = []
    syllable_has_vowel = False
    consonants_since_vowel = 0
    first_syllable = True
    for index, (kind, value) in enumerate(units):
        if kind == "V":
            if out and out[-1] in ("a", "e") and consonants_since_vowel == 0 and not syllable_has_vowel:
                out.pop()  # an inserted vowel before a written one is not needed
            out.append(value)
            syllable_has_vowel = True
            consonants_since_vowel = 0
            continue
        next_kind = units[index + 1][0] if index + 1 < len(units) else ""
        if not syllable_has_vowel and out and consonants_since_vowel >= 1:
            # The previous consonant began a syllable with no written vowel: give it one.
            out.append("a" if first_syllable else "e")
            first_syllable = False
            syllable_has_vowel = True
            consonants_since_vowel = 0
        out.append(value)
        if syllable_has_vowel:
            consonants_since_vowel += 1
            coda = "".join(out[-2:]) if consonants_since_vowel == 2 else ""
            if consonants_since_vowel >= 2 and (
                next_kind == "V" or next_kind == "" and coda not in _CODA_CLUSTERS
            ):
                # This consonant starts the next syllable.
                syllable_has_vowel = next_kind == "V"
                first_syllable = False
                consonants_since_vowel = 1
            elif consonants_since_vowel >= 2 and next_kind == "C":
                syllable_has_vowel = False
                first_syllable = False
                consonants_since_vowel = 1
        else:
            consonants_since_vowel = 1
    if out and not syllable_has_vowel and consonants_since_vowel >= 1 and len(out) > 1:
        out.insert(len(out) - 1, "a" if first_syllable else "e")
    return "".join(out)


def persian_to_latin(text: str) -> str:
    """A readable Latin spelling to suggest for a Persian name: «هادی حق‌شناس» -> "Hadi Haghshenas".

    Consonants and written vowels are read letter by letter; unwritten short vowels are supplied by
    Persian syllable structure (see above). A suggestion for a person to confirm.
    """
    from accreditation.names.normalize import normalize_persian

    words = normalize_persian(text).split()
    latin = (_persian_word_to_latin(w) for w in words)
    return " ".join(w[:1].upper() + w[1:] for w in latin if w)


# --- Cyrillic -> Persian ----------------------------------------------------------------------------

_CYRILLIC_FA = {
    "а": "ا", "б": "ب", "в": "و", "г": "گ", "д": "د", "е": "", "ё": "یو", "ж": "ژ", "з": "ز",
    "и": "ی", "й": "ی", "к": "ک", "л": "ل", "м": "م", "н": "ن", "о": "و", "п": "پ", "р": "ر",
    "с": "س", "т": "ت", "у": "و", "ф": "ف", "х": "خ", "ц": "تس", "ч": "چ", "ш": "ش", "щ": "شچ",
    "ъ": "", "ы": "ی", "ь": "", "э": "ا", "ю": "یو", "я": "یا",
    "ә": "ا", "ғ": "غ", "қ": "ق", "ң": "نگ", "ө": "و", "ұ": "و", "ү": "و", "һ": "ه", "і": "ی",
}  # fmt: skip
_CYRILLIC_FA_INITIAL = {
    "а": "آ",
    "е": "ی",
    "и": "ای",
    "о": "او",
    "у": "او",
    "э": "ا",
    "ә": "ا",
    "ө": "او",
    "ұ": "او",
    "ү": "او",
    "і": "ای",
}
_CYRILLIC_VOICELESS = frozenset("кпстфхцчшщ")


def _cyrillic_word_to_persian(word: str) -> str:
    out: list[str] = []
    last = len(word) - 1
    for i, c in enumerate(word):
        nxt = word[i + 1] if i < last else ""
        if i == 0 and c in _CYRILLIC_FA_INITIAL:
            letter = _CYRILLIC_FA_INITIAL[c]
        elif c == "в" and (i == last or nxt in _CYRILLIC_VOICELESS):
            letter = "ف"  # devoiced: Петров پتروف
        elif c == "е" and i == last:
            letter = "ه"
        elif c == "е" and word[i - 1] in "аеиоуыэюяй":
            letter = "ی"
        else:
            letter = _CYRILLIC_FA.get(c, "")
        if out and letter and out[-1] == letter:
            continue
        out.append(letter)
    return "".join(out)


def cyrillic_to_persian(text: str) -> str:
    """A Persian spelling for a Cyrillic name, read letter by letter: «Игорь Бабушкин» -> «ایگور بابوشکین»."""
    words = unicodedata.normalize("NFC", text).lower().split()
    return " ".join(w for w in (_cyrillic_word_to_persian(word) for word in words) if w)


# --- Suggestions for the editor ---------------------------------------------------------------------

_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_PERSIAN_RE = re.compile(r"[\u0600-\u06ff]")


def _title(text: str) -> str:
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in text.split())


def suggest_latin(name_fa: str | None = None, name_native: str | None = None) -> str | None:
    """The Latin name to propose when only other scripts are known; None when there is nothing to go on.

    A Cyrillic native name gives the passport's ICAO form (title-cased for the editor); a Latin-script
    native name (Azerbaijani, Turkmen) is already Latin and is proposed as it is; otherwise the
    Persian name is read out.
    """
    native = (name_native or "").strip()
    if native and _CYRILLIC_RE.search(native):
        return _title(cyrillic_to_icao(native))
    if native and not _PERSIAN_RE.search(native):
        return native
    persian = (name_fa or "").strip() or (native if _PERSIAN_RE.search(native) else "")
    if persian:
        return persian_to_latin(persian) or None
    return None


def suggest_persian(latin: str | None = None, native: str | None = None) -> str | None:
    """The Persian name to propose: from a Cyrillic native name letter by letter, else from the Latin."""
    native_text = (native or "").strip()
    if native_text and _CYRILLIC_RE.search(native_text):
        return cyrillic_to_persian(native_text) or None
    source = (latin or "").strip() or (native_text if not _PERSIAN_RE.search(native_text) else "")
    if source:
        return latin_to_persian(source) or None
    return None
