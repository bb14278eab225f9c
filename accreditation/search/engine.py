"""Find anyone in a second, in any script: the search engine the desk, the window and the CLI share.

How a query runs. The text is cut into words by :func:`~accreditation.names.match_key` (hyphens split
words too), so quotes, stars, parentheses, ``%``, ``_``, backslashes, ``OR`` and ``NEAR`` are ordinary
characters: every value reaches SQL as a bound parameter and no LIKE pattern is ever built from user
text. Each word is answered by key rows of ``delegate_name_key`` found with indexed range scans on
``(kind, key)`` -- ``key >= w AND key < w || U+FFFF`` -- at four tiers:

* **exact**: a name word whose normalized spelling equals the query word (a Cyrillic word is also
  compared through its ICAO passport spelling);
* **prefix**: one that starts with it (type-ahead: "Haghsh" finds Haghshenas);
* **phonetic**: one whose cross-script skeleton equals the query's, or starts with it once three
  classes are typed (Babouchkine, «بابوشکین» and «Бабушкин» for Babushkin);
* **fuzzy**: one whose spelling or skeleton is one or two edits away (typos), tried only for words
  that (almost) nobody answers.

A person must answer every word; the person's tier is the weakest among the words, and results are
ranked exact, then prefix, then phonetic, then fuzzy; inside a tier by score (shorter completions; for
sound-alikes, spelling closeness and an agreeing final vowel, the one vowel Persian always writes).
Lookups go tier by tier and stop once ``limit`` people are certain, so a common name costs no more than
a rare one. With several words the rarest word drives (an estimate from index-only counts): a rare word
is looked up and each person found is checked for the others; common words are intersected as sets.
When almost nobody answers, three fall-backs run: adjacent words joined ("حق شناس", "Ali Akbar" for
علی‌اکبر), typos, and people answering only some words (ordered by how rare those words are). Titles and
organization names answer when names did not. A query holding digits also looks up badge numbers,
passport numbers and phones; those hits come first, tier ``"number"``.

Filters (region code, category code, status, checked in or not) are part of every lookup, as a probe
of the person's row, so a narrow filter never starves the result list. "Checked in" means admitted at
least once (a ``check_in`` row, at the registration desk or at a session's door).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.i18n.digits import to_ascii_digits
from accreditation.names.fuzzy import edit_distance
from accreditation.names.normalize import match_key
from accreditation.names.phonetic import phonetic_variants
from accreditation.names.transliterate import cyrillic_to_icao
from accreditation.store import search_index  # noqa: F401  (registers the listener that keeps the keys right)
from accreditation.store.models import (
    Badge,
    BadgeStatus,
    Category,
    Delegate,
    Delegation,
    Event,
    Organization,
    Region,
)
from accreditation.store.search_index import KIND_NORM, KIND_PHON, KIND_PHONE, KIND_TEXT, NATIONAL_DIGITS

TIERS: tuple[str, ...] = ("number", "exact", "prefix", "phonetic", "fuzzy")
_RANK = {name: rank for rank, name in enumerate(TIERS)}
EXACT, PREFIX, PHONETIC, FUZZY = (_RANK[t] for t in ("exact", "prefix", "phonetic", "fuzzy"))
#: A lookup level between prefix and phonetic: whole-word sound-alikes, without completions or typos.
SOUNDS = 30
_LEVEL_TIER = {SOUNDS: PHONETIC}
#: Places a desk reads at a glance: a multi-word query stops widening once these are settled.
FILL = 5

#: Rows one lookup may return for the type-ahead path (a multiple of ``limit``, at least this).
MIN_BRANCH_ROWS = 40
#: A query word with fewer matching people than this is also looked up with typos allowed.
TYPO_WHEN_FEWER = 3
MAX_WORDS = 8
#: Query words this short are checked on the people the other words find (see ``_Sql.intersect``).
SHORT_WORD = 1
#: Index entries counted per lookup when estimating how common a query word is.
PROBE_MAX = 300
ESTIMATE_CAP = PROBE_MAX + 1
#: A word with at most this many key rows drives the lookup; each person found is checked for the rest.
_HIGH = "\uffff"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PERSIAN = re.compile(r"[\u0600-\u06ff]")
_DIGITS_ONLY = re.compile(r"\D+")
_CODE_CHARS = re.compile(r"[^0-9A-Za-z]+")
_HAS_DIGIT = re.compile(r"\d")
_HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014]+")


@dataclass(frozen=True)
class SearchHit:
    """One person found: why (``tier``) and how well (``score``, higher is better within a tier)."""

    delegate_id: int
    score: float
    tier: str


# --- query words --------------------------------------------------------------------------------------


@dataclass
class _Word:
    """One word of the query and every key that would make a stored name word answer it."""

    text: str
    forms: tuple[str, ...]  # normalized spellings: exact and prefix tiers
    variants: tuple[str, ...]  # phonetic skeletons: phonetic tier
    phon_prefix: tuple[str, ...]  # skeletons long enough to be completed as typed
    fuzzy: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, key) -> edits

    @classmethod
    def of(cls, text: str) -> _Word:
        forms = [text]
        if _CYRILLIC.search(text):  # a Cyrillic query also reads as its passport Latin
            icao = match_key(cyrillic_to_icao(text)).replace(" ", "")
            if icao and icao not in forms:
                forms.append(icao)
        variants: tuple[str, ...] = ()
        if len(text) >= 2 and not _HAS_DIGIT.search(text):  # a code is not a name to sound out
            variants = tuple(v for v in phonetic_variants(text) if v)
        prefix = tuple(v for v in variants if len(v) >= 3) if len(text) >= 3 else ()
        return cls(text, tuple(forms), variants, prefix)

    def predicate(self, alias: str, *, completions: bool = True) -> tuple[str, list[Any]]:
        """SQL matching a key row of ``alias`` that answers this word at any tier."""
        parts: list[str] = []
        params: list[Any] = []
        for form in self.forms:
            parts.append(f"({alias}.kind = ? AND {alias}.key >= ? AND {alias}.key < ?)")
            params += [KIND_NORM, form, form + _HIGH]
        if self.variants:
            parts.append(f"({alias}.kind = ? AND {alias}.key IN ({_marks(self.variants)}))")
            params += [KIND_PHON, *self.variants]
        for variant in self.phon_prefix if completions else ():
            parts.append(f"({alias}.kind = ? AND {alias}.key > ? AND {alias}.key < ?)")
            params += [KIND_PHON, variant, variant + _HIGH]
        for kind in (KIND_NORM, KIND_PHON) if completions else ():
            keys = [k for (c, k) in self.fuzzy if c == kind]
            if keys:
                parts.append(f"({alias}.kind = ? AND {alias}.key IN ({_marks(keys)}))")
                params += [kind, *keys]
        return " OR ".join(parts), params

    def level_predicate(self, alias: str, level: int) -> tuple[str, list[Any]]:
        """SQL matching key rows that answer this word at ``level`` or better."""
        if level == EXACT:
            return f"{alias}.kind = ? AND {alias}.key IN ({_marks(self.forms)})", [KIND_NORM, *self.forms]
        if level == PREFIX:
            parts = [f"({alias}.kind = ? AND {alias}.key >= ? AND {alias}.key < ?)" for _ in self.forms]
            params: list[Any] = []
            for form in self.forms:
                params += [KIND_NORM, form, form + _HIGH]
            return " OR ".join(parts), params
        return self.predicate(alias, completions=level != SOUNDS)

    def level_terms(self, level: int) -> list[tuple[str, list[Any]]]:
        """The predicate of ``level`` as separate index lookups (one range or IN list each)."""
        terms: list[tuple[str, list[Any]]] = []
        if level == EXACT:
            return [(f"kind = ? AND key IN ({_marks(self.forms)})", [KIND_NORM, *self.forms])]
        for form in self.forms:
            terms.append(("kind = ? AND key >= ? AND key < ?", [KIND_NORM, form, form + _HIGH]))
        if level == PREFIX:
            return terms
        if self.variants:
            terms.append((f"kind = ? AND key IN ({_marks(self.variants)})", [KIND_PHON, *self.variants]))
        if level == SOUNDS:
            return terms
        for variant in self.phon_prefix:
            terms.append(("kind = ? AND key > ? AND key < ?", [KIND_PHON, variant, variant + _HIGH]))
        for kind in (KIND_NORM, KIND_PHON):
            keys = [k for (c, k) in self.fuzzy if c == kind]
            if keys:
                terms.append((f"kind = ? AND key IN ({_marks(keys)})", [kind, *keys]))
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

    def branches(self) -> list[tuple[int, str, list[Any]]]:
        """The anchor word's lookups, best tier first: (tier rank, SQL condition on ``a``, params)."""
        out: list[tuple[int, str, list[Any]]] = [
            (EXACT, f"a.kind = ? AND a.key IN ({_marks(self.forms)})", [KIND_NORM, *self.forms])
        ]
        for form in self.forms:
            out.append((PREFIX, "a.kind = ? AND a.key > ? AND a.key < ?", [KIND_NORM, form, form + _HIGH]))
        if self.variants:
            out.append(
                (PHONETIC, f"a.kind = ? AND a.key IN ({_marks(self.variants)})", [KIND_PHON, *self.variants])
            )
        for variant in self.phon_prefix:
            out.append(
                (PHONETIC, "a.kind = ? AND a.key > ? AND a.key < ?", [KIND_PHON, variant, variant + _HIGH])
            )
        for kind in (KIND_NORM, KIND_PHON):
            keys = [k for (c, k) in self.fuzzy if c == kind]
            if keys:
                out.append((FUZZY, f"a.kind = ? AND a.key IN ({_marks(keys)})", [kind, *keys]))
        return out


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _split_words(text: str) -> list[str]:
    """Words of a name, a hyphenated one counting as its parts ("Younes-Rostami")."""
    return _HYPHENS.sub(" ", text).split()


def _query_words(query: str) -> list[str]:
    return match_key(" ".join(_split_words(query))).split()[:MAX_WORDS]


# --- SQL ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Filters:
    region: str | None = None
    category: str | None = None
    status: str | None = None
    checked_in: bool | None = None

    def condition(self, id_column: str) -> tuple[str, list[Any]]:
        """An EXISTS on the person's row (a primary-key probe) for the region/category/status filters."""
        if self.region is None and self.category is None and self.status is None and self.checked_in is None:
            return "", []
        joins: list[str] = []
        where = [f"d.id = {id_column}"]
        params: list[Any] = []
        if self.region is not None:
            joins.append("JOIN delegation g ON g.id = d.delegation_id JOIN region r ON r.id = g.region_id")
            where.append("r.code = ?")
            params.append(self.region)
        if self.category is not None:
            joins.append("JOIN category c ON c.id = d.category_id")
            where.append("c.code = ?")
            params.append(self.category)
        if self.status is not None:
            where.append("d.status = ?")
            params.append(self.status)
        if self.checked_in is not None:
            # Checked in: admitted at least once, at the registration desk or at a session's door.
            admitted = "EXISTS (SELECT 1 FROM check_in ci WHERE ci.delegate_id = d.id)"
            where.append(admitted if self.checked_in else f"NOT {admitted}")
        sql = f"EXISTS (SELECT 1 FROM delegate d {' '.join(joins)} WHERE {' AND '.join(where)})"
        return sql, params


class _Sql:
    """Plain driver SQL with bound parameters for the few fixed shapes of lookup.

    A type-ahead query is a handful of tiny index lookups; building SQLAlchemy statements for each would
    cost more than SQLite answering them. Every value is a bound parameter, never spliced into the text.
    On SQLite the index of each lookup is named, so the planner cannot pick a scan.
    """

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        style = self.conn.dialect.paramstyle
        mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(style)
        if mark is None:
            raise RuntimeError(f"search needs a qmark or format paramstyle driver, not {style}")
        self.mark = mark

    def by_key(self) -> str:
        return " INDEXED BY ix_delegate_name_key_kind_key" if self.sqlite else ""

    def by_delegate(self) -> str:
        return " INDEXED BY ix_delegate_name_key_delegate_id" if self.sqlite else ""

    def rows(self, sql: str, params: Sequence[Any]) -> list[Any]:
        if self.mark != "?":
            sql = sql.replace("%", "%%").replace("?", self.mark)
        return list(self.conn.exec_driver_sql(sql, tuple(params)))

    def range(self, kind: str, key: str, cap: int) -> list[tuple[int, str]]:
        sql = (
            f"SELECT delegate_id, key FROM delegate_name_key{self.by_key()} "
            "WHERE kind = ? AND key >= ? AND key < ? LIMIT ?"
        )
        return [(r[0], r[1]) for r in self.rows(sql, (kind, key, key + _HIGH, cap))]

    def vocabulary(self, kind: str, start: str, cap: int = 20_000) -> list[str]:
        """Distinct keys of ``kind`` starting with ``start``: an index-only scan, for the typo tier."""
        sql = (
            f"SELECT DISTINCT key FROM delegate_name_key{self.by_key()} "
            "WHERE kind = ? AND key >= ? AND key < ? LIMIT ?"
        )
        return [r[0] for r in self.rows(sql, (kind, start, start + _HIGH, cap))]

    def intersect(self, words: list[_Word], level: int, filters: _Filters, cap: int) -> list[int]:
        """People with a key answering each word at ``level`` or better: one INTERSECT of index scans.

        Sets, not nested probes: every side is a range scan on ``(kind, key)`` whose rows lie together in
        the table (the index writes them sorted), so even a common given name costs one sequential read.
        """
        # A one-letter word ("Majid M", typed so far) would make its side of the INTERSECT a scan of a
        # whole letter; it is left out here and checked on the keys of the people found (``classify``).
        longest = max(len(w.text) for w in words)
        scanned = [w for w in words if len(w.text) > SHORT_WORD or len(w.text) == longest]
        selects: list[str] = []
        params: list[Any] = []
        for word in scanned:
            predicate, word_params = word.level_predicate("a", level)
            selects.append(f"SELECT a.delegate_id FROM delegate_name_key a WHERE {predicate}")
            params += word_params
        condition, filter_params = filters.condition("m.delegate_id")
        sql = f"SELECT m.delegate_id FROM ({' INTERSECT '.join(selects)}) m"
        if condition:
            sql += f" WHERE {condition}"
            params += filter_params
        return [r[0] for r in self.rows(sql + " LIMIT ?", (*params, cap))]

    def answering(
        self, condition: str, params: list[Any], filters: _Filters, cap: int
    ) -> list[tuple[int, str, str]]:
        """(delegate_id, kind, key) of key rows meeting ``condition`` (on alias ``a``), filters applied."""
        filter_sql, filter_params = filters.condition("a.delegate_id")
        where = condition + (f" AND {filter_sql}" if filter_sql else "")
        sql = f"SELECT a.delegate_id, a.kind, a.key FROM delegate_name_key a{self.by_key()} WHERE {where} LIMIT ?"
        return [(r[0], r[1], r[2]) for r in self.rows(sql, (*params, *filter_params, cap))]

    def keys_of(self, ids: Sequence[int]) -> list[tuple[int, str, str]]:
        out: list[tuple[int, str, str]] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            sql = (
                f"SELECT delegate_id, kind, key FROM delegate_name_key{self.by_delegate()} "
                f"WHERE delegate_id IN ({_marks(chunk)}) AND kind IN (?, ?)"
            )
            out += [(r[0], r[1], r[2]) for r in self.rows(sql, (*chunk, KIND_NORM, KIND_PHON))]
        return out

    def estimate(self, words: list[_Word], level: int, cap: int = ESTIMATE_CAP) -> list[int]:
        """Key rows answering each word at ``level`` (at most ``cap`` per lookup): index-only counts.

        One round trip for all words. Tells the planner which word is rarest, and that a level is
        hopeless when a word has no key at all.
        """
        columns: list[str] = []
        params: list[Any] = []
        for word in words:
            parts: list[str] = []
            for condition, term_params in word.level_terms(level):
                parts.append(
                    f"(SELECT count(*) FROM (SELECT 1 FROM delegate_name_key{self.by_key()} "
                    f"WHERE {condition} LIMIT ?) AS capped)"
                )
                params += [*term_params, cap]
            columns.append(" + ".join(parts) if parts else "0")
        return [int(v) for v in self.rows("SELECT " + ", ".join(columns), params)[0]]

    def probe(self, driver: _Word, others: list[_Word], level: int, filters: _Filters, cap: int) -> list[int]:
        """People found from the rarest word's keys, each checked for the other words by ``delegate_id``."""
        predicate, params = driver.level_predicate("a", level)
        where = [f"({predicate})"]
        for word in others:
            other, other_params = word.level_predicate("b", level)
            where.append(
                f"EXISTS (SELECT 1 FROM delegate_name_key b{self.by_delegate()} "
                f"WHERE b.delegate_id = a.delegate_id AND ({other}))"
            )
            params += other_params
        condition, filter_params = filters.condition("a.delegate_id")
        if condition:
            where.append(condition)
            params += filter_params
        sql = f"SELECT DISTINCT a.delegate_id FROM delegate_name_key a WHERE {' AND '.join(where)} LIMIT ?"
        return [r[0] for r in self.rows(sql, (*params, cap))]

    def count_answering(self, word: _Word, cap: int) -> int:
        predicate, params = word.predicate("a")
        sql = f"SELECT DISTINCT a.delegate_id FROM delegate_name_key a WHERE {predicate} LIMIT ?"
        return len(self.rows(sql, (*params, cap)))


# --- candidates ---------------------------------------------------------------------------------------


@dataclass
class _Candidate:
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


def _branch_rows(limit: int) -> int:
    return max(MIN_BRANCH_ROWS, 2 * limit)


def _full_matches(
    sql: _Sql, words: list[_Word], filters: _Filters, limit: int, found: dict[int, _Candidate]
) -> None:
    """People answering every word, best tier first, until ``limit`` of them are certain.

    One word: its lookups in tier order, each a bounded index range. Several words: the people whose
    keys answer all words exactly, then with prefixes, then phonetically (or with typos), each an
    INTERSECT in SQL; the keys of the people found then say which tier each word reached.
    """
    cap = _branch_rows(limit)
    if len(words) == 1:
        word = words[0]
        branches = word.branches()
        for number, (_tier, condition, params) in enumerate(branches):
            for delegate_id, kind, key in sql.answering(condition, params, filters, cap):
                verdict = word.classify(kind, key)
                if verdict is not None:
                    found.setdefault(delegate_id, _Candidate(delegate_id)).note(0, *verdict)
            # Later lookups find only weaker matches: once enough people rank at or above the next
            # lookup's tier, nothing later can move into the list.
            if number + 1 < len(branches) and _certain(found, 1, branches[number + 1][0]) >= limit:
                return
        return
    # Sound-alikes first as whole words, then as completions of what is typed (and typos, if any).
    levels = [EXACT, PREFIX, SOUNDS, PHONETIC]
    cap = limit + FILL
    for number, level in enumerate(levels):
        # Plan by the rarest word: a level some word cannot meet is skipped; a rare word drives probes
        # of the others; only when every word is common are whole sets intersected.
        longer = [w for w in words if len(w.text) > SHORT_WORD] or words
        counted = dict(zip(map(id, longer), sql.estimate(longer, level), strict=True))
        sizes = [counted.get(id(w), ESTIMATE_CAP) for w in words]
        if any(counted[id(w)] == 0 for w in longer):
            continue  # some word has no key at this level: nobody can answer them all here
        rarest = min(range(len(words)), key=lambda i: sizes[i])
        if sizes[rarest] <= PROBE_MAX:
            others = [w for i, w in enumerate(words) if i != rarest and len(w.text) > SHORT_WORD]
            ids = sql.probe(words[rarest], others, level, filters, cap + len(found))
        else:
            ids = sql.intersect(words, level, filters, cap + len(found))
        ids = [i for i in ids if i not in found]
        for delegate_id, kind, key in sql.keys_of(ids):
            cand = found.setdefault(delegate_id, _Candidate(delegate_id))
            for index, word in enumerate(words):
                verdict = word.classify(kind, key)
                if verdict is not None:
                    cand.note(index, *verdict)
        if number + 1 < len(levels):
            next_tier = _LEVEL_TIER.get(levels[number + 1], levels[number + 1])
            if _certain(found, len(words), next_tier) >= limit:
                return
            if _certain(found, len(words), _LEVEL_TIER.get(level, level)) >= FILL:
                # The first FILL places are settled: what later (costlier, weaker) lookups find could
                # only come after them, and a desk reads the first few. Fewer than ``limit`` is fine.
                return


def _certain(found: dict[int, _Candidate], word_count: int, tier: int) -> int:
    return sum(1 for c in found.values() if len(c.words) == word_count and c.rank <= tier)


def _add_typos(sql: _Sql, word: _Word) -> None:
    """Keys one or two edits from the word: spelling and skeleton, each sharing its first two symbols."""
    text = word.text
    if len(text) < 4 or _HAS_DIGIT.search(text):
        return
    limit = 1 if len(text) <= 5 else 2
    for key in sql.vocabulary(KIND_NORM, text[:2]):
        if abs(len(key) - len(text)) <= limit:
            distance = edit_distance(text, key, limit)
            if 0 < distance <= limit:
                word.fuzzy[(KIND_NORM, key)] = distance
    for variant in word.variants:
        if len(variant) < 3:
            continue
        for key in sql.vocabulary(KIND_PHON, variant[:2]):
            if abs(len(key) - len(variant)) <= 1 and key not in word.variants:
                if edit_distance(variant, key, 1) == 1:
                    word.fuzzy[(KIND_PHON, key)] = 2
    if len(word.fuzzy) > 200:  # a very short or common skeleton: keep the closest
        word.fuzzy = dict(sorted(word.fuzzy.items(), key=lambda item: item[1])[:200])


def _text_matches(
    session: Session, sql: _Sql, words: list[_Word], filters: _Filters, limit: int
) -> list[_Candidate]:
    """Titles (stored as keys) and organization names: for "interpreter", "خبرنگار", "News Agency"."""
    out: dict[int, _Candidate] = {}
    anchor_index = max(range(len(words)), key=lambda i: len(words[i].text))
    anchor = words[anchor_index].text
    where = ["a.kind = ? AND a.key >= ? AND a.key < ?"]
    params: list[Any] = [KIND_TEXT, anchor, anchor + _HIGH]
    for i, word in enumerate(words):
        if i != anchor_index:
            where.append(
                f"EXISTS (SELECT 1 FROM delegate_name_key b{sql.by_delegate()} WHERE b.delegate_id = a.delegate_id "
                "AND b.kind = ? AND b.key >= ? AND b.key < ?)"
            )
            params += [KIND_TEXT, word.text, word.text + _HIGH]
    condition, filter_params = filters.condition("a.delegate_id")
    if condition:
        where.append(condition)
        params += filter_params
    rows = sql.rows(
        f"SELECT a.delegate_id, a.key FROM delegate_name_key a{sql.by_key()} WHERE {' AND '.join(where)} LIMIT ?",
        (*params, _branch_rows(limit)),
    )
    for delegate_id, key in rows:
        cand = out.setdefault(delegate_id, _Candidate(delegate_id))
        for i in range(len(words)):
            exact = key == words[i].text if i == anchor_index else False
            cand.note(i, EXACT if exact else PREFIX, 40.0 if exact else 35.0)
    org_ids = [
        org_id
        for org_id, org_words in _organization_words(session).items()
        if all(any(w.startswith(q.text) for w in org_words) for q in words)
    ]
    if org_ids:
        condition, filter_params = filters.condition("x.id")
        stmt = f"SELECT x.id FROM delegate x WHERE x.organization_id IN ({_marks(org_ids)})"
        if condition:
            stmt += f" AND {condition}"
        for (delegate_id,) in sql.rows(stmt + " LIMIT ?", (*org_ids, *filter_params, _branch_rows(limit))):
            cand = out.setdefault(delegate_id, _Candidate(delegate_id))
            for i in range(len(words)):
                cand.note(i, PREFIX, 35.0)
    return list(out.values())


def _organization_words(session: Session) -> dict[int, list[str]]:
    """Every organization's name words in all scripts: a small table, read only when names did not answer."""
    columns = (Organization.id, Organization.name_en, Organization.name_fa, Organization.name_native)
    return {
        org_id: match_key(" ".join(n or "" for n in names)).split()
        for org_id, *names in session.execute(select(*columns))
    }


def _numbers(session: Session, sql: _Sql, query: str, filters: _Filters) -> list[int]:
    """People whose badge number, passport number or phone matches a query holding digits."""
    ascii_query = to_ascii_digits(query)
    digits = _DIGITS_ONLY.sub("", ascii_query)
    if not digits:
        return []
    found: list[int] = []
    code = _CODE_CHARS.sub("", ascii_query).upper()
    if code:
        stmt = (
            select(Delegate.id)
            .where(Delegate.document_no >= code, Delegate.document_no < code + _HIGH)
            .limit(200)
        )
        found.extend(session.scalars(stmt))
    if code == digits and len(digits) <= 9:
        events = list(session.scalars(select(Event.id)))
        stmt = select(Badge.delegate_id).where(Badge.event_id.in_(events), Badge.number == int(digits))
        found.extend(session.scalars(stmt))
    if len(digits) >= 4 and code == digits:
        for probe in {digits, digits.lstrip("0")[:NATIONAL_DIGITS]}:
            if len(probe) >= 3:
                found.extend(delegate_id for delegate_id, _ in sql.range(KIND_PHONE, probe, 200))
    found = list(dict.fromkeys(found))
    if found and filters.condition("x.id")[0]:
        condition, params = filters.condition("x.id")
        rows = sql.rows(
            f"SELECT x.id FROM delegate x WHERE x.id IN ({_marks(found)}) AND {condition}", (*found, *params)
        )
        allowed = {r[0] for r in rows}
        found = [i for i in found if i in allowed]
    return found


def _script(word: str) -> str:
    if _PERSIAN.search(word):
        return "fa"
    if _CYRILLIC.search(word):
        return "cyr"
    return "lat"


def _ends_with_vowel(word: str) -> bool:
    """Whether a name word ends in a vowel sound -- the one vowel fact Persian always writes."""
    last = word[-1:]
    if _PERSIAN.match(last):
        return last in "اویه"
    if _CYRILLIC.match(last):
        return last in "аеиоуыэюяй"
    if last == "h" and word[-2:-1] in ("a", "e"):
        return True
    return last in ("a", "e", "i", "o", "u", "y")


def _latin_form(word: str) -> str:
    return match_key(cyrillic_to_icao(word)).replace(" ", "") if _CYRILLIC.search(word) else word


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


def _rerank(session: Session, candidates: list[_Candidate], words: list[_Word]) -> None:
    """Order people inside the phonetic and fuzzy tiers by how close their spelling is to the query's."""
    ids = [c.delegate_id for c in candidates]
    names: dict[int, list[str]] = {}
    columns = (Delegate.id, Delegate.given_name, Delegate.family_name, Delegate.name_fa, Delegate.name_native)
    for start in range(0, len(ids), 500):
        for row in session.execute(select(*columns).where(Delegate.id.in_(ids[start : start + 500]))):
            text = " ".join(_split_words(" ".join(p or "" for p in row[1:])))
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


def search(
    session: Session,
    query: str,
    *,
    limit: int = 20,
    region: str | None = None,
    category: str | None = None,
    status: str | None = None,
    checked_in: bool | None = None,
) -> list[SearchHit]:
    """The people a desk means by ``query``, best first (see the module docstring for the tiers)."""
    if limit <= 0:
        return []
    texts = _query_words(query)
    if not texts:
        return []
    sql = _Sql(session)
    filters = _Filters(region, category, status, checked_in)
    words = [_Word.of(t) for t in texts]
    found: dict[int, _Candidate] = {}

    for delegate_id in _numbers(session, sql, query, filters):
        found[delegate_id] = _Candidate(delegate_id, number=True)
    _full_matches(sql, words, filters, limit, found)

    def complete() -> int:
        return sum(1 for c in found.values() if len(c.words) == len(words))

    def merge(results: dict[int, _Candidate], mapping: list[list[int]]) -> None:
        """Fold results of a rewritten query back onto the original words (``mapping``: new -> old)."""
        for delegate_id, cand in results.items():
            target = found.setdefault(delegate_id, _Candidate(delegate_id))
            for new_index, (rank, score) in cand.words.items():
                for old_index in mapping[new_index]:
                    target.note(old_index, rank, score)

    if 1 < len(words) <= 4 and complete() < TYPO_WHEN_FEWER:
        # A name stored as one word typed as two: "حق شناس", "Hagh Shenas", "Ali Akbar" for علی‌اکبر.
        rewrites: list[tuple[list[str], list[list[int]]]] = []
        if len(texts) > 2:
            rewrites.append((["".join(texts)], [list(range(len(texts)))]))
        for i in range(len(texts) - 1):
            merged = [*texts[:i], texts[i] + texts[i + 1], *texts[i + 2 :]]
            mapping = [[j] for j in range(i)] + [[i, i + 1]] + [[j] for j in range(i + 2, len(texts))]
            rewrites.append((merged, mapping))
        for merged, mapping in rewrites:
            results: dict[int, _Candidate] = {}
            _full_matches(sql, [_Word.of(t) for t in merged], filters, limit, results)
            merge(results, mapping)
    counts: dict[int, int] = {}
    if complete() < TYPO_WHEN_FEWER:
        counts = {i: sql.count_answering(w, 200) for i, w in enumerate(words)}
    if complete() < TYPO_WHEN_FEWER:
        # The typo tier, for words that (almost) nobody answers.
        sparse = [w for i, w in enumerate(words) if counts.get(i, 0) < TYPO_WHEN_FEWER]
        for word in sparse:
            _add_typos(sql, word)
        if any(w.fuzzy for w in sparse):
            _full_matches(sql, words, filters, limit, found)
    if complete() < limit and not any(
        len(c.words) == len(words) and c.rank <= PREFIX for c in found.values()
    ):
        merge(
            {c.delegate_id: c for c in _text_matches(session, sql, words, filters, limit)},
            [[i] for i in range(len(words))],
        )
    weight: dict[int, float] = {}
    if len(words) > 1 and complete() == 0:
        # Nobody answers every word: people answering some, ordered by the rarer words they answer --
        # a word matching few people ("Zarif") says more than a common one ("Javad").
        for index, word in enumerate(words):
            weight[index] = 1.0 / (1.0 + math.log1p(counts.get(index, 0)))
            alone: dict[int, _Candidate] = {}
            _full_matches(sql, [word], filters, limit, alone)
            merge(alone, [[index]])

    def order(c: _Candidate) -> tuple[int, int, int, float]:
        missing = len(words) - len(c.words)
        if c.number:
            return (0, 0, 0, -c.score)
        if missing:
            return (1, missing, 0, -sum(s * weight.get(i, 1.0) for i, (_r, s) in c.words.items()))
        return (1, 0, c.rank, -c.score)

    ranked = sorted((c for c in found.values() if c.words or c.number), key=order)
    head = ranked[: max(3 * limit, MIN_BRANCH_ROWS)]
    if any(c.words and c.rank >= PHONETIC for c in head):
        _rerank(session, head, words)
        ranked = sorted(head, key=order) + ranked[len(head) :]
    hits: list[SearchHit] = []
    for cand in ranked[:limit]:
        missing = len(words) - len(cand.words)
        tier = "number" if cand.number else TIERS[cand.rank]
        hits.append(SearchHit(cand.delegate_id, round(cand.score - 100.0 * missing, 2), tier))
    return hits


def _current_badges(session: Session, ids: Iterable[int]) -> dict[int, int]:
    """Each person's badge number: the latest version that is not revoked."""
    stmt = (
        select(Badge.delegate_id, Badge.number, Badge.version)
        .where(Badge.delegate_id.in_(list(ids)), Badge.status != BadgeStatus.REVOKED)
        .order_by(Badge.delegate_id, Badge.version)
    )
    return {delegate_id: number for delegate_id, number, _version in session.execute(stmt)}


def search_dicts(session: Session, query: str, limit: int = 20, **filters: Any) -> list[dict[str, Any]]:
    """The hits as plain objects for JSON (the CLI's ``--json``), best first."""
    hits = search(session, query, limit=limit, **filters)
    if not hits:
        return []
    ids = [h.delegate_id for h in hits]
    stmt = (
        select(Delegate, Region.code, Category.code, Organization.name_en, Organization.name_fa)
        .join(Category, Delegate.category_id == Category.id)
        .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        .outerjoin(Region, Delegation.region_id == Region.id)
        .outerjoin(Organization, Delegate.organization_id == Organization.id)
        .where(Delegate.id.in_(ids))
    )
    rows = {
        d.id: (d, region, cat, org_en, org_fa) for d, region, cat, org_en, org_fa in session.execute(stmt)
    }
    badges = _current_badges(session, ids)
    out: list[dict[str, Any]] = []
    for hit in hits:
        delegate, region_code, category_code, org_en, org_fa = rows[hit.delegate_id]
        out.append(
            {
                "id": delegate.id,
                "given_name": delegate.given_name,
                "family_name": delegate.family_name,
                "name_fa": delegate.name_fa,
                "name_native": delegate.name_native,
                "region": region_code,
                "organization": org_en or org_fa or None,
                "organization_fa": org_fa or None,
                "category": category_code,
                "title": delegate.title_en,
                "title_fa": delegate.title_fa,
                "status": str(delegate.status),
                "document_no": delegate.document_no,
                "badge_no": badges.get(delegate.id),
                "score": hit.score,
                "tier": hit.tier,
            }
        )
    return out


__all__ = ["SearchHit", "TIERS", "search", "search_dicts"]
