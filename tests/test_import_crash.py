"""A process killed in the middle of an import leaves the database exactly as it was, and sound."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accreditation.intake import CANONICAL_HEADERS

ROOT = Path(__file__).resolve().parents[1]
ROWS = 20_000


def _big_list(path: Path) -> Path:
    regions = ["gilan", "mazandaran", "astrakhan", "baku", "atyrau", "balkan"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CANONICAL_HEADERS)
        for i in range(ROWS):
            row = dict.fromkeys(CANONICAL_HEADERS, "")
            row.update(
                given_name=f"Given{i}",
                family_name=f"Family{i}",
                name_fa=f"نام {i} شيرازي",
                region=regions[i % len(regions)],
                category="delegate",
                title="Adviser to the governor on regional economic development",
                passport_no=f"K{i:08d}",
                email=f"person{i}@example.org",
                arrival="۱۴۰۴/۰۸/۲۶",
                notes="x" * 120,
            )
            writer.writerow([row[h] for h in CANONICAL_HEADERS])
    return path


def _snapshot(db_file: Path) -> tuple[str, list[str]]:
    connection = sqlite3.connect(db_file)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        dump = list(connection.iterdump())
    finally:
        connection.close()
    return integrity, dump


@pytest.fixture
def db_kind() -> str:
    """These tests kill an import mid-write and read the SQLite file and its write-ahead log: SQLite only
    (on PostgreSQL an import is one server transaction; kill -9 of a desk is tested in check-in)."""
    return "sqlite"


@pytest.mark.slow
def test_sigkill_mid_import_leaves_the_database_exactly_as_before(event_db, db_path: Path, tmp_path: Path):
    event_db.close()
    big = _big_list(tmp_path / "big.csv")
    integrity, before = _snapshot(db_path)
    assert integrity == "ok"
    wal = Path(f"{db_path}-wal")
    start_size = wal.stat().st_size if wal.exists() else 0

    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(db_path),
            "import",
            str(big),
            "--operator",
            "crash",
        ],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 300
    killed_while_writing = False
    try:
        # The preview reads only; once the write-ahead log grows, rows are being written.
        while process.poll() is None and time.monotonic() < deadline:
            size = wal.stat().st_size if wal.exists() else 0
            if size > start_size + 256 * 1024:
                process.send_signal(signal.SIGKILL)
                killed_while_writing = True
                break
            time.sleep(0.002)
    finally:
        if process.poll() is None and not killed_while_writing:
            process.kill()
        process.wait(timeout=60)
        out, err = process.communicate()
    assert killed_while_writing, (
        f"the import ended before it could be killed mid-write: {err.decode()[-500:]}"
    )
    assert process.returncode == -signal.SIGKILL

    integrity, after = _snapshot(db_path)
    assert integrity == "ok"
    assert after == before  # not one delegate, audit entry, organization or delegation more

    # The desk imports again and it works: no lock or half-written state was left behind.
    again = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "import", str(big), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr
    assert '"accepted": 20000' in again.stdout


def _delegates(db_file: Path) -> int:
    connection = sqlite3.connect(db_file)
    try:
        return connection.execute("SELECT count(*) FROM delegate").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.slow
def test_sigkill_at_twenty_random_moments_of_an_import_leaves_nothing_or_everything(
    event_db, db_path: Path, tmp_path: Path
) -> None:
    """Twenty imports of the same list, each killed at a random moment, each on a copy of the same database.

    Half the kills wait for the write-ahead log to pass a random size (so they land while rows are being
    written); half fire after a random delay (anywhere: start-up, reading, preview, writing, committing,
    after). After each: the file is sound, and it holds none of the list or all of it.
    """
    import random
    import shutil

    event_db.close()
    big = _big_list(tmp_path / "big.csv")
    base = tmp_path / "base.sqlite"
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    shutil.copy(db_path, base)
    _integrity, before = _snapshot(base)
    rng = random.Random(int(os.environ.get("CRASH_SEED", time.time())))
    outcomes: list[str] = []
    for attempt in range(20):
        target = tmp_path / f"attempt{attempt}.sqlite"
        shutil.copy(base, target)
        wal = Path(f"{target}-wal")
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--db", str(target), "import", str(big), "--operator", "crash"],
            cwd=ROOT,
            env=dict(os.environ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started = time.monotonic()
        if attempt % 2:
            delay, threshold = None, rng.randint(16 * 1024, 2 * 1024 * 1024)
        else:
            delay, threshold = rng.uniform(0.2, 12.0), None
        killed = False
        while process.poll() is None and time.monotonic() - started < 120:
            grown = wal.exists() and wal.stat().st_size > (threshold or 0)
            if (delay is not None and time.monotonic() - started >= delay) or (threshold is not None and grown):
                process.send_signal(signal.SIGKILL)
                killed = True
                break
            time.sleep(0.002)
        process.wait(timeout=60)
        integrity, after = _snapshot(target)
        assert integrity == "ok", f"attempt {attempt}: {integrity}"
        count = _delegates(target)
        if count == 0:
            assert after == before, f"attempt {attempt}: nothing imported, yet the database changed"
            outcomes.append("nothing" if killed else "finished-empty")
        else:
            assert count == ROWS, f"attempt {attempt}: {count} of {ROWS} people: a half import"
            outcomes.append("all")
        assert not killed or process.returncode == -signal.SIGKILL
        target.unlink()
        for leftover in (wal, Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
    print("outcomes:", outcomes)
    assert "finished-empty" not in outcomes
    assert outcomes.count("nothing") >= 5, outcomes  # most kills landed before the commit
