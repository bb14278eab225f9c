"""Ordering the people found: a candidate's tier and score per query word, and spelling closeness.

Inside the phonetic and fuzzy tiers, people are ordered by how close their spelling is to the query's:
Latin and Cyrillic both write vowels, so their letters are compared; against Persian only the final
vowel, the one vowel Persian always writes, can be.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.names.fuzzy import edit_distance
from accreditation.names.normalize import match_key
from accreditation.names.phonetic import phonetic_variants
from accreditation.names.transliterate import (
    cyrillic_to_icao,
    cyrillic_to_persian,
    latin_to_persian,
    persian_to_latin,
)
from accreditation.search.words import CYRILLIC, FUZZY, PERSIAN, QueryWord, split_words, written_forms
from accreditation.store.models import Delegate


@dataclass
class Candidate:
    delegate_id: int
    words: dict[int, tuple[int, float]] = field(default_factory=dict)  # word index -> (rank, score)
    number: bool = False

    def note(self, index: int, rank: int, score: float) -> None:
        best = self.words.get(index)
        if best is None or (rank, -score) < (best[0], -best[1]):
            self.words[index] = (rank, score)

    @property
    def rank(self) -> int:
        return max((r for r, _s in self.words.values()), default=FUZZY)

    @property
    def score(self) -> float:
        return sum(s for _r, s in self.words.values())


def _script(word: str) -> str:
    if PERSIAN.search(word):
        return "fa"
    if CYRILLIC.search(word):
        return "cyr"
    return "lat"


def _ends_with_vowel(word: str) -> bool:
    """Whether a name word ends in a vowel sound -- the one vowel fact Persian always writes."""
    last = word[-1:]
    if PERSIAN.match(last):
        return last in "اویه"
    if CYRILLIC.match(last):
        return last in "аеиоуыэюяй"
    if last == "h" and word[-2:-1] in ("a", "e"):
        return True
    return last in ("a", "e", "i", "o", "u", "y")


def _latin_form(word: str) -> str:
    return match_key(cyrillic_to_icao(word)).replace(" ", "") if CYRILLIC.search(word) else word


@lru_cache(maxsize=50_000)
def _in_script(word: str, script: str) -> str:
    """A stored name word as the query's script would write it (its normalized form), to compare
    spellings where both are written the same way: Persian against the Persian rendering of a Latin or
    Cyrillic name, Latin against the passport Latin of a Cyrillic one or the Latin reading of a Persian one."""
    own = _script(word)
    if own == script or (script == "cyr" and own == "lat"):
        return _latin_form(word) if script == "cyr" else word
    if script == "fa":
        return match_key(cyrillic_to_persian(word) if own == "cyr" else latin_to_persian(word)).replace(" ", "")
    if own == "fa":
        return match_key(persian_to_latin(word)).replace(" ", "")
    return _latin_form(word)


@lru_cache(maxsize=100_000)
def _likeness(query_word: str, stored_word: str) -> float:
    """How close a stored spelling is to the query's, in points added within a tier (at most 10).

    The final vowel counts first: it is the one vowel Persian always writes. Then the letters, compared
    in the query's script (:func:`_in_script`), so among people who sound alike the one written as typed
    comes first: Həsənov before Hüseynov for «حسن‌اف», GADZHIEV before Hacıyev for "Gadzhiev".
    """
    stored_word = stored_word.casefold()
    ending = 6.0 if _ends_with_vowel(query_word) == _ends_with_vowel(stored_word) else 0.0
    script = _script(query_word)
    query = _latin_form(query_word) if script == "cyr" else query_word
    distance = edit_distance(query, match_key(_in_script(stored_word, script)).replace(" ", ""), 3)
    return ending + max(0.0, 4.0 - 1.5 * distance)


#: Points for the family name when a name is typed alone (the way protocol looks someone up), so that
#: the Aliyevs come before the people whose given name is Ali.
FAMILY_NAME_BONUS = 3.0


def _answers(stored: str, written: str, word: QueryWord) -> bool:
    """Whether a stored name word (normalized, and as written) answers a query word."""
    if any(stored.startswith(form) for form in word.forms):
        return True
    wanted = word.variants
    return any(v.startswith(q) or q.startswith(v) for v in phonetic_variants(written) for q in wanted)


def rerank(
    session: Session, candidates: list[Candidate], words: list[QueryWord], language: str = "en"
) -> dict[int, bytes]:
    """Order people inside each tier: closest spelling first, and a name typed alone as a family name.

    Returns each person's alphabetical key in the reader's language (``language``), which orders
    people that are still equal: Persian names for a Persian reader, native names for a Russian one,
    passport names otherwise.
    """
    ids = [c.delegate_id for c in candidates]
    names: dict[int, list[tuple[str, str]]] = {}
    family: dict[int, set[str]] = {}
    alphabetical: dict[int, bytes] = {}
    order = {
        "fa": (Delegate.name_fa_sort, Delegate.family_sort),
        "ru": (Delegate.native_sort, Delegate.family_sort),
    }.get(language, (Delegate.family_sort, Delegate.given_sort))
    columns = (
        Delegate.id, Delegate.family_name, Delegate.given_name, Delegate.name_fa, Delegate.name_native, *order
    )
    for start in range(0, len(ids), 500):
        for row in session.execute(select(*columns).where(Delegate.id.in_(ids[start : start + 500]))):
            names[row[0]] = list(written_forms(" ".join(p or "" for p in row[1:5])).items())
            family[row[0]] = set(match_key(" ".join(split_words(row[1] or ""))).split())
            alphabetical[row[0]] = b"\x00".join(bytes(k or b"") for k in row[5:])
    for cand in candidates:
        stored = names.get(cand.delegate_id, [])
        for index, (rank, score) in list(cand.words.items()):
            if index >= len(words):
                continue
            word = words[index]
            answering = [(norm, written) for norm, written in stored if _answers(norm, written, word)]
            if not answering:
                continue
            bonus = max(_likeness(word.text, written) for _norm, written in answering)
            if len(words) == 1 and any(norm in family.get(cand.delegate_id, ()) for norm, _ in answering):
                bonus += FAMILY_NAME_BONUS
            cand.words[index] = (rank, score + bonus)
    return alphabetical
