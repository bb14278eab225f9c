"""Names across Persian, Cyrillic and Latin scripts: normalization, transliteration, phonetic keys.

Pure functions with no database or Qt: the importer, the editor and the search index all call them.
"""

from .digits import to_ascii_digits, to_persian_digits
from .normalize import match_key, normalize_persian, tidy_persian
from .transliterate import cyrillic_to_icao

__all__ = [
    "cyrillic_to_icao",
    "match_key",
    "normalize_persian",
    "tidy_persian",
    "to_ascii_digits",
    "to_persian_digits",
]
