"""Real processes scanning one database at once (a SQLite file, or a PostgreSQL server several desks
share), and a desk killed in the middle of a burst; two desks saving the same person.

Exactly one first admission per badge and day however many desks scan it at the same moment; every
scan recorded; no "database is locked" reaches anyone; and every verdict a desk printed survives a
``kill -9`` of that desk the next instant.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from collections import Counter

import pytest
from sqlalchemy import func, select

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

#: A desk: says "ready", waits for a line on stdin (so all desks start at the same instant), then scans
#: each payload of argv[3] (a JSON list), printing one JSON line per verdict, flushed, only after
#: ``scan`` returned (i.e. after the commit).
DESK = r"""
import json, sys, time
from datetime import datetime
from accreditation.checkin.desk import scan
from accreditation.store.database import open_database

db = open_database(sys.argv[1], migrate=False)
payloads = json.loads(sys.argv[3])
desk = sys.argv[4]
print("ready", flush=True)
sys.stdin.readline()
for payload in payloads:
    outcome = scan(db, payload, desk=desk, operator="test", now=datetime(2025, 11, 18, 9, 30))
    sys.stdout.write(json.dumps({"payload": payload, "verdict": outcome.verdict.value, "scan": outcome.scan_id,
                                 "checkin": outcome.checkin_id}) + "\n")
    sys.stdout.flush()
"""


@pytest.fixture
def badges(demo_db):
    """The demo database with a badge for 60 people; returns (db, payloads)."""
    from accreditation.badges.issuing import issue_badges
    from accreditation.badges.token import ensure_event_secret, make_payload
    from accreditation.store.models import Delegate, DelegateStatus, Event

    with demo_db.transaction() as session:
        event = session.scalars(select(Event)).one()
        secret = ensure_event_secret(event.code)
        people = session.scalars(
            select(Delegate).where(Delegate.status != DelegateStatus.CANCELLED).order_by(Delegate.id).limit(60)
        ).all()
        issued = issue_badges(session, people, "test")
        payloads = [make_payload(secret, b.event_id, b.number, b.version) for b in issued]
    return demo_db, payloads


def _desk(db_path: str, payloads: list[str], name: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", DESK, db_path, "-", json.dumps(payloads), name],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
    )
    return proc


def _go(*procs: subprocess.Popen) -> None:
    """Wait until every desk has opened the database, then start them all at once."""
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()


def test_desks_scanning_the_same_badges_at_once_admit_each_exactly_once(badges) -> None:
    from accreditation.store.models import CheckIn, Scan, Verdict

    db, payloads = badges
    shared = payloads[:10]  # every desk scans these, at the same moment
    desks = 4
    procs = [_desk(db.url, shared + payloads[10 + 5 * i : 15 + 5 * i], f"Desk {i}") for i in range(desks)]
    _go(*procs)
    lines: list[dict] = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        assert "locked" not in err.lower()
        lines += [json.loads(line) for line in out.splitlines()]
    assert len(lines) == desks * 15
    per_payload = Counter((line["payload"], line["verdict"]) for line in lines)
    for payload in shared:
        assert per_payload[(payload, "admitted")] == 1, payload
        assert per_payload[(payload, "already_checked_in")] == desks - 1, payload
    for payload in payloads[10 : 10 + 5 * desks]:
        assert per_payload[(payload, "admitted")] == 1
    # Every check-in the desks reported for one badge is the same row.
    for payload in shared:
        assert len({line["checkin"] for line in lines if line["payload"] == payload}) == 1
    with db.sessions() as session:
        assert session.scalar(select(func.count(Scan.id))) == desks * 15
        assert session.scalar(select(func.count(CheckIn.id))) == 10 + 5 * desks
        stored = dict(session.execute(select(Scan.id, Scan.verdict)).all())
    for line in lines:
        assert stored[line["scan"]] == Verdict(line["verdict"])


def test_kill_9_in_a_burst_loses_no_printed_verdict(badges) -> None:
    from accreditation.store.models import Scan, Verdict

    db, payloads = badges
    burst = (payloads * 40)[:2000]
    proc = _desk(db.url, burst, "Doomed desk")
    _go(proc)
    seen: list[dict] = []
    assert proc.stdout is not None
    while len(seen) < 40:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "desk ended early"
        seen.append(json.loads(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    # Whatever else the desk printed before it died is in the pipe: it was shown, so it must be stored.
    seen += [json.loads(line) for line in proc.stdout.read().splitlines() if line.strip().endswith("}")]
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(seen) < len(burst), "the desk finished before it was killed; the test proved nothing"
    from accreditation.store.database import open_database

    reopened = open_database(db.url)
    try:
        with reopened.sessions() as session:
            stored = dict(session.execute(select(Scan.id, Scan.verdict)).all())
    finally:
        reopened.close()
    for line in seen:
        assert stored.get(line["scan"]) == Verdict(line["verdict"]), line
    assert len(stored) >= len(seen)


@pytest.fixture
def thousand_badges(event_db):
    """1,000 people on site on the event's first day, with a badge each; returns (db, payloads, moment)."""
    from datetime import datetime, timedelta

    from accreditation.badges.issuing import issue_badges
    from accreditation.badges.token import ensure_event_secret, make_payload
    from accreditation.demo.generate import generate_demo
    from accreditation.store.models import Delegate, DelegateStatus, Event

    with event_db.transaction() as session:
        generate_demo(session, delegates=1_400, seed=11, photos=False)
    with event_db.transaction() as session:
        event = session.scalars(select(Event)).one()
        secret = ensure_event_secret(event.code)
        first_day = datetime.combine(event.start_date, datetime.min.time())
        people = session.scalars(
            select(Delegate)
            .where(
                Delegate.status != DelegateStatus.CANCELLED,
                Delegate.arrival.is_(None) | (Delegate.arrival < first_day + timedelta(days=1)),
            )
            .order_by(Delegate.id)
            .limit(1_000)
        ).all()
        issued = issue_badges(session, people, "test")
        payloads = [make_payload(secret, b.event_id, b.number, b.version) for b in issued]
    assert len(payloads) == 1_000
    return event_db, payloads, first_day + timedelta(hours=10)


#: A door scanner for the load test: scans argv[3] (a JSON file of payloads) at argv[4], one JSON line per
#: scan with the verdict and the scan's row id; errors go to stderr.
SCANNER = r"""
import json, sys
from datetime import datetime
from accreditation.checkin.desk import scan
from accreditation.store.database import open_database

db = open_database(sys.argv[1], migrate=False)
payloads = json.load(open(sys.argv[3]))
now = datetime.fromisoformat(sys.argv[4])
desk = sys.argv[5]
print("ready", flush=True)
sys.stdin.readline()
out = []
for payload in payloads:
    outcome = scan(db, payload, desk=desk, operator="test", now=now)
    out.append({"payload": payload, "verdict": outcome.verdict.value, "scan": outcome.scan_id})
print(json.dumps(out), flush=True)
"""


def test_four_processes_scanning_1000_badges_in_random_order_with_repeats(thousand_badges, tmp_path) -> None:
    """Each of four processes scans every badge in its own random order, a fifth of them twice: one first
    admission per badge, every scan stored with the verdict its process was told, no "locked"."""
    from accreditation.store.models import CheckIn, Scan, Verdict

    db, payloads, moment = thousand_badges
    rng = random.Random(8)
    procs = []
    sent = 0
    for i in range(4):
        mine = payloads + rng.sample(payloads, len(payloads) // 5)
        rng.shuffle(mine)
        sent += len(mine)
        file = tmp_path / f"scans-{i}.json"
        file.write_text(json.dumps(mine))
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", SCANNER, db.url, "-", str(file), moment.isoformat(), f"Door {i}"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                env=dict(os.environ),
            )
        )
    _go(*procs)
    lines: list[dict] = []
    for proc in procs:
        out, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err
        assert "locked" not in err.lower(), err
        lines += json.loads(out.strip().splitlines()[-1])
    assert len(lines) == sent
    verdicts = Counter(line["verdict"] for line in lines)
    assert verdicts["admitted"] == len(set(payloads)), verdicts
    assert verdicts["admitted"] + verdicts["already_checked_in"] == sent, verdicts
    with db.sessions() as session:
        assert session.scalar(select(func.count(CheckIn.id))) == len(set(payloads))
        stored = dict(session.execute(select(Scan.id, Scan.verdict)).all())
    assert len(stored) == sent
    for line in lines:
        assert stored[line["scan"]] == Verdict(line["verdict"])


#: An editor at a desk: opens person argv[3] (reads the version), says ready, waits for "go", then saves
#: a new given name; prints "saved" or the StaleEdit's two versions.
EDITOR = r"""
import json, sys
from accreditation.store.database import open_database
from accreditation.people.delegates import StaleEdit, update_delegate
from accreditation.store.models import Delegate

db = open_database(sys.argv[1], migrate=False)
person = int(sys.argv[3])
with db.sessions() as session:
    opened = session.get(Delegate, person).version
print("ready", flush=True)
sys.stdin.readline()
try:
    with db.transaction() as session:
        update_delegate(session, person, {"given_name": sys.argv[4]}, "desk", expected_version=opened)
    print(json.dumps({"saved": True}), flush=True)
except StaleEdit as exc:
    print(json.dumps({"saved": False, "mine": exc.expected_version, "theirs": exc.current_version}), flush=True)
"""


def test_two_desks_saving_the_same_person_the_second_is_told(demo_db) -> None:
    """Both desks opened version N; both save at once: exactly one save lands, the other gets StaleEdit
    with both versions (N and N+1) -- never a silent overwrite."""
    from accreditation.store.models import Delegate

    with demo_db.sessions() as session:
        person = session.scalars(select(Delegate).order_by(Delegate.id).limit(1)).one()
        opened = person.version
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, demo_db.url, "-", str(person.id), name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env=dict(os.environ),
        )
        for name in ("Firstdesk", "Seconddesk")
    ]
    _go(*procs)
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    saved = [r for r in results if r["saved"]]
    refused = [r for r in results if not r["saved"]]
    assert len(saved) == 1 and len(refused) == 1, results
    assert refused[0]["mine"] == opened
    assert refused[0]["theirs"] == opened + 1
    with demo_db.sessions() as session:
        stored = session.get(Delegate, person.id)
        assert stored.version == opened + 1
        assert stored.given_name in ("Firstdesk", "Seconddesk")


def test_kill_9_at_twenty_random_moments_of_a_burst(badges) -> None:
    """Twenty desks in turn, each killed at a random moment of its burst (even before its first verdict):
    every verdict printed is stored as printed, no scan is stored twice, and the file stays sound."""
    import random
    import sqlite3
    import time

    from accreditation.store.database import open_database
    from accreditation.store.models import Scan, Verdict

    db, payloads = badges
    db.close()
    rng = random.Random(int(os.environ.get("CRASH_SEED", time.time())))
    printed_total = 0
    for attempt in range(20):
        burst = rng.sample(payloads, len(payloads)) * 10
        proc = _desk(db.url, burst, f"Desk {attempt}")
        _go(proc)
        assert proc.stdout is not None
        seen: list[dict] = []
        for _ in range(rng.randint(0, 30)):
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "desk ended early"
            seen.append(json.loads(line))
        time.sleep(rng.uniform(0, 0.05))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        seen += [json.loads(line) for line in proc.stdout.read().splitlines() if line.strip().endswith("}")]
        proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
        assert len(seen) < len(burst), "the desk finished before it was killed"
        printed_total += len(seen)

        reopened = open_database(db.url)
        try:
            with reopened.sessions() as session:
                stored = dict(session.execute(select(Scan.id, Scan.verdict)).all())
        finally:
            reopened.close()
        for line in seen:
            assert stored.get(line["scan"]) == Verdict(line["verdict"]), (attempt, line)
        if not db.is_sqlite:
            continue  # the server keeps its own files sound; there is no file here to check
        connection = sqlite3.connect(db.display_name)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    assert len(stored) >= printed_total
