"""Transliteration between the scripts of the Caspian states: suggestions a person confirms.

Cyrillic to Latin follows the table Russian passports print (ICAO Doc 9303 part 3, adopted by the
Russian Federation's 2014 passport order), so a suggested Latin name matches the machine-readable zone
of the passport the delegate will hand over. Kazakh, Azerbaijani and Turkmen Cyrillic letters that the
Russian table lacks take the Latin letter of their Russian counterpart, as Kazakh passports do.
"""

from __future__ import annotations

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
