"""Backups and restores: consistent copies, a verified restore, a rotating set of daily copies."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from accreditation.backup import KEEP_DAILY, backup, backups_folder, daily_backup, describe, restore
from accreditation.errors import UserError
from accreditation.store.models import Base, Delegate
from tests.conftest import run_main


def _dump(db) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order: what 'the same data' means here."""
    out: dict[str, list[tuple]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*order))]
    return out


def test_backup_then_restore_gives_back_exactly_the_same_data(demo_db, tmp_path: Path) -> None:
    before = _dump(demo_db)
    copy = backup(demo_db, tmp_path / "copy.sqlite")
    with demo_db.transaction() as session:
        session.execute(text("UPDATE delegate SET notes = 'changed after the backup'"))
        session.execute(text("DELETE FROM delegate_photo"))
    assert _dump(demo_db) != before
    safety = restore(demo_db, copy)
    assert _dump(demo_db) == before
    # The state just before the restore was kept, so a wrong restore can be undone.
    info = describe(safety)
    assert info.tables["delegate_photo"] == 0
    if demo_db.is_sqlite:
        conn = sqlite3.connect(demo_db.url.removeprefix("sqlite:///"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_backup_is_consistent_while_a_desk_is_writing(demo_db, tmp_path: Path) -> None:
    from accreditation.store.database import SQLITE_BEGIN_OPTION

    with demo_db.engine.connect() as writer:
        writer = writer.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
        with writer.begin() as pending:
            writer.execute(text("UPDATE delegate SET notes = 'half-done'"))
            copy = backup(demo_db, tmp_path / "during.sqlite")
            pending.rollback()
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM delegate WHERE notes = 'half-done'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM delegate").fetchone()[0] == 300
    conn.close()


def test_an_existing_file_is_never_overwritten(demo_db, tmp_path: Path) -> None:
    target = tmp_path / "keep.sqlite"
    target.write_bytes(b"precious")
    with pytest.raises(UserError, match="already exists"):
        backup(demo_db, target)
    assert target.read_bytes() == b"precious"


def test_restoring_something_else_is_refused_and_changes_nothing(demo_db, tmp_path: Path) -> None:
    before = _dump(demo_db)
    junk = tmp_path / "list.sqlite"
    junk.write_text("given_name,family_name\nA,B\n", encoding="utf-8")
    with pytest.raises(UserError, match="not a readable backup|not a backup"):
        restore(demo_db, junk)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.close()
    with pytest.raises(UserError, match="not a backup of this application"):
        restore(demo_db, other)
    assert _dump(demo_db) == before


def test_an_older_backup_is_brought_to_the_current_schema(demo_db, tmp_path: Path) -> None:
    from alembic import command

    from accreditation.store.database import alembic_config, create_db_engine

    copy = backup(demo_db, tmp_path / "old.sqlite")
    url = f"sqlite:///{copy}"
    engine = create_db_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    engine.dispose()
    assert describe(copy).revision == "0002"
    restore(demo_db, copy)
    with demo_db.sessions() as session:
        assert len(session.scalars(select(Delegate.id)).all()) == 300
        assert session.execute(text("SELECT count(*) FROM check_in")).scalar() == 0


def test_daily_copies_are_made_once_a_day_and_rotated(demo_db) -> None:
    if not demo_db.is_sqlite:
        pytest.skip("a shared server is backed up on its own schedule: no daily copy at open")
    start = date(2025, 11, 1)
    for offset in range(KEEP_DAILY + 5):
        assert daily_backup(demo_db, start + timedelta(days=offset)) is not None
        assert daily_backup(demo_db, start + timedelta(days=offset)) is None  # once a day
    dailies = sorted(p.name for p in backups_folder(demo_db).glob("*.daily-*.sqlite"))
    assert len(dailies) == KEEP_DAILY
    assert dailies[-1].endswith(f"{(start + timedelta(days=KEEP_DAILY + 4)):%Y%m%d}.sqlite")


def test_reopening_an_existing_database_makes_the_days_copy(demo_db, db_path: Path) -> None:
    from accreditation.backup import take_daily_backup
    from accreditation.store.database import open_database

    if not demo_db.is_sqlite:
        pytest.skip("a shared server is backed up on its own schedule: no daily copy at open")

    again = open_database(db_path)
    try:
        assert take_daily_backup(again) is not None
        assert take_daily_backup(again) is None  # once a day
    finally:
        again.close()
    assert list(backups_folder(demo_db).glob(f"*.daily-{date.today():%Y%m%d}.sqlite"))


def test_a_command_on_an_existing_database_makes_the_days_copy(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    assert run_main("--db", str(db), "demo", "--delegates", "5").returncode == 0
    folder = tmp_path / "desk-backups"
    assert not list(folder.glob("*.daily-*.sqlite"))  # a new database has nothing to keep yet
    assert run_main("--db", str(db), "search", "Hadi").returncode == 0
    assert list(folder.glob(f"desk.daily-{date.today():%Y%m%d}.sqlite"))


def test_cli_backup_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    assert run_main("--db", str(db), "demo", "--delegates", "40").returncode == 0
    made = run_main("--db", str(db), "backup", "--out", str(tmp_path / "b.sqlite"))
    assert made.returncode == 0, made.stderr
    assert "40 people" in made.stdout
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM delegate_photo")
    conn.execute("UPDATE delegate SET given_name = 'X'")
    conn.commit()
    conn.close()
    back = run_main("--db", str(db), "restore", str(tmp_path / "b.sqlite"))
    assert back.returncode == 0, back.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM delegate WHERE given_name = 'X'").fetchone()[0] == 0
    conn.close()
    missing = run_main("--db", str(db), "restore", str(tmp_path / "nope.sqlite"))
    assert missing.returncode != 0 and "not found" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
