"""The CLI as a desk script uses it: a subprocess, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import run_main


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_init_twice_leaves_fourteen_regions_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    for _ in range(2):
        result = run_main("--db", str(db), "init")
        assert result.returncode == 0, result.stderr
        assert "14 regions" in result.stdout
    assert _count(db, "region") == 14
    assert _count(db, "country") == 5
    assert _count(db, "category") == 12
    assert _count(db, "delegation") == 14
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    codes = {row[0] for row in conn.execute("SELECT code FROM event_session")}
    conn.close()
    assert {"plenary", "economy", "transit", "environment", "visit-anzali"} <= codes


def test_init_creates_the_event_secret_private_to_the_user(tmp_path: Path, isolated_data_dir: Path) -> None:
    result = run_main("--db", str(tmp_path / "x.sqlite"), "init")
    assert result.returncode == 0, result.stderr
    secrets = list(isolated_data_dir.rglob("*.key"))
    assert len(secrets) == 1
    assert secrets[0].stat().st_mode & 0o777 == 0o600


def test_init_in_a_missing_folder_prints_one_line_and_fails(isolated_data_dir: Path) -> None:
    result = run_main("--db", "/nonexistent/dir/x.sqlite", "init")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "/nonexistent/dir" in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_unexpected_failure_goes_to_the_log_not_the_person(tmp_path: Path, isolated_data_dir: Path) -> None:
    event_file = tmp_path / "broken.json"
    # Structurally present but with an unknown session kind: an internal error, not a user error.
    event_file.write_text(
        '{"event": {"code": "x", "name_en": "X", "name_fa": "ایکس", "host_country": "IR",'
        ' "start_date": "2025-11-18", "end_date": "2025-11-19"}, "countries": [], "regions": [],'
        ' "categories": [], "zones": [], "sessions": [{"code": "s", "kind": "party", "name_en": "S",'
        ' "name_fa": "س", "starts_at": "2025-11-18T09:00", "ends_at": "2025-11-18T10:00"}]}',
        encoding="utf-8",
    )
    result = run_main("--db", str(tmp_path / "x.sqlite"), "init", "--event", str(event_file))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    log = (isolated_data_dir / "logs" / "accreditation.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "party" in log


def test_demo_adds_people_in_every_region_and_guests(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    result = run_main("--db", str(db), "demo", "--delegates", "300", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert _count(db, "region") == 14
    assert _count(db, "delegate") == 300
    conn = sqlite3.connect(db)
    per_region = conn.execute(
        "SELECT r.code, count(d.id) FROM region r JOIN delegation g ON g.region_id = r.id"
        " JOIN delegate d ON d.delegation_id = g.id GROUP BY r.code"
    ).fetchall()
    guests = {row[0] for row in conn.execute(
        "SELECT c.code FROM delegate d JOIN category c ON c.id = d.category_id"
        " JOIN delegation g ON g.id = d.delegation_id WHERE g.region_id IS NULL")}
    conn.close()
    assert len(per_region) == 14 and all(count >= 10 for _, count in per_region)
    assert {"ambassador", "minister", "international", "chamber", "press"} <= guests


def test_demo_refuses_to_double_a_populated_database(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    assert run_main("--db", str(db), "demo", "--delegates", "50").returncode == 0
    again = run_main("--db", str(db), "demo", "--delegates", "50")
    assert again.returncode != 0 and "--append" in again.stderr
    assert _count(db, "delegate") == 50


def test_demo_rejects_an_impossible_size(tmp_path: Path) -> None:
    result = run_main("--db", str(tmp_path / "x.sqlite"), "demo", "--delegates", "200000")
    assert result.returncode != 0
    assert "100,000" in result.stderr


def test_help_explains_each_command() -> None:
    result = run_main("--help")
    assert result.returncode == 0
    for command in ("init", "demo"):
        assert command in result.stdout
        sub = run_main(command, "--help")
        assert sub.returncode == 0 and "usage" in sub.stdout
