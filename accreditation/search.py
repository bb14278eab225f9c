"""Find anyone in a second, in any script: the search engine the desk, the window and the CLI share.

How a query runs. The text is cut into words by :func:`~accreditation.names.match_key`, so quotes,
stars, parentheses, ``%``, ``_``, backslashes, ``OR`` and ``NEAR`` are ordinary characters (every value
reaches SQL as a bound parameter; no LIKE pattern is ever built from user text). For each word, indexed
range scans on ``delegate_name_key(kind, key)`` -- ``key >= w AND key < w || U+FFFF`` -- find:

* **exact**: a name word whose normalized spelling equals the query word;
* **prefix**: one that starts with it (type-ahead: "Hagh" finds Haghshenas);
* **phonetic**: one whose cross-script skeleton equals, or starts with, the query's (Babouchkine,
  «بابوشکین» and «Бабушкин» for Babushkin);
* **fuzzy**: one whose skeleton or spelling is one or two edits away (typos), tried only when the
  better tiers leave room in the result list.

A person must match every word of the query (a word nobody matches is ignored rather than hiding
everyone). The person's tier is the weakest tier among the words, so results are ranked exact, then
prefix, then phonetic, then fuzzy; inside a tier, by score (closer completions, agreeing final vowels
-- which Persian writes -- and title/organization matches count). A query holding digits also looks up
badge numbers, passport numbers and phones; those hits come first, tier ``"number"``.

Filters (region, category, status) are applied to ranked candidates in order until ``limit`` are found.
``checked_in``: there is no check-in table yet, so everyone counts as *not* checked in:
``checked_in=True`` returns nobody and ``checked_in=False`` changes nothing. It will filter for real
once check-ins are recorded.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import search_index  # noqa: F401  (registers the listener that keeps the keys right)
from .models import (
    Badge,
    BadgeStatus,
    Category,
    Delegate,
    Delegation,
    Event,
    Organization,
    Region,
)
from .names.digits import to_ascii_digits
from .names.fuzzy import edit_distance
from .names.normalize import match_key
from .names.phonetic import phonetic_variants
from .names.transliterate import cyrillic_to_icao
from .search_index import KIND_NORM, KIND_PHON, KIND_PHONE, KIND_TEXT, NATIONAL_DIGITS

TIERS: tuple[str, ...] = ("number", "exact", "prefix", "phonetic", "fuzzy")
_TIER_RANK = {name: rank for rank, name in enumerate(TIERS)}

#: Rows one range scan may return: enough for any real name, bounded for one-letter type-ahead.
SCAN_CAP = 3_000
#: Candidates reranked with their full names; more than any desk reads.
RERANK_CAP = 300
MAX_WORDS = 8
#: A query word with fewer candidates than this is also looked up with typos allowed.
TYPO_WHEN_FEWER = 3
_HAS_DIGIT = re.compile(r"\d")
_HIGH = "\uffff"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PERSIAN = re.compile(r"[\u0600-\u06ff]")
_DIGITS_ONLY = re.compile(r"\D+")
_CODE_CHARS = re.compile(r"[^0-9A-Za-z]+")


@dataclass(frozen=True, order=False)
class SearchHit:
    """One person found: why (``tier``) and how well (``score``, higher is better within a tier)."""

    delegate_id: int
    score: float
    tier: str


@dataclass
class _WordMatch:
    rank: int  # index in TIERS
    score: float


@dataclass
class _Candidate:
    delegate_id: int
    words: dict[int, _WordMatch] = field(default_factory=dict)
    number: bool = False
    bonus: float = 0.0


def _better(a: _WordMatch | None, b: _WordMatch) -> bool:
    return a is None or (b.rank, -b.score) < (a.rank, -a.score)


class _Collector:
    """Best match per (delegate, query word)."""

    def __init__(self) -> None:
        self.by_id: dict[int, _Candidate] = {}

    def note(self, delegate_id: int, word: int, tier: str, score: float) -> None:
        cand = self.by_id.setdefault(delegate_id, _Candidate(delegate_id))
        match = _WordMatch(_TIER_RANK[tier], score)
        if _better(cand.words.get(word), match):
            cand.words[word] = match

    def count_for(self, word: int) -> int:
        return sum(1 for c in self.by_id.values() if word in c.words)


class _Keys:
    """Lookups on ``delegate_name_key`` as plain driver SQL with bound parameters.

    A type-ahead query issues a dozen tiny index lookups; building and caching SQLAlchemy statements
    for each costs more than SQLite answering them, so the few fixed statements are written once here.
    Every value is a bound parameter; none is ever spliced into the SQL text.
    """

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        style = self.conn.dialect.paramstyle
        self.mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(style)
        if self.mark is None:
            raise RuntimeError(f"search needs a qmark or format paramstyle driver, not {style}")

    def _rows(self, sql: str, params: Sequence[Any]) -> list[Any]:
        return list(self.conn.exec_driver_sql(sql.replace("?", self.mark), tuple(params)))

    def range(self, kind: str, key: str, cap: int = SCAN_CAP) -> list[tuple[int, str]]:
        """(delegate_id, key) for keys of ``kind`` starting with ``key``: one indexed range scan."""
        sql = (
            "SELECT delegate_id, key FROM delegate_name_key WHERE kind = ? AND key >= ? AND key < ? "
            "ORDER BY key LIMIT ?"
        )
        return [(r[0], r[1]) for r in self._rows(sql, (kind, key, key + _HIGH, cap))]

    def exact(self, kind: str, keys: Sequence[str]) -> list[tuple[int, str]]:
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        sql = f"SELECT delegate_id, key FROM delegate_name_key WHERE kind = ? AND key IN ({marks}) LIMIT ?"
        return [(r[0], r[1]) for r in self._rows(sql, (kind, *keys, SCAN_CAP))]

    def vocabulary(self, kind: str, start: str) -> list[str]:
        """Distinct keys of ``kind`` starting with ``start``: an index-only scan, for the typo tier."""
        sql = (
            "SELECT DISTINCT key FROM delegate_name_key WHERE kind = ? AND key >= ? AND key < ? "
            "ORDER BY key LIMIT ?"
        )
        return [r[0] for r in self._rows(sql, (kind, start, start + _HIGH, SCAN_CAP * 4))]


def _norm_forms(word: str) -> list[str]:
    """The query word's spellings to look up at the exact and prefix tiers (Cyrillic adds its ICAO form)."""
    forms = [word]
    if _CYRILLIC.search(word):
        icao = match_key(cyrillic_to_icao(word)).replace(" ", "")
        if icao and icao not in forms:
            forms.append(icao)
    return forms


def _match_word(keys: _Keys, collector: _Collector, index: int, word: str) -> None:
    for form in _norm_forms(word):
        for delegate_id, key in keys.range(KIND_NORM, form):
            if key == form:
                collector.note(delegate_id, index, "exact", 100.0)
            else:
                collector.note(delegate_id, index, "prefix", 80.0 - min(20, len(key) - len(form)))
    if _HAS_DIGIT.search(word):
        return  # a code or a number is not a name to sound out
    variants = [v for v in phonetic_variants(word) if v]
    if variants and len(word) >= 2:
        for delegate_id, _key in keys.exact(KIND_PHON, variants):
            collector.note(delegate_id, index, "phonetic", 60.0)
        if len(word) >= 3:
            for variant in variants:
                if len(variant) < 2:
                    continue
                for delegate_id, key in keys.range(KIND_PHON, variant):
                    if key != variant:
                        collector.note(
                            delegate_id, index, "phonetic", 50.0 - min(20, 3 * (len(key) - len(variant)))
                        )


def _typo_word(keys: _Keys, collector: _Collector, index: int, word: str, variants: list[str]) -> None:
    """Keys one or two edits away: spelling (same first two letters) and skeleton (same first class)."""
    if len(word) < 4:
        return
    close: list[tuple[str, str, int]] = []
    limit = 1 if len(word) <= 5 else 2
    for key in keys.vocabulary(KIND_NORM, word[:2]):
        distance = edit_distance(word, key[: len(word)] if len(key) > len(word) + 2 else key, limit)
        if 0 < distance <= limit:
            close.append((KIND_NORM, key, distance))
    for variant in variants:
        if len(variant) < 3:
            continue
        for key in keys.vocabulary(KIND_PHON, variant[:1]):
            distance = edit_distance(variant, key, 1)
            if 0 < distance <= 1:
                close.append((KIND_PHON, key, distance + 1))
    for kind, key, distance in close[:200]:
        for delegate_id, _key in keys.exact(kind, [key]):
            collector.note(delegate_id, index, "fuzzy", 30.0 - 10.0 * distance)


def _match_text(
    session: Session, keys: _Keys, collector: _Collector, index: int, word: str, orgs: dict[int, list[str]]
) -> None:
    """Titles (stored as keys) and organization names (a small table) also answer a query word."""
    for delegate_id, key in keys.range(KIND_TEXT, word):
        collector.note(
            delegate_id, index, "exact" if key == word else "prefix", 40.0 if key == word else 35.0
        )
    org_ids = [org_id for org_id, words in orgs.items() if any(w.startswith(word) for w in words)]
    if org_ids:
        stmt = select(Delegate.id).where(Delegate.organization_id.in_(org_ids)).limit(SCAN_CAP)
        for delegate_id in session.scalars(stmt):
            collector.note(delegate_id, index, "prefix", 35.0)


def _organization_words(session: Session) -> dict[int, list[str]]:
    """Every organization's name words in all scripts: a small table, read once per search."""
    columns = (Organization.id, Organization.name_en, Organization.name_fa, Organization.name_native)
    return {
        org_id: match_key(" ".join(n or "" for n in names)).split()
        for org_id, *names in session.execute(select(*columns))
    }


def _numbers(session: Session, keys: _Keys, query: str) -> list[int]:
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
            .limit(SCAN_CAP)
        )
        found.extend(session.scalars(stmt))
    if code == digits and len(digits) <= 9:
        events = list(session.scalars(select(Event.id)))
        stmt = select(Badge.delegate_id).where(Badge.event_id.in_(events), Badge.number == int(digits))
        found.extend(session.scalars(stmt))
    if len(digits) >= 4 and code == digits:
        for probe in {digits, digits.lstrip("0")[:NATIONAL_DIGITS]}:
            if len(probe) >= 3:
                found.extend(delegate_id for delegate_id, _ in keys.range(KIND_PHONE, probe, cap=200))
    return list(dict.fromkeys(found))


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


def _rerank(session: Session, candidates: list[_Candidate], words: list[str]) -> None:
    """Order people inside the phonetic and fuzzy tiers by how close their spelling is to the query's."""
    ids = [c.delegate_id for c in candidates]
    names: dict[int, list[str]] = {}
    stmt = select(
        Delegate.id, Delegate.given_name, Delegate.family_name, Delegate.name_fa, Delegate.name_native
    )
    for start in range(0, len(ids), 500):
        for row in session.execute(stmt.where(Delegate.id.in_(ids[start : start + 500]))):
            names[row[0]] = [
                w.replace(" ", "")
                for w in (match_key(p) for p in _split_words(" ".join(p or "" for p in row[1:])))
                if w
            ]
    for cand in candidates:
        stored = names.get(cand.delegate_id, [])
        for index, match in cand.words.items():
            if match.rank < _TIER_RANK["phonetic"] or index >= len(words):
                continue
            wanted = set(phonetic_variants(words[index]))
            sounding = [
                w
                for w in stored
                if any(v.startswith(q) or q.startswith(v) for v in phonetic_variants(w) for q in wanted)
            ]
            if sounding:
                match.score += max(_likeness(words[index], w) for w in sounding)


def _filtered(
    session: Session,
    ids: list[int],
    region: str | None,
    category: str | None,
    status: str | None,
) -> set[int]:
    stmt = select(Delegate.id).where(Delegate.id.in_(ids))
    if region is not None:
        stmt = stmt.join(Delegation, Delegate.delegation_id == Delegation.id).join(
            Region, Delegation.region_id == Region.id
        )
        stmt = stmt.where(Region.code == region)
    if category is not None:
        stmt = stmt.join(Category, Delegate.category_id == Category.id).where(Category.code == category)
    if status is not None:
        stmt = stmt.where(Delegate.status == status)
    return set(session.scalars(stmt))


_HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014]+")


def _split_words(text: str) -> list[str]:
    """Words of a name, a hyphenated one counting as its parts ("Younes-Rostami")."""
    return _HYPHENS.sub(" ", text).split()


def _query_words(query: str) -> list[str]:
    return match_key(" ".join(_split_words(query))).split()[:MAX_WORDS]


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
    if limit <= 0 or checked_in is True:
        return []  # no check-ins are recorded yet: nobody is checked in
    words = _query_words(query)
    if not words:
        return []
    keys = _Keys(session)
    number_ids = _numbers(session, keys, query)
    orgs = _organization_words(session)
    collector = _Collector()
    for index, word in enumerate(words):
        _match_word(keys, collector, index, word)
        _match_text(session, keys, collector, index, word, orgs)
    if len(words) > 1:
        # "حق شناس" and "Hagh Shenas" are one stored word typed as two.
        joined = "".join(words)
        joined_hits = _Collector()
        _match_word(keys, joined_hits, 0, joined)
        for delegate_id, cand in joined_hits.by_id.items():
            for index in range(len(words)):
                collector.note(delegate_id, index, TIERS[cand.words[0].rank], cand.words[0].score)
    # How many people each word matched before typos were allowed: its selectivity (see below).
    matched_before_typos = {index: collector.count_for(index) for index in range(len(words))}
    # The typo tier: only for words nothing else explains, and only while the list has room.
    for index, word in enumerate(words):
        if _full_matches(collector, len(words)) >= limit:
            break
        if collector.count_for(index) < TYPO_WHEN_FEWER and not _HAS_DIGIT.search(word):
            _typo_word(keys, collector, index, word, [v for v in phonetic_variants(word) if v])

    for delegate_id in number_ids:
        collector.by_id.setdefault(delegate_id, _Candidate(delegate_id)).number = True
    answered = {i for c in collector.by_id.values() for i in c.words}
    needed = len(answered)
    # A word that matches few people says more than one that matches many ("Zarif" against "Javad"):
    # when nobody matches every word, people are ordered by the rarer words they match.
    weight = {i: 1.0 / (1.0 + math.log1p(matched_before_typos.get(i, 0))) for i in answered}

    def order(c: _Candidate) -> tuple[int, int, float]:
        if c.number:
            return (0, 0, -sum(m.score for m in c.words.values()))
        missing = needed - len(c.words)
        rank = max(m.rank for m in c.words.values())
        if missing:
            return (missing, 0, -sum(m.score * weight[i] for i, m in c.words.items()))
        return (0, rank, -(sum(m.score for m in c.words.values()) + c.bonus))

    ranked = sorted(collector.by_id.values(), key=order)
    head = ranked[:RERANK_CAP]
    if any(max((m.rank for m in c.words.values()), default=0) >= _TIER_RANK["phonetic"] for c in head):
        _rerank(session, head, words)
        ranked = sorted(head, key=order) + ranked[RERANK_CAP:]

    hits: list[SearchHit] = []
    filtering = region is not None or category is not None or status is not None
    for start in range(0, len(ranked), 200):
        page = ranked[start : start + 200]
        allowed = (
            _filtered(session, [c.delegate_id for c in page], region, category, status) if filtering else None
        )
        for cand in page:
            if allowed is not None and cand.delegate_id not in allowed:
                continue
            if cand.number:
                tier = "number"
            else:
                tier = TIERS[max(m.rank for m in cand.words.values())]
            score = (
                sum(m.score for m in cand.words.values()) + cand.bonus - 100.0 * (needed - len(cand.words))
            )
            hits.append(SearchHit(cand.delegate_id, round(score, 2), tier))
            if len(hits) >= limit:
                return hits
    return hits


def _full_matches(collector: _Collector, word_count: int) -> int:
    return sum(1 for c in collector.by_id.values() if len(c.words) == word_count)


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
