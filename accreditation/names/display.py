"""How a name is shown to a reader: in the reader's own script first, and Latin in mixed case.

Two rules every screen and sheet share, so that the table, the card, the dashboard, the check-in screen
and the seating plan never disagree:

- :func:`names_for_reader` orders the spellings a person has for one reader: a Persian reader sees the
  Persian name first, a Russian reader the Cyrillic one where there is one, an English reader the Latin
  one; the others follow, each once.
- :func:`latin_display` turns a name typed or imported in passport capitals ("GADZHI GADZHIEV") into the
  form a name is read in ("Gadzhi Gadzhiev"), casing the Turkic letters right (İ/i and I/ı in
  Azerbaijani). The stored text is never changed: the passport form stays what the MRZ is checked
  against.
"""

from __future__ import annotations

import re

_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_PERSIAN_RE = re.compile(r"[\u0600-\u06ff]")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Nationalities (ICAO codes) whose Latin alphabet pairs dotted İ/i and dotless I/ı.
TURKIC_DOTTED_I = frozenset({"AZE", "AZ", "TUR", "TR"})
#: Letters that only an Azerbaijani (or Turkish) Latin name carries: seeing one settles the casing rule.
_TURKIC_LETTERS = frozenset("İıƏəĞğŞş")
#: Particles that stay lower case inside a name ("Abd al-Aziz", "van der Berg"); never the first word.
_LOWER_PARTICLES = frozenset({"al", "el", "ad", "ud", "bin", "ibn", "van", "von", "der", "de", "la", "du"})


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text or ""))


def has_persian(text: str) -> bool:
    return bool(_PERSIAN_RE.search(text or ""))


def is_passport_capitals(text: str) -> bool:
    """True when a Latin name has letters and none of them is lower case: "GADZHI GADZHIEV"."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and not any(ch.islower() for ch in letters) and not has_persian(text)


def _turkic(text: str, nationality: str) -> bool:
    """Whether I/ı and İ/i are two letters in ``text``.

    The letters decide first: İ, ı, Ə, Ğ or Ş say Azerbaijani (or Turkish) Latin. A name in plain ASCII
    ("ALIYEV") is an English-style transliteration whose I is the English i, whatever the nationality;
    an Azerbaijani's or a Turk's name with other letters of the national alphabet (Ç, Ö, Ü) is cased
    the Turkic way.
    """
    if any(ch in _TURKIC_LETTERS for ch in text):
        return True
    return nationality.upper() in TURKIC_DOTTED_I and not text.isascii()


def _lower(text: str, turkic: bool) -> str:
    if turkic:
        text = text.replace("I", "ı").replace("İ", "i")
    # "İ".lower() is "i" plus a combining dot outside Turkic text; a name never means that.
    return text.replace("İ", "I").lower() if not turkic else text.lower()


def _upper(ch: str, turkic: bool) -> str:
    if turkic and ch == "i":
        return "İ"
    return ch.upper()


def _case_word(word: str, turkic: bool, first: bool) -> str:
    lowered = _lower(word, turkic)
    if not first and lowered in _LOWER_PARTICLES:
        return lowered
    return _upper(lowered[:1], turkic) + lowered[1:]


def latin_display(text: str, nationality: str = "") -> str:
    """The reading form of a Latin name: passport capitals become mixed case, anything else is kept.

    A name already typed in mixed case ("McDonald", "de Gaulle") is someone's deliberate spelling and is
    returned as it is. Each letter run starts with a capital ("Abdul-Aziz", "O'Neil" read as
    "O'Neil"); the Turkic rule applies to Azerbaijani names (by ``nationality`` or by their letters).
    """
    if not text or not is_passport_capitals(text):
        return text
    turkic = _turkic(text, nationality)
    out: list[str] = []
    position = 0
    first = True
    for match in _LETTER_RUN_RE.finditer(text):
        out.append(text[position : match.start()])
        out.append(_case_word(match.group(0), turkic, first))
        first = False
        position = match.end()
    out.append(text[position:])
    return "".join(out)


def latin_full_name(given: str, family: str, nationality: str = "") -> str:
    """Given and family name in their reading form, as one line."""
    return " ".join(latin_display(p, nationality) for p in (given, family) if p)


def latin_capitals(text: str, nationality: str = "") -> str:
    """A Latin name in capitals, the Turkic i kept dotted ("Əliyev" -> "ƏLİYEV" for an Azerbaijani)."""
    turkic = _turkic(text, nationality)
    return "".join(_upper(ch, turkic) for ch in text)


def latin_family_capitals(given: str, family: str, nationality: str = "") -> str:
    """The protocol badge's form: given name in its reading form, family name in capitals
    ("Gadzhi GADZHIEV")."""
    parts = (latin_display(given, nationality), latin_capitals(latin_display(family, nationality), nationality))
    return " ".join(p for p in parts if p)


def names_for_reader(language: str, *, latin: str, name_fa: str, name_native: str) -> list[str]:
    """A person's spellings in the order a reader of ``language`` reads them best, each once.

    ``fa``: Persian, Latin, then the native form; ``ru``: the Cyrillic native form (if the native form is
    Cyrillic), Latin, Persian; anything else: Latin, the native form, Persian.
    """
    cyrillic = name_native if has_cyrillic(name_native) else ""
    if language == "fa":
        order = (name_fa, latin, name_native)
    elif language == "ru":
        order = (cyrillic, latin, name_native, name_fa)
    else:
        order = (latin, name_native, name_fa)
    seen: list[str] = []
    for name in order:
        if name and name not in seen:
            seen.append(name)
    return seen


def name_for_reader(language: str, *, latin: str, name_fa: str, name_native: str) -> str:
    """The one spelling a reader of ``language`` sees first ("" when the person has no name at all)."""
    names = names_for_reader(language, latin=latin, name_fa=name_fa, name_native=name_native)
    return names[0] if names else ""
