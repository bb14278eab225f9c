"""The search index: ``delegate_name_key`` rows derived from each delegate's names, kept always right.

Why rows in the database and not an in-memory index: every desk (and the CLI) sees the same index, and
a type-ahead lookup is one indexed range scan on ``(kind, key)`` instead of a scan of 100,000 names.

Kinds of key (``kind`` column):

``norm``
    :func:`~accreditation.names.match_key` of each word of ``given_name``, ``family_name``, ``name_fa``
    and ``name_native``, and of each part of a hyphenated or ZWNJ-joined word; a Cyrillic word also gets
    the key of its ICAO passport spelling (source ``native-icao``), so Latin queries find Cyrillic-only
    records at the exact tier.
``phon``
    :func:`~accreditation.names.phonetic_variants` of the same words: the cross-script skeleton.
``text``
    ``match_key`` of each word of ``title_en`` and ``title_fa``, so a desk can find "the interpreter".
``phone``
    The digits of the phone number, and its last ten digits (the national number without the
    country code), so "0911 123 4567" and "+98 911 123 4567" both find the person by prefix.

How it stays right: importing this module registers an ``after_flush`` listener on every
:class:`~sqlalchemy.orm.Session`. After each flush it recomputes the rows of delegates that were added,
or whose name, title or phone changed, with two Core statements (a delete and an ``executemany``
insert), which keeps 100,000-person bulk loads through the ORM fast. Deleted delegates lose their rows
through the foreign key's ``ON DELETE CASCADE``; the listener deletes them too, for databases where
foreign keys are not enforced. Bulk writes that bypass the unit of work (``session.execute(insert(
Delegate), [...])``, raw SQL) are not seen: call :func:`reindex` or :func:`rebuild_all` after them,
or :func:`index_missing`, which the ``search`` command runs before searching.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, event, exists, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import get_history

from accreditation.i18n.digits import to_ascii_digits
from accreditation.names.normalize import match_key
from accreditation.names.phonetic import phonetic_variants
from accreditation.names.transliterate import cyrillic_to_icao
from accreditation.store.models import Delegate, DelegateNameKey

log = logging.getLogger(__name__)

KIND_NORM = "norm"
KIND_PHON = "phon"
KIND_TEXT = "text"
KIND_PHONE = "phone"

#: Delegate attribute -> ``source`` value of the keys derived from it.
NAME_SOURCES: dict[str, str] = {
    "given_name": "given",
    "family_name": "family",
    "name_fa": "fa",
    "name_native": "native",
}
TEXT_SOURCES: dict[str, str] = {"title_en": "title_en", "title_fa": "title_fa"}
#: Changing any of these re-keys a delegate; other edits (status, notes...) leave the index alone.
INDEXED_FIELDS: tuple[str, ...] = (*NAME_SOURCES, *TEXT_SOURCES, "phone")

KEY_MAX = 300  # the column's length
NATIONAL_DIGITS = 10
_PART_SPLIT = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NON_DIGITS = re.compile(r"\D+")
_BATCH = 5_000
#: Keys sorted and written together by a rebuild: larger chunks cluster each key's rows better.
_REBUILD_CHUNK = 500_000

KeyRow = tuple[str, str, str]  # (kind, source, key)


def _word_forms(text: str) -> Iterator[str]:
    """Each whitespace word, and the parts of a hyphenated word (Younes-Rostami finds Rostami)."""
    for word in text.split():
        yield word
        parts = [p for p in _PART_SPLIT.split(word) if p]
        if len(parts) > 1:
            yield from parts


@lru_cache(maxsize=100_000)
def _name_field_keys(source: str, text: str) -> tuple[KeyRow, ...]:
    """The keys of one name field; cached, because names recur across thousands of people."""
    rows: list[KeyRow] = []
    for form in _word_forms(text):
        rows.append((KIND_NORM, source, match_key(form).replace(" ", "")))
        rows.extend((KIND_PHON, source, variant) for variant in phonetic_variants(form))
        if _CYRILLIC.search(form):
            rows.append((KIND_NORM, f"{source}-icao", match_key(cyrillic_to_icao(form)).replace(" ", "")))
    return tuple(rows)


@lru_cache(maxsize=10_000)
def _text_field_keys(source: str, text: str) -> tuple[KeyRow, ...]:
    return tuple((KIND_TEXT, source, word) for word in match_key(text).split())


def name_keys(
    given_name: str | None,
    family_name: str | None,
    name_fa: str | None,
    name_native: str | None,
    title_en: str | None = None,
    title_fa: str | None = None,
    phone: str | None = None,
) -> list[KeyRow]:
    """Every ``(kind, source, key)`` row one delegate needs, without duplicates of ``(kind, key)``.

    A key found in several names (Igor and Игорь share a phonetic key) is stored once, under the first
    source, because search asks "who has this key", not "where".
    """
    rows: list[KeyRow] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, source: str, key: str) -> None:
        key = key[:KEY_MAX]
        if key and (kind, key) not in seen:
            seen.add((kind, key))
            rows.append((kind, source, key))

    texts = (given_name, family_name, name_fa, name_native)
    for source, text in zip(NAME_SOURCES.values(), texts, strict=True):
        if text:
            for row in _name_field_keys(source, text):
                add(*row)
    for source, text in zip(TEXT_SOURCES.values(), (title_en, title_fa), strict=True):
        if text:
            for row in _text_field_keys(source, text):
                add(*row)
    digits = _NON_DIGITS.sub("", to_ascii_digits(phone or ""))
    if len(digits) >= 5:
        add(KIND_PHONE, "phone", digits)
        add(KIND_PHONE, "phone", digits[-NATIONAL_DIGITS:])
    return rows


def _delegate_keys(delegate: Delegate) -> list[KeyRow]:
    return name_keys(
        delegate.given_name,
        delegate.family_name,
        delegate.name_fa,
        delegate.name_native,
        delegate.title_en,
        delegate.title_fa,
        delegate.phone,
    )


StoredRow = tuple[int, str, str, str]  # (delegate_id, kind, source, key)


def _stored(delegate_id: int, rows: Iterable[KeyRow]) -> Iterator[StoredRow]:
    for kind, source, key in rows:
        yield (delegate_id, kind, source, key)


_PLACEHOLDERS = {"qmark": "?, ?, ?, ?", "format": "%s, %s, %s, %s", "pyformat": "%s, %s, %s, %s"}


def _write(conn: Connection, replaced_ids: Sequence[int], rows: list[StoredRow]) -> None:
    """Replace the keys of ``replaced_ids`` and insert ``rows``.

    The insert goes straight to the driver's ``executemany`` with tuples: building SQLAlchemy
    parameter dictionaries for 1.5 million keys would cost more than computing the keys.
    """
    table = DelegateNameKey.__table__
    for start in range(0, len(replaced_ids), 500):
        chunk = list(replaced_ids[start : start + 500])
        conn.execute(delete(table).where(table.c.delegate_id.in_(chunk)))
    if not rows:
        return
    placeholders = _PLACEHOLDERS.get(conn.dialect.paramstyle)
    if placeholders is None:  # a driver with named or numeric parameters: the portable, slower way
        names = ("delegate_id", "kind", "source", "key")
        conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
        return
    sql = f"INSERT INTO {table.name} (delegate_id, kind, source, key) VALUES ({placeholders})"
    # Written in key order, so the rows of one key lie together in the table: a lookup of a common
    # name then reads a few neighbouring pages instead of one page per person.
    rows.sort(key=lambda row: (row[1], row[3]))
    for start in range(0, len(rows), _BATCH * 4):
        conn.exec_driver_sql(sql, rows[start : start + _BATCH * 4])


def _indexed_fields_changed(delegate: Delegate) -> bool:
    return any(get_history(delegate, name).has_changes() for name in INDEXED_FIELDS)


@event.listens_for(Session, "after_flush")
def _reindex_after_flush(session: Session, _flush_context: UOWTransaction) -> None:
    """Re-key what this flush added or renamed, in the flush's own transaction."""
    rows: list[StoredRow] = []
    replaced: list[int] = []
    for obj in session.new:
        if isinstance(obj, Delegate) and obj.id is not None:
            rows.extend(_stored(obj.id, _delegate_keys(obj)))
    for obj in session.dirty:
        if isinstance(obj, Delegate) and obj.id is not None and _indexed_fields_changed(obj):
            replaced.append(obj.id)
            rows.extend(_stored(obj.id, _delegate_keys(obj)))
    for obj in session.deleted:
        if isinstance(obj, Delegate) and obj.id is not None:
            replaced.append(obj.id)
    if rows or replaced:
        _write(session.connection(), replaced, rows)


_SOURCE_COLUMNS = (
    Delegate.id,
    Delegate.given_name,
    Delegate.family_name,
    Delegate.name_fa,
    Delegate.name_native,
    Delegate.title_en,
    Delegate.title_fa,
    Delegate.phone,
)


def _reindex_rows(session: Session, statement: Any, *, replace: bool) -> int:
    conn = session.connection()
    count = 0
    pending: list[StoredRow] = []
    ids: list[int] = []
    for row in session.execute(statement.execution_options(yield_per=_BATCH)):
        delegate_id, *fields = row
        pending.extend(_stored(delegate_id, name_keys(*fields)))
        ids.append(delegate_id)
        count += 1
        if len(pending) >= _REBUILD_CHUNK:
            _write(conn, ids if replace else [], pending)
            pending, ids = [], []
    _write(conn, ids if replace else [], pending)
    return count


def reindex(session: Session, delegate_ids: Iterable[int]) -> int:
    """Recompute the keys of these delegates (after writes the listener cannot see)."""
    ids = sorted(set(delegate_ids))
    total = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        statement = select(*_SOURCE_COLUMNS).where(Delegate.id.in_(chunk))
        total += _reindex_rows(session, statement, replace=True)
    return total


def rebuild_all(session: Session) -> int:
    """Drop every key and derive them again from the names; returns how many delegates were indexed.

    For maintenance: after a change to the normalization or phonetic rules, or raw bulk writes.
    """
    session.flush()
    session.execute(delete(DelegateNameKey.__table__))
    count = _reindex_rows(session, select(*_SOURCE_COLUMNS).order_by(Delegate.id), replace=False)
    log.info("search index rebuilt for %d delegates", count)
    return count


def index_missing(session: Session) -> int:
    """Index delegates that have no keys at all (written before this module was loaded, or in bulk).

    One anti-join on the ``delegate_id`` index; returns how many delegates were indexed.
    """
    session.flush()
    has_keys = exists().where(DelegateNameKey.delegate_id == Delegate.id)
    newest = session.scalar(select(func.max(Delegate.id)))
    if newest is None:
        return 0
    if session.scalar(select(has_keys.where(Delegate.id == newest))):
        # The quick answer for the usual case: people are added in id order, so when the newest one
        # has keys everyone has (a full check reads every person; see ``rebuild_all`` for repairs).
        return 0
    statement = select(*_SOURCE_COLUMNS).where(~has_keys).order_by(Delegate.id)
    count = _reindex_rows(session, statement, replace=True)
    if count:
        log.info("search index: keyed %d delegates that had no keys", count)
    return count
