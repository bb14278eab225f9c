"""Benchmark: scan-to-verdict at the desk (decode, verify, look up, record durably) on a large database.

Target on the desk PC: p95 at most 20 ms per scan (wall time, fsync included). Each scan is the real path of the desk: its own
``BEGIN IMMEDIATE`` transaction with ``synchronous=FULL``, committed before the verdict is returned, so
one fsync per scan is part of the figure (``fsync_p50_ms`` says what the disk alone costs). Also: the
sustained throughput of 4 desk processes scanning at once on one SQLite file.

The work runs on a copy of the database (SQLite's online backup), so the benchmark issues 1,000 badges
and records thousands of scans without touching the original. Payloads are signed with a random key
passed to the scan, never the event's real key.

``bench(db)`` is called by ``benchmarks/run.py`` with the 100,000-person demo database; run alone with
``python benchmarks/bench_checkin.py [--db FILE]`` (without ``--db`` a 5,000-person demo is built).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCANS = 1_000
PROCESSES = 4
SCANS_PER_PROCESS = 400
TARGETS = {"scan_p95_ms": 20.0}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _fsync_cost(folder: Path) -> float:
    """Median milliseconds of one tiny committed transaction with synchronous=FULL in ``folder``."""
    path = folder / "fsync-probe.sqlite"
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE t (x)")
        samples = []
        for i in range(50):
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t VALUES (?)", (i,))
            conn.execute("COMMIT")
            samples.append((time.perf_counter() - started) * 1000)
    finally:
        conn.close()
    return statistics.median(samples)


def _copy(source_url: str, folder: Path) -> Path:
    from accreditation.store.database import _sqlite_path, backup_sqlite

    source = _sqlite_path(source_url)
    if source is None:
        raise SystemExit("the check-in benchmark needs a SQLite database file")
    return backup_sqlite(source, folder / "checkin-bench.sqlite")


def _issue(path: Path, count: int, secret: bytes) -> tuple[list[str], datetime]:
    """Badges for ``count`` people who have none (one bulk issue); their payloads and a moment in the event."""
    from sqlalchemy import select

    from accreditation.badges.issuing import issue_badges
    from accreditation.badges.token import make_payload
    from accreditation.event.loader import current_event
    from accreditation.store.database import open_database
    from accreditation.store.models import Badge, Delegate, DelegateStatus

    db = open_database(path)
    try:
        with db.transaction() as session:
            event = current_event(session)
            has_badge = select(Badge.delegate_id)
            people = list(
                session.scalars(
                    select(Delegate)
                    .where(
                        Delegate.event_id == event.id,
                        Delegate.status != DelegateStatus.CANCELLED,
                        Delegate.id.not_in(has_badge),
                        Delegate.arrival.is_(None) | (Delegate.arrival < datetime.combine(event.start_date, datetime.min.time()) + timedelta(days=1)),
                    )
                    .order_by(Delegate.id)
                    .limit(count)
                )
            )
            badges = issue_badges(session, people, "benchmark")
            payloads = [make_payload(secret, b.event_id, b.number, b.version) for b in badges]
            moment = datetime.combine(event.start_date, datetime.min.time()) + timedelta(hours=10)
    finally:
        db.close()
    return payloads, moment


def _child(path: str, secret_hex: str, payload_file: str, desk: str, moment: str) -> None:
    """One desk process: say ready, wait for "go", scan everything, print the count."""
    from accreditation.checkin.desk import scan
    from accreditation.store.database import open_database

    db = open_database(path, migrate=False)
    secret = bytes.fromhex(secret_hex)
    payloads = json.loads(Path(payload_file).read_text())
    now = datetime.fromisoformat(moment)
    print("ready", flush=True)
    sys.stdin.readline()
    for payload in payloads:
        scan(db, payload, desk=desk, operator="benchmark", now=now, secret=secret)
    print(json.dumps({"scans": len(payloads)}), flush=True)
    db.close()


def _throughput(path: Path, secret: bytes, payloads: list[str], moment: datetime, folder: Path) -> float:
    """Scans per second with PROCESSES desks scanning at once (their own badges and each other's)."""
    procs = []
    for i in range(PROCESSES):
        mine = [payloads[(i * 97 + k) % len(payloads)] for k in range(SCANS_PER_PROCESS)]
        file = folder / f"payloads-{i}.json"
        file.write_text(json.dumps(mine))
        procs.append(
            subprocess.Popen(
                [sys.executable, __file__, "--child", str(path), "--secret", secret.hex(), "--payloads", str(file),
                 "--desk", f"Desk {i}", "--moment", moment.isoformat()],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            )
        )
    for proc in procs:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError(f"desk process failed to start: {proc.stderr.read() if proc.stderr else ''}")
    started = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    total = 0
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        if proc.returncode != 0 or "locked" in err.lower():
            raise RuntimeError(f"desk process failed:\n{err}")
        total += json.loads(out.strip().splitlines()[-1])["scans"]
    return total / (time.perf_counter() - started)


def bench(db: object, scans: int = SCANS) -> dict[str, float]:
    """Scan ``scans`` freshly issued badges one by one on a copy of ``db``; then 4 desks at once."""
    from accreditation.badges.token import verify_payload
    from accreditation.checkin.desk import scan
    from accreditation.store.database import open_database
    from accreditation.store.models import Verdict

    url = getattr(db, "url", None) or f"sqlite:///{Path(str(db)).resolve()}"
    secret = os.urandom(32)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-checkin-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        path = _copy(url, folder)
        figures["copy_s"] = time.perf_counter() - started
        issued, moment = _issue(path, scans + 10, secret)
        warm_up, payloads = issued[:10], issued[10:]
        figures["badges"] = float(len(payloads))
        copy = open_database(path, migrate=False)
        try:
            from accreditation.event.loader import current_event

            with copy.sessions() as session:
                event_id = current_event(session).id
            verify = []
            for payload in payloads[:200]:
                t0 = time.perf_counter()
                verify_payload(secret, payload, event_id=event_id)
                verify.append((time.perf_counter() - t0) * 1000)
            figures["decode_verify_p50_ms"] = statistics.median(verify)
            for payload in warm_up:  # warm the statement cache and the page cache, like a desk in use
                scan(copy, payload, desk="warm-up", operator="benchmark", now=moment, secret=secret)
            samples = []
            cpu = []
            verdicts: dict[str, int] = {}
            for payload in payloads:
                t0, c0 = time.perf_counter(), time.process_time()
                outcome = scan(copy, payload, desk="Desk 1", operator="benchmark", now=moment, secret=secret)
                samples.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
                verdicts[outcome.verdict.value] = verdicts.get(outcome.verdict.value, 0) + 1
            figures["scans"] = float(len(samples))
            figures["admitted"] = float(verdicts.get(Verdict.ADMITTED.value, 0))
            figures["scan_p50_ms"] = _percentile(samples, 0.50)
            figures["scan_p95_ms"] = _percentile(samples, 0.95)
            figures["scan_max_ms"] = max(samples)
            # The scan's own work, without waiting for the disk: what a faster disk cannot improve.
            figures["scan_cpu_p50_ms"] = _percentile(cpu, 0.50)
            figures["scan_cpu_p95_ms"] = _percentile(cpu, 0.95)
            figures["fsync_p50_ms"] = _fsync_cost(folder)
        finally:
            copy.close()
        figures["throughput_4_desks_scans_per_s"] = _throughput(path, secret, issued, moment, folder)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="an existing demo database file (default: build a 5,000-person one)")
    parser.add_argument("--scans", type=int, default=SCANS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--secret", help=argparse.SUPPRESS)
    parser.add_argument("--payloads", help=argparse.SUPPRESS)
    parser.add_argument("--desk", help=argparse.SUPPRESS)
    parser.add_argument("--moment", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.secret, args.payloads, args.desk, args.moment)
        return
    if args.db:
        figures = bench(args.db, args.scans)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-checkin-db-") as folder:
            os.environ.setdefault("ACCREDITATION_DATA_DIR", folder)
            from accreditation.demo.generate import generate_demo
            from accreditation.event.loader import load_event
            from accreditation.store.database import open_database

            path = Path(folder) / "demo.sqlite"
            db = open_database(path)
            with db.transaction() as session:
                load_event(session)
            with db.transaction() as session:
                generate_demo(session, delegates=5_000, seed=1404, photos=False)
            db.close()
            figures = bench(path, args.scans)
    for key, value in figures.items():
        target = TARGETS.get(key)
        verdict = "" if target is None else ("  ok" if value <= target else f"  OVER target {target}")
        print(f"{key:>32}: {value:10.2f}{verdict}")


if __name__ == "__main__":
    main()
