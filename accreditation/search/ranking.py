"""Ordering the people found: a candidate's tier and score per query word, and spelling closeness.

Inside the phonetic and fuzzy tiers, people are ordered by how close their spelling is to the query's:
Latin and Cyrillic both write vowels, so their letters are compared; against Persian only the final
vowel, the one vowel Persian always writes, can be.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.names.fuzzy import edit_distance
from accreditation.names.normalize import match_key
from accreditation.names.phonetic import phonetic_variants
from accreditation.names.transliterate import cyrillic_to_icao
from accreditation.search.words import CYRILLIC, FUZZY, PERSIAN, PHONETIC, QueryWord, split_words
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


def _likeness(query_word: str, stored_word: str) -> float:
    """How close two spellings with the same skeleton are, in points added to a phonetic match.

    Latin and Cyrillic both write vowels, so their letters are compared (Cyrillic through its ICAO
    form) on top of the final vowel; against Persian only the final vowel, which Persian writes, can.
    """
    ending = 6.0 if _ends_with_vowel(query_word) == _ends_with_vowel(stored_word) else 0.0
    if "fa" in (_script(query_word), _script(stored_word)):
        return ending
    distance = edit_distance(_latin_form(query_word), _latin_form(stored_word), 3)
    return ending + max(0.0, 4.0 - 1.5 * distance)


def rerank(session: Session, candidates: list[Candidate], words: list[QueryWord]) -> None:
    """Order people inside the phonetic and fuzzy tiers by how close their spelling is to the query's."""
    ids = [c.delegate_id for c in candidates]
    names: dict[int, list[str]] = {}
    columns = (Delegate.id, Delegate.given_name, Delegate.family_name, Delegate.name_fa, Delegate.name_native)
    for start in range(0, len(ids), 500):
        for row in session.execute(select(*columns).where(Delegate.id.in_(ids[start : start + 500]))):
            text = " ".join(split_words(" ".join(p or "" for p in row[1:])))
            names[row[0]] = match_key(text).split()
    for cand in candidates:
        stored = names.get(cand.delegate_id, [])
        for index, (rank, score) in list(cand.words.items()):
            if rank < PHONETIC or index >= len(words):
                continue
            wanted = set(words[index].variants)
            sounding = [
                w
                for w in stored
                if any(v.startswith(q) or q.startswith(v) for v in phonetic_variants(w) for q in wanted)
            ]
            if sounding:
                cand.words[index] = (rank, score + max(_likeness(words[index].text, w) for w in sounding))
