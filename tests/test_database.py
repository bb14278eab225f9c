"""Opening databases: pragmas, migrate-on-open with a backup first, clear failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from accreditation.errors import UserError
from accreditation.store.database import backup_sqlite, current_revision, head_revision, open_database


def test_new_file_is_migrated_to_head_in_wal_mode_with_foreign_keys(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        db.close()
    # WAL is a property of the file, seen by any other program that opens it.
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


def test_foreign_keys_are_enforced(event_db) -> None:
    with pytest.raises(Exception, match="(?i)FOREIGN KEY"):
        with event_db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO delegate (event_id, category_id, given_name, family_name, name_fa, name_native,"
                    " latin_to_verify, title_en, title_fa, nationality, document_no, phone, email, dietary,"
                    " language_needs, notes, status, created_at, updated_at, version)"
                    " VALUES (1, 9999, 'A', 'B', '', '', FALSE, '', '', '', '', '', '', '', '', '', 'registered',"
                    " '2025-01-01', '2025-01-01', 1)"
                )
            )


def test_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="folder .* does not exist"):
        open_database(tmp_path / "no" / "such" / "x.sqlite")


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(UserError, match="Cannot open the database"):
        open_database(junk)


def test_database_behind_is_backed_up_before_upgrade(db_path: Path) -> None:
    from alembic import command

    from accreditation.store.database import alembic_config, create_db_engine

    url = f"sqlite:///{db_path}"
    engine = create_db_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO country (code, name_en, name_fa, name_ru, name_native, display_order)"
                          " VALUES ('IR', 'Iran', 'ایران', 'Иран', '', 0)"))
    engine.dispose()

    db = open_database(db_path)
    try:
        assert db.backup_made is not None
        backup = Path(db.backup_made)
        assert backup.parent == db_path.parent and backup.exists()
        copy = sqlite3.connect(backup)
        assert copy.execute("SELECT name_fa FROM country").fetchall() == [("ایران",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        copy.close()
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()


def test_database_at_head_is_not_backed_up_again(event_db, db_path: Path) -> None:
    again = open_database(db_path)
    assert again.backup_made is None
    again.close()
    assert [p for p in db_path.parent.iterdir() if ".before-" in p.name] == []


def test_backup_is_consistent_while_another_connection_writes(event_db, tmp_path: Path, db_path: Path) -> None:
    if not event_db.is_sqlite:
        pytest.skip("SQLite's online backup API; a server's backup is tested in test_backup.py")
    writer = sqlite3.connect(db_path)
    writer.execute("BEGIN")
    writer.execute("UPDATE region SET name_en = 'uncommitted' WHERE code = 'gilan'")
    target = backup_sqlite(db_path, tmp_path / "copy.sqlite")
    writer.rollback()
    writer.close()
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT name_en FROM region WHERE code = 'gilan'").fetchone()[0] == "Gilan Province"
    copy.close()
