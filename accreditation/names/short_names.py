"""A person's name cut to what a small place holds: a seat on a plan, a tag, a narrow column.

The reader's script comes first (:func:`~accreditation.names.display.name_for_reader`); what is left out
is chosen by the family name, which a desk finds people by. The Latin family name is stored on its own;
in the other scripts it is found in the full name: a Cyrillic or Azerbaijani native name is often written
family name first with a patronymic ("Цереров Бадма Эрдниевич"), so the word that spells the Latin family
name is taken (compared letter by letter through the passport transliteration), and the last word when
none does. A Persian name is given names then family name, and takes no initials.
"""

from __future__ import annotations

import re

from accreditation.names.display import has_cyrillic, has_persian, latin_display, name_for_reader
from accreditation.names.fuzzy import edit_distance
from accreditation.names.transliterate import cyrillic_to_icao

_NOT_LETTER_RE = re.compile(r"[^a-z]")
#: Endings of a patronymic or of the Azerbaijani "son of / daughter of": never the family name.
_PATRONYMIC_ENDINGS = ("вич", "вна", "чна", "ұлы", "улы", "қызы", "кызы", "oğlu", "qızı", "оглы", "кызы")


def _key(word: str) -> str:
    latin = cyrillic_to_icao(word) if has_cyrillic(word) else word
    folded = latin.lower().translate(str.maketrans("əıöüäýşçğžň", "eiouayscgzn"))
    return _NOT_LETTER_RE.sub("", folded)


def _family_index(words: list[str], family_latin: str) -> int:
    """Which word of a full name is the family name: the one spelling ``family_latin``, else the last
    word that is not a patronymic."""
    target = _key(family_latin.split()[-1]) if family_latin.split() else ""
    if target:
        scored = [(edit_distance(_key(w), target, 3), i) for i, w in enumerate(words)]
        distance, index = min(scored)
        if distance <= max(1, len(target) // 3):
            return index
    for i in range(len(words) - 1, -1, -1):
        if not words[i].lower().endswith(_PATRONYMIC_ENDINGS):
            return i
    return len(words) - 1


def _initial(word: str) -> str:
    return word[:1].upper() + "." if word else ""


def short_names_for_reader(
    language: str, *, given_latin: str, family_latin: str, name_fa: str, name_native: str
) -> list[str]:
    """What a small place can show of a person for a reader of ``language``, longest first.

    Given and family name; the given name's initial and the family name; the family name alone. A
    Persian name is shown whole, then by its family name. Empty when the person has no name at all.
    """
    family_shown = latin_display(family_latin)
    given_shown = latin_display(given_latin)
    latin = " ".join(p for p in (given_shown, family_shown) if p)
    full = name_for_reader(language, latin=latin, name_fa=name_fa, name_native=name_native)
    if not full:
        return []
    if full == latin and family_shown:
        given, family = given_shown.split(), family_shown
        candidates = [latin]
    else:
        words = full.split()
        if len(words) < 2:
            return [full]
        at = _family_index(words, family_latin)
        family = words[at]
        if has_persian(full):
            return _unique([full, family])
        rest = [w for i, w in enumerate(words) if i != at and not w.lower().endswith(_PATRONYMIC_ENDINGS)]
        given = rest[:1]
        candidates = [" ".join([*given, family])] if len(words) > 2 else [full]
    if given:
        candidates.append(f"{_initial(given[0])} {family}")
    candidates.append(family)
    return _unique(candidates)


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen
