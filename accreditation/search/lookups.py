"""The few fixed shapes of lookup in ``delegate_name_key``, as plain driver SQL with bound parameters.

A type-ahead query is a handful of tiny index lookups; building SQLAlchemy statements for each would
cost more than SQLite answering them. Every value is a bound parameter, never spliced into the text.

Every lookup that stops at a limit says in what order it keeps rows (``ORDER BY`` the key, then the
person's id): without it, SQLite returns index order and PostgreSQL whatever its plan reads first, so
among many namesakes the two databases kept different people and a desk on the server saw another list
than a desk on its own file. ``tests/test_search.py`` compares the two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from accreditation.search.words import ESTIMATE_CAP, HIGH, SHORT_WORD, QueryWord, marks
from accreditation.store.search_index import KIND_NORM, KIND_PHON


@dataclass(frozen=True)
class Filters:
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


class KeyLookups:
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
            "WHERE kind = ? AND key >= ? AND key < ? ORDER BY key, delegate_id LIMIT ?"
        )
        return [(r[0], r[1]) for r in self.rows(sql, (kind, key, key + HIGH, cap))]

    def vocabulary(self, kind: str, start: str, cap: int = 20_000) -> list[str]:
        """Distinct keys of ``kind`` starting with ``start``: an index-only scan, for the typo tier."""
        sql = (
            f"SELECT DISTINCT key FROM delegate_name_key{self.by_key()} "
            "WHERE kind = ? AND key >= ? AND key < ? ORDER BY key LIMIT ?"
        )
        return [r[0] for r in self.rows(sql, (kind, start, start + HIGH, cap))]

    def intersect(self, words: list[QueryWord], level: int, filters: Filters, cap: int) -> list[int]:
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
        for number, word in enumerate(scanned):
            if self.sqlite:
                predicate, word_params = word.level_predicate("a", level)
                selects.append(f"SELECT a.delegate_id FROM delegate_name_key a WHERE {predicate}")
                params += word_params
                continue
            # PostgreSQL turns an OR of ranges into a bitmap scan that reads the table; one index-only
            # range scan per term, appended, reads the covering index alone (half the time).
            terms = word.level_terms(level)
            scans = " UNION ALL ".join(f"SELECT delegate_id FROM delegate_name_key WHERE {c}" for c, _ in terms)
            selects.append(f"SELECT w{number}.delegate_id FROM ({scans}) AS w{number}")
            params += [p for _, term_params in terms for p in term_params]
        condition, filter_params = filters.condition("m.delegate_id")
        sql = f"SELECT m.delegate_id FROM ({' INTERSECT '.join(selects)}) m"
        if condition:
            sql += f" WHERE {condition}"
            params += filter_params
        # Ordered before the limit, so every database keeps the same people (see the module docstring).
        return [r[0] for r in self.rows(sql + " ORDER BY m.delegate_id LIMIT ?", (*params, cap))]

    def answering(
        self, conditions: list[tuple[str, list[Any]]], filters: Filters, cap: int
    ) -> list[tuple[int, str, str]]:
        """(delegate_id, kind, key) of key rows meeting each condition (on alias ``a``), filters applied:
        at most ``cap`` rows per condition, in key order, all conditions in one round trip."""
        filter_sql, filter_params = filters.condition("a.delegate_id")
        selects: list[str] = []
        params: list[Any] = []
        for number, (condition, condition_params) in enumerate(conditions):
            where = condition + (f" AND {filter_sql}" if filter_sql else "")
            selects.append(
                f"SELECT * FROM (SELECT a.delegate_id, a.kind, a.key FROM delegate_name_key a{self.by_key()} "
                f"WHERE {where} ORDER BY a.key, a.delegate_id LIMIT ?) AS lookup{number}"
            )
            params += [*condition_params, *filter_params, cap]
        return [(r[0], r[1], r[2]) for r in self.rows(" UNION ALL ".join(selects), params)]

    def keys_of(self, ids: Sequence[int]) -> list[tuple[int, str, str]]:
        out: list[tuple[int, str, str]] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            sql = (
                f"SELECT delegate_id, kind, key FROM delegate_name_key{self.by_delegate()} "
                f"WHERE delegate_id IN ({marks(chunk)}) AND kind IN (?, ?)"
            )
            out += [(r[0], r[1], r[2]) for r in self.rows(sql, (*chunk, KIND_NORM, KIND_PHON))]
        return out

    def estimate(self, words: list[QueryWord], level: int, cap: int = ESTIMATE_CAP) -> list[int]:
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

    def probe(self, driver: QueryWord, others: list[QueryWord], level: int, filters: Filters, cap: int) -> list[int]:
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
        sql = (
            f"SELECT DISTINCT a.delegate_id FROM delegate_name_key a WHERE {' AND '.join(where)} "
            "ORDER BY a.delegate_id LIMIT ?"
        )
        return [r[0] for r in self.rows(sql, (*params, cap))]

    def count_answering(self, word: QueryWord, cap: int) -> int:
        predicate, params = word.predicate("a")
        sql = f"SELECT DISTINCT a.delegate_id FROM delegate_name_key a WHERE {predicate} LIMIT ?"
        return len(self.rows(sql, (*params, cap)))
