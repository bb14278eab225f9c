"""Names across Persian, Cyrillic and Latin scripts: normalization, transliteration, phonetic keys.

Pure functions with no database or Qt: the importer, the editor and the search index all call them.
"""

from .digits import to_ascii_digits, to_persian_digits
from .normalize import match_key, normalize_persian, tidy_persian
from .phonetic import phonetic_key, phonetic_variants, phonetic_words
from .transliterate import (
    cyrillic_to_icao,
    cyrillic_to_persian,
    latin_to_persian,
    persian_to_latin,
    suggest_latin,
    suggest_persian,
)

__all__ = [
    "cyrillic_to_icao",
    "cyrillic_to_persian",
    "latin_to_persian",
    "persian_to_latin",
    "phonetic_key",
    "phonetic_variants",
    "phonetic_words",
    "suggest_latin",
    "suggest_persian",
    "match_key",
    "normalize_persian",
    "tidy_persian",
    "to_ascii_digits",
    "to_persian_digits",
]
