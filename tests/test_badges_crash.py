"""A ``badges --out`` run killed at random moments: never a half PDF under the final name, and people are
marked printed (or even issued a badge) only when the finished PDF is there.

The command issues, renders to a temporary file, renames it over ``--out`` and marks the badges printed
in one transaction that commits last; so a kill before the commit leaves the database as it was.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture
def approved_demo(tmp_path: Path) -> tuple[Path, int]:
    """A database with the demo delegations, everyone approved by protocol; (file, people to print)."""
    from accreditation.cli import main as cli
    from accreditation.demo.generate import generate_demo
    from accreditation.people.approval import approve
    from accreditation.store.database import open_database
    from accreditation.store.models import Delegate, DelegateStatus

    db_file = tmp_path / "base.sqlite"
    assert cli.run(["--db", str(db_file), "init"]) == 0
    db = open_database(db_file)
    with db.transaction() as session:
        generate_demo(session, delegates=150, seed=3)
    with db.transaction() as session:
        ids = list(session.scalars(select(Delegate.id).where(Delegate.status != DelegateStatus.CANCELLED)))
        approve(session, ids, "protocol")
    db.close()
    connection = sqlite3.connect(db_file)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return db_file, len(ids)


def _state(db_file: Path) -> tuple[str, int, int]:
    connection = sqlite3.connect(db_file)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        badges = connection.execute("SELECT count(*) FROM badge").fetchone()[0]
        printed = connection.execute("SELECT count(*) FROM badge WHERE printed_at IS NOT NULL").fetchone()[0]
    finally:
        connection.close()
    return integrity, badges, printed


def _pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), "a truncated PDF"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")


def test_kill_9_during_a_badge_print_run(approved_demo, tmp_path: Path) -> None:
    base, people = approved_demo
    rng = random.Random(int(os.environ.get("CRASH_SEED", time.time())))
    args = ["badges", "--template", "a6", "--operator", "crash", "--json"]

    # One run to the end, to know how long a run takes and what a finished one leaves.
    full = tmp_path / "full.sqlite"
    shutil.copy(base, full)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(full), *args, "--out", str(tmp_path / "full.pdf")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert _state(full) == ("ok", people, people)
    full_pages = _pdf_pages(tmp_path / "full.pdf")

    outcomes = []
    for attempt in range(8):
        target = tmp_path / f"attempt{attempt}.sqlite"
        shutil.copy(base, target)
        folder = tmp_path / f"out{attempt}"
        folder.mkdir()
        out = folder / "badges.pdf"
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--db", str(target), *args, "--out", str(out)],
            cwd=ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, duration * 1.05))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        integrity, badges, printed = _state(target)
        assert integrity == "ok"
        if printed:
            # Marked printed: the commit happened, so the finished PDF is there, whole.
            assert (badges, printed) == (people, people)
            assert _pdf_pages(out) == full_pages
            outcomes.append("printed")
        else:
            # Not committed: nobody was issued a badge or marked printed. A PDF may have been renamed into
            # place in the instant before the commit; if so it is whole, never half-written.
            assert badges == 0
            if out.exists():
                assert _pdf_pages(out) == full_pages
                outcomes.append("pdf-uncommitted")
            else:
                outcomes.append("nothing")
        # Whatever was killed mid-render is a dot-file temporary, never the final name.
        assert {p.name for p in folder.iterdir()} <= {"badges.pdf"} | {
            p.name for p in folder.glob(".badges.*.pdf.tmp")
        }
    print("outcomes:", outcomes, f"(a full run takes {duration:.1f} s)")
