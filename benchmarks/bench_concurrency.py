"""Benchmark: sustained check-in throughput of four desk processes at once, on SQLite and on PostgreSQL.

Each run builds a fresh database (the bundled event, 1,200 demo people, 1,000 badges), then four
processes scan those badges in random order with repeats -- each its own shuffled list of 600 -- all
starting at the same instant; the figure is scans stored per second of wall time, first to last. The
run also checks what the desks must never get wrong: one first admission per badge, every scan stored.

    .venv/bin/python benchmarks/bench_concurrency.py --sqlite /tmp/bench.sqlite --pg postgresql+psycopg://...

``--pg`` names any database on a server where the role may CREATE DATABASE: the benchmark works in a
database of its own (``bench_<random>``) and drops it after. ``bench(db)`` (for ``benchmarks/run.py``)
ignores the large demo database and measures SQLite in a temporary folder, and PostgreSQL when
``ACCREDITATION_BENCH_PG`` (or ``ACCREDITATION_TEST_PG``) names a server.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PROCESSES = 4
BADGES = 1_000
SCANS_PER_PROCESS = 600

DESK = r"""
import json, sys
from datetime import datetime
from accreditation.checkin.desk import scan
from accreditation.store.database import open_database

db = open_database(sys.argv[1], migrate=False)
payloads = json.load(open(sys.argv[2]))
now = datetime.fromisoformat(sys.argv[3])
secret = bytes.fromhex(sys.argv[4])
print("ready", flush=True)
sys.stdin.readline()
verdicts = {}
for payload in payloads:
    v = scan(db, payload, desk=sys.argv[5], operator="benchmark", now=now, secret=secret).verdict.value
    verdicts[v] = verdicts.get(v, 0) + 1
print(json.dumps(verdicts), flush=True)
"""


@contextmanager
def fresh_pg_database(server_url: str) -> Iterator[str]:
    """A new database on the server of ``server_url`` for one run, dropped afterwards."""
    from sqlalchemy import create_engine, pool, text
    from sqlalchemy.engine import make_url

    name = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=pool.NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _prepare(target: str, secret: bytes) -> tuple[list[str], datetime]:
    from sqlalchemy import select

    from accreditation.badges.issuing import issue_badges
    from accreditation.badges.token import make_payload
    from accreditation.demo.generate import generate_demo
    from accreditation.event.loader import current_event, load_event
    from accreditation.store.database import open_database
    from accreditation.store.models import Delegate, DelegateStatus

    db = open_database(target)
    try:
        with db.transaction() as session:
            load_event(session)
        with db.transaction() as session:
            generate_demo(session, delegates=BADGES + 400, seed=1404, photos=False)
        with db.transaction() as session:
            event = current_event(session)
            first_day = datetime.combine(event.start_date, datetime.min.time())
            people = session.scalars(
                select(Delegate)
                .where(
                    Delegate.status != DelegateStatus.CANCELLED,
                    Delegate.arrival.is_(None) | (Delegate.arrival < first_day + timedelta(days=1)),
                )
                .order_by(Delegate.id)
                .limit(BADGES)
            ).all()
            badges = issue_badges(session, people, "benchmark")
            payloads = [make_payload(secret, b.event_id, b.number, b.version) for b in badges]
    finally:
        db.close()
    return payloads, first_day + timedelta(hours=10)


def throughput(target: str, folder: Path) -> dict[str, float]:
    """Four desks scanning at once on ``target`` (an empty database): scans per second, and the checks."""
    from sqlalchemy import func, select

    from accreditation.store.database import open_database
    from accreditation.store.models import CheckIn, Scan

    secret = os.urandom(32)
    payloads, moment = _prepare(target, secret)
    rng = random.Random(1404)
    procs = []
    for i in range(PROCESSES):
        mine = [rng.choice(payloads) for _ in range(SCANS_PER_PROCESS)]
        file = folder / f"desk-{i}.json"
        file.write_text(json.dumps(mine))
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", DESK, target, str(file), moment.isoformat(), secret.hex(), f"Desk {i}"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            )
        )
    for proc in procs:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError(f"desk process failed to start: {proc.stderr.read() if proc.stderr else ''}")
    started = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    verdicts: dict[str, int] = {}
    for proc in procs:
        out, err = proc.communicate(timeout=1800)
        if proc.returncode != 0 or "locked" in err.lower():
            raise RuntimeError(f"desk process failed:\n{err}")
        for verdict, count in json.loads(out.strip().splitlines()[-1]).items():
            verdicts[verdict] = verdicts.get(verdict, 0) + count
    elapsed = time.perf_counter() - started
    db = open_database(target, migrate=False)
    try:
        with db.sessions() as session:
            stored_scans = session.scalar(select(func.count(Scan.id))) or 0
            first_admissions = session.scalar(select(func.count(CheckIn.id))) or 0
    finally:
        db.close()
    sent = PROCESSES * SCANS_PER_PROCESS
    distinct = len({p for i in range(PROCESSES) for p in json.loads((folder / f"desk-{i}.json").read_text())})
    if stored_scans != sent or first_admissions != distinct or verdicts.get("admitted", 0) != distinct:
        raise RuntimeError(f"wrong result: {stored_scans} scans stored of {sent}, {first_admissions} first "
                           f"admissions for {distinct} badges, verdicts {verdicts}")
    return {"scans_per_s": sent / elapsed, "scans": float(sent), "badges_scanned": float(distinct)}


def run(sqlite_file: Path | None, pg_server: str | None) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-concurrency-") as tmp:
        folder = Path(tmp)
        os.environ.setdefault("ACCREDITATION_DATA_DIR", str(folder / "data"))
        (folder / "data").mkdir(exist_ok=True)
        if sqlite_file is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{sqlite_file}{suffix}").unlink(missing_ok=True)
            for key, value in throughput(str(sqlite_file), folder).items():
                figures[f"sqlite_4_desks_{key}"] = value
        if pg_server:
            with fresh_pg_database(pg_server) as url:
                for key, value in throughput(url, folder).items():
                    figures[f"postgresql_4_desks_{key}"] = value
    return figures


def bench(db: object) -> dict[str, float]:
    """For ``benchmarks/run.py``: the large demo database is not used; fresh databases are."""
    pg = os.environ.get("ACCREDITATION_BENCH_PG") or os.environ.get("ACCREDITATION_TEST_PG")
    with tempfile.TemporaryDirectory(prefix="bench-concurrency-db-") as tmp:
        return run(Path(tmp) / "desks.sqlite", pg)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sqlite", type=Path, help="a SQLite file to create (replaced if it exists)")
    parser.add_argument("--pg", help="a PostgreSQL URL whose role may create databases")
    args = parser.parse_args()
    if args.sqlite is None and args.pg is None:
        parser.error("give --sqlite FILE, --pg URL, or both")
    for key, value in run(args.sqlite, args.pg).items():
        print(f"{key:>40}: {value:10.1f}")


if __name__ == "__main__":
    main()
