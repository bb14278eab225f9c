"""The query's words, and every key that makes a stored name word answer one of them, tier by tier.

A query is cut into words (hyphens split words too); each :class:`QueryWord` knows its normalized
spellings (exact and prefix tiers), its phonetic skeletons (phonetic tier) and, once the engine has
looked for them, the keys a typo or two away (fuzzy tier). It writes the SQL conditions that find those
keys in ``delegate_name_key`` and classifies a stored key into a tier and a score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from accreditation.names.normalize import match_key
from accreditation.names.phonetic import phonetic_variants
from accreditation.names.transliterate import cyrillic_to_icao
from accreditation.store.search_index import KIND_NORM, KIND_PHON

TIERS: tuple[str, ...] = ("number", "exact", "prefix", "phonetic", "fuzzy")
RANK = {name: rank for rank, name in enumerate(TIERS)}
EXACT, PREFIX, PHONETIC, FUZZY = (RANK[t] for t in ("exact", "prefix", "phonetic", "fuzzy"))
#: A lookup level between prefix and phonetic: whole-word sound-alikes, without completions or typos.
SOUNDS = 30
LEVEL_TIER = {SOUNDS: PHONETIC}
#: Places a desk reads at a glance: a multi-word query stops widening once these are settled.
FILL = 5

#: Rows one lookup may return for the type-ahead path (a multiple of ``limit``, at least this).
MIN_BRANCH_ROWS = 40
#: A query word with fewer matching people than this is also looked up with typos allowed.
TYPO_WHEN_FEWER = 3
MAX_WORDS = 8
#: Query words this short are checked on the people the other words find (see ``KeyLookups.intersect``).
SHORT_WORD = 1
#: Index entries counted per lookup when estimating how common a query word is; a word with at most
#: this many key rows drives the lookup, and each person found is checked for the rest.
PROBE_MAX = 300
ESTIMATE_CAP = PROBE_MAX + 1
#: Sorts after every character a key holds: ``key < word + HIGH`` closes a prefix range.
HIGH = "\uffff"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
PERSIAN = re.compile(r"[\u0600-\u06ff]")
HAS_DIGIT = re.compile(r"\d")
HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014]+")



@dataclass
class QueryWord:
    """One word of the query and every key that would make a stored name word answer it."""

    text: str
    forms: tuple[str, ...]  # normalized spellings: exact and prefix tiers
    variants: tuple[str, ...]  # phonetic skeletons: phonetic tier
    phon_prefix: tuple[str, ...]  # skeletons long enough to be completed as typed
    fuzzy: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, key) -> edits

    @classmethod
    def of(cls, text: str, written: str | None = None) -> QueryWord:
        """``text`` is the word's normalized form; ``written`` the word as typed, letters such as ş, ç,
        ż or ý intact: the phonetic key reads them (Şərifov's ş is sh) before normalizing folds them."""
        forms = [text]
        if CYRILLIC.search(text):  # a Cyrillic query also reads as its passport Latin
            icao = match_key(cyrillic_to_icao(text)).replace(" ", "")
            if icao and icao not in forms:
                forms.append(icao)
        variants: tuple[str, ...] = ()
        if len(text) >= 2 and not HAS_DIGIT.search(text):  # a code is not a name to sound out
            variants = tuple(v for v in phonetic_variants(written or text) if v)
        prefix = tuple(v for v in variants if len(v) >= 3) if len(text) >= 3 else ()
        return cls(text, tuple(forms), variants, prefix)

    def predicate(self, alias: str, *, completions: bool = True) -> tuple[str, list[Any]]:
        """SQL matching a key row of ``alias`` that answers this word at any tier."""
        parts: list[str] = []
        params: list[Any] = []
        for form in self.forms:
            parts.append(f"({alias}.kind = ? AND {alias}.key >= ? AND {alias}.key < ?)")
            params += [KIND_NORM, form, form + HIGH]
        if self.variants:
            parts.append(f"({alias}.kind = ? AND {alias}.key IN ({marks(self.variants)}))")
            params += [KIND_PHON, *self.variants]
        for variant in self.phon_prefix if completions else ():
            parts.append(f"({alias}.kind = ? AND {alias}.key > ? AND {alias}.key < ?)")
            params += [KIND_PHON, variant, variant + HIGH]
        for kind in (KIND_NORM, KIND_PHON) if completions else ():
            keys = [k for (c, k) in self.fuzzy if c == kind]
            if keys:
                parts.append(f"({alias}.kind = ? AND {alias}.key IN ({marks(keys)}))")
                params += [kind, *keys]
        return " OR ".join(parts), params

    def level_predicate(self, alias: str, level: int) -> tuple[str, list[Any]]:
        """SQL matching key rows that answer this word at ``level`` or better."""
        if level == EXACT:
            return f"{alias}.kind = ? AND {alias}.key IN ({marks(self.forms)})", [KIND_NORM, *self.forms]
        if level == PREFIX:
            parts = [f"({alias}.kind = ? AND {alias}.key >= ? AND {alias}.key < ?)" for _ in self.forms]
            params: list[Any] = []
            for form in self.forms:
                params += [KIND_NORM, form, form + HIGH]
            return " OR ".join(parts), params
        return self.predicate(alias, completions=level != SOUNDS)

    def level_terms(self, level: int) -> list[tuple[str, list[Any]]]:
        """The predicate of ``level`` as separate index lookups (one range or IN list each)."""
        terms: list[tuple[str, list[Any]]] = []
        if level == EXACT:
            return [(f"kind = ? AND key IN ({marks(self.forms)})", [KIND_NORM, *self.forms])]
        for form in self.forms:
            terms.append(("kind = ? AND key >= ? AND key < ?", [KIND_NORM, form, form + HIGH]))
        if level == PREFIX:
            return terms
        if self.variants:
            terms.append((f"kind = ? AND key IN ({marks(self.variants)})", [KIND_PHON, *self.variants]))
        if level == SOUNDS:
            return terms
        for variant in self.phon_prefix:
            terms.append(("kind = ? AND key > ? AND key < ?", [KIND_PHON, variant, variant + HIGH]))
        for kind in (KIND_NORM, KIND_PHON):
            keys = [k for (c, k) in self.fuzzy if c == kind]
            if keys:
                terms.append((f"kind = ? AND key IN ({marks(keys)})", [kind, *keys]))
        return terms

    def classify(self, kind: str, key: str) -> tuple[int, float] | None:
        """(tier rank, score) of a stored key for this word, or None when it does not answer it."""
        if kind == KIND_NORM:
            if key in self.forms:
                return EXACT, 100.0
            for form in self.forms:
                if key.startswith(form):
                    return PREFIX, 80.0 - min(20, len(key) - len(form))
        elif kind == KIND_PHON:
            if key in self.variants:
                return PHONETIC, 60.0
            for variant in self.phon_prefix:
                if key.startswith(variant):
                    return PHONETIC, 50.0 - min(20, 3 * (len(key) - len(variant)))
        distance = self.fuzzy.get((kind, key))
        if distance is not None:
            return FUZZY, 30.0 - 10.0 * distance
        return None

    def branches(self) -> list[tuple[int, list[tuple[str, list[Any]]]]]:
        """The anchor word's lookups, best tier first: (tier rank, [(SQL condition on ``a``, params)]).

        The lookups of one tier travel together (one round trip, each lookup with its own limit): a
        lookup stops at a limit in key order, and a common reading (the given name Amir, for "Amirow")
        must not use up the rows the family name Amirov needs.
        """
        out: list[tuple[int, list[tuple[str, list[Any]]]]] = [
            (EXACT, [(f"a.kind = ? AND a.key IN ({marks(self.forms)})", [KIND_NORM, *self.forms])])
        ]
        out.append(
            (PREFIX, [("a.kind = ? AND a.key > ? AND a.key < ?", [KIND_NORM, f, f + HIGH]) for f in self.forms])
        )
        sounds = [("a.kind = ? AND a.key = ?", [KIND_PHON, variant]) for variant in self.variants]
        sounds += [
            ("a.kind = ? AND a.key > ? AND a.key < ?", [KIND_PHON, variant, variant + HIGH])
            for variant in self.phon_prefix
        ]
        if sounds:
            out.append((PHONETIC, sounds))
        typos = [
            (f"a.kind = ? AND a.key IN ({marks(keys)})", [kind, *keys])
            for kind in (KIND_NORM, KIND_PHON)
            if (keys := [k for (c, k) in self.fuzzy if c == kind])
        ]
        if typos:
            out.append((FUZZY, typos))
        return out


def marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def split_words(text: str) -> list[str]:
    """Words of a name, a hyphenated one counting as its parts ("Younes-Rostami")."""
    return HYPHENS.sub(" ", text).split()


def query_words(query: str) -> list[str]:
    return match_key(" ".join(split_words(query))).split()[:MAX_WORDS]


def written_forms(text: str) -> dict[str, str]:
    """Each normalized word of ``text`` -> the word as written (for the phonetic key; see QueryWord.of)."""
    forms: dict[str, str] = {}
    for word in split_words(text):
        normalized = match_key(word).split()
        if len(normalized) == 1:
            forms.setdefault(normalized[0], word)
    return forms
