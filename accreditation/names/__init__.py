"""Names across Persian, Cyrillic and Latin scripts: normalization, transliteration, phonetic keys, the
order of each alphabet (:mod:`.collation`) and the bounded edit distance of the typo tier (:mod:`.fuzzy`).

Pure functions with no database or Qt: the importer, the editor and the search index all call them.
"""

from accreditation.names.normalize import match_key, normalize_persian, tidy_persian
from accreditation.names.persian import PersianProposal, propose_persian
from accreditation.names.phonetic import phonetic_key, phonetic_variants, phonetic_words
from accreditation.names.transliterate import (
    cyrillic_to_icao,
    cyrillic_to_persian,
    latin_to_persian,
    persian_to_latin,
    suggest_latin,
    suggest_persian,
)

__all__ = [
    "PersianProposal",
    "propose_persian",
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
]
