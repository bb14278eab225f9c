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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accreditation.i18n.digits import to_ascii_digits
from accreditation.names.fuzzy import edit_distance
from accreditation.names.normalize import match_key
from accreditation.search.lookups import Filters, KeyLookups
from accreditation.search.ranking import Candidate, rerank
from accreditation.search.words import (
    ESTIMATE_CAP,
    EXACT,
    FILL,
    HAS_DIGIT,
    HIGH,
    LEVEL_TIER,
    MIN_BRANCH_ROWS,
    PHONETIC,
    PREFIX,
    PROBE_MAX,
    SHORT_WORD,
    SOUNDS,
    TIERS,
    TYPO_WHEN_FEWER,
    QueryWord,
    marks,
    query_words,
    written_forms,
)
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

#: Rows read per sound-alike lookup of a word typed alone, and people ranked by spelling (see below).
SOUND_ALIKE_ROWS = 200
_DIGITS_ONLY = re.compile(r"\D+")
_CODE_CHARS = re.compile(r"[^0-9A-Za-z]+")


@dataclass(frozen=True)
class SearchHit:
    """One person found: why (``tier``) and how well (``score``, higher is better within a tier)."""

    delegate_id: int
    score: float
    tier: str


def _branch_rows(limit: int) -> int:
    return max(MIN_BRANCH_ROWS, 2 * limit)


def _full_matches(
    sql: KeyLookups, words: list[QueryWord], filters: Filters, limit: int, found: dict[int, Candidate]
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
        for number, (tier, conditions) in enumerate(branches):
            # Sound-alikes share a skeleton by the hundred (Omarov, Amirov and Ümarov are one key): read
            # enough of them for the closest spelling to be among those ranked.
            rows = SOUND_ALIKE_ROWS if tier == PHONETIC else cap
            for delegate_id, kind, key in sql.answering(conditions, filters, rows):
                verdict = word.classify(kind, key)
                if verdict is not None:
                    found.setdefault(delegate_id, Candidate(delegate_id)).note(0, *verdict)
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
            cand = found.setdefault(delegate_id, Candidate(delegate_id))
            for index, word in enumerate(words):
                verdict = word.classify(kind, key)
                if verdict is not None:
                    cand.note(index, *verdict)
        if number + 1 < len(levels):
            next_tier = LEVEL_TIER.get(levels[number + 1], levels[number + 1])
            if _certain(found, len(words), next_tier) >= limit:
                return
            if _certain(found, len(words), LEVEL_TIER.get(level, level)) >= FILL:
                # The first FILL places are settled: what later (costlier, weaker) lookups find could
                # only come after them, and a desk reads the first few. Fewer than ``limit`` is fine.
                return


def _certain(found: dict[int, Candidate], word_count: int, tier: int) -> int:
    return sum(1 for c in found.values() if len(c.words) == word_count and c.rank <= tier)


def _add_typos(sql: KeyLookups, word: QueryWord) -> None:
    """Keys one or two edits from the word: spelling and skeleton, each sharing its first two symbols."""
    text = word.text
    if len(text) < 4 or HAS_DIGIT.search(text):
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
    session: Session, sql: KeyLookups, words: list[QueryWord], filters: Filters, limit: int
) -> list[Candidate]:
    """Titles (stored as keys) and organization names: for "interpreter", "خبرنگار", "News Agency"."""
    out: dict[int, Candidate] = {}
    anchor_index = max(range(len(words)), key=lambda i: len(words[i].text))
    anchor = words[anchor_index].text
    where = ["a.kind = ? AND a.key >= ? AND a.key < ?"]
    params: list[Any] = [KIND_TEXT, anchor, anchor + HIGH]
    for i, word in enumerate(words):
        if i != anchor_index:
            where.append(
                f"EXISTS (SELECT 1 FROM delegate_name_key b{sql.by_delegate()} WHERE b.delegate_id = a.delegate_id "
                "AND b.kind = ? AND b.key >= ? AND b.key < ?)"
            )
            params += [KIND_TEXT, word.text, word.text + HIGH]
    condition, filter_params = filters.condition("a.delegate_id")
    if condition:
        where.append(condition)
        params += filter_params
    rows = sql.rows(
        f"SELECT a.delegate_id, a.key FROM delegate_name_key a{sql.by_key()} WHERE {' AND '.join(where)} "
        "ORDER BY a.key, a.delegate_id LIMIT ?",
        (*params, _branch_rows(limit)),
    )
    for delegate_id, key in rows:
        cand = out.setdefault(delegate_id, Candidate(delegate_id))
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
        stmt = f"SELECT x.id FROM delegate x WHERE x.organization_id IN ({marks(org_ids)})"
        if condition:
            stmt += f" AND {condition}"
        rows = sql.rows(stmt + " ORDER BY x.id LIMIT ?", (*org_ids, *filter_params, _branch_rows(limit)))
        for (delegate_id,) in rows:
            cand = out.setdefault(delegate_id, Candidate(delegate_id))
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


def _numbers(session: Session, sql: KeyLookups, query: str, filters: Filters) -> list[int]:
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
            .where(Delegate.document_no >= code, Delegate.document_no < code + HIGH)
            .order_by(Delegate.document_no, Delegate.id)
            .limit(200)
        )
        found.extend(session.scalars(stmt))
    if code == digits and len(digits) <= 9:
        events = list(session.scalars(select(Event.id)))
        stmt = (
            select(Badge.delegate_id)
            .where(Badge.event_id.in_(events), Badge.number == int(digits))
            .order_by(Badge.delegate_id)
        )
        found.extend(session.scalars(stmt))
    if len(digits) >= 4 and code == digits:
        for probe in dict.fromkeys((digits, digits.lstrip("0")[:NATIONAL_DIGITS])):
            if len(probe) >= 3:
                found.extend(delegate_id for delegate_id, _ in sql.range(KIND_PHONE, probe, 200))
    found = list(dict.fromkeys(found))
    if found and filters.condition("x.id")[0]:
        condition, params = filters.condition("x.id")
        rows = sql.rows(
            f"SELECT x.id FROM delegate x WHERE x.id IN ({marks(found)}) AND {condition}", (*found, *params)
        )
        allowed = {r[0] for r in rows}
        found = [i for i in found if i in allowed]
    return found


def search(
    session: Session,
    query: str,
    *,
    limit: int = 20,
    region: str | None = None,
    category: str | None = None,
    status: str | None = None,
    checked_in: bool | None = None,
    language: str = "en",
) -> list[SearchHit]:
    """The people a desk means by ``query``, best first (see the module docstring for the tiers).

    ``language`` is the reader's: people who match equally well come in that language's alphabetical
    order (Persian names for a Persian reader, native names for a Russian one)."""
    if limit <= 0:
        return []
    texts = query_words(query)
    if not texts:
        return []
    sql = KeyLookups(session)
    filters = Filters(region, category, status, checked_in)
    written = written_forms(query)
    words = [QueryWord.of(t, written.get(t)) for t in texts]
    found: dict[int, Candidate] = {}

    for delegate_id in _numbers(session, sql, query, filters):
        found[delegate_id] = Candidate(delegate_id, number=True)
    _full_matches(sql, words, filters, limit, found)

    def complete() -> int:
        return sum(1 for c in found.values() if len(c.words) == len(words))

    def merge(results: dict[int, Candidate], mapping: list[list[int]]) -> None:
        """Fold results of a rewritten query back onto the original words (``mapping``: new -> old)."""
        for delegate_id, cand in results.items():
            target = found.setdefault(delegate_id, Candidate(delegate_id))
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
            results: dict[int, Candidate] = {}
            _full_matches(sql, [QueryWord.of(t) for t in merged], filters, limit, results)
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
            alone: dict[int, Candidate] = {}
            _full_matches(sql, [word], filters, limit, alone)
            merge(alone, [[index]])

    def order(c: Candidate) -> tuple[int, int, int, float, int]:
        # The person's id last: equal matches come in the same order on every database and every run.
        missing = len(words) - len(c.words)
        if c.number:
            return (0, 0, 0, -c.score, c.delegate_id)
        if missing:
            return (1, missing, 0, -sum(s * weight.get(i, 1.0) for i, (_r, s) in c.words.items()), c.delegate_id)
        return (1, 0, c.rank, -c.score, c.delegate_id)

    ranked = sorted((c for c in found.values() if c.words or c.number), key=order)
    head = ranked[: max(2 * limit, SOUND_ALIKE_ROWS)]
    if len(head) > 1:
        # Within a tier: closest spelling, a family name typed alone, then the reader's alphabet.
        alphabetical = rerank(session, head, words, language)
        head.sort(key=lambda c: (*order(c)[:-1], alphabetical.get(c.delegate_id, b""), c.delegate_id))
        ranked = head + ranked[len(head) :]
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
