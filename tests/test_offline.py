"""Offline desks (issue #16): the replica, the automatic fallback, the durable queue and the sync.

The server is the test PostgreSQL server seen through a TCP proxy the tests cut (a server gone: live
connections dropped, new ones refused) and hang (a cable pulled: nothing answers). The end-to-end run
with several desk processes and a server stopped hard is in ``test_offline_server_stop.py``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.engine import make_url

from accreditation.badges.issuing import issue_badges, reissue
from accreditation.badges.token import ensure_event_secret, make_payload
from accreditation.demo.generate import generate_demo
from accreditation.event.loader import current_event, load_event
from accreditation.offline.conflicts import open_conflicts, resolve_conflict
from accreditation.offline.link import DeskLink, LinkState
from accreditation.offline.push import DOUBLE_ADMISSION, REFUSED_ON_SERVER
from accreditation.offline.replica import people_count, refresh
from accreditation.store.database import ServerUnreachable, open_database
from accreditation.store.models import Badge, CheckIn, Delegate, Scan, Verdict
from accreditation.store.sync_models import SyncReceipt
from tests.conftest import run_main
from tests.tcp_proxy import TcpProxy

pytestmark = pytest.mark.usefixtures("pg_databases")

#: A moment of the summit's first day (event time), when every demo badge is valid.
AT = datetime(2025, 11, 18, 9, 0)


@pytest.fixture
def server(pg_url: str) -> Iterator[tuple[str, list[str]]]:
    """A server database with the summit, 120 demo people and their badges; (url, payloads)."""
    db = open_database(pg_url)
    with db.transaction() as session:
        load_event(session)
        generate_demo(session, delegates=120, seed=16, photos=False)
        people = session.scalars(select(Delegate).order_by(Delegate.id)).all()
        issue_badges(session, people)
    with db.sessions() as session:
        event = current_event(session)
        secret = ensure_event_secret(event.code)
        payloads = [
            make_payload(secret, event.id, b.number, b.version)
            for b in session.scalars(select(Badge).order_by(Badge.number))
        ]
    db.close()
    yield pg_url, payloads


@pytest.fixture
def proxy(pg_url: str) -> Iterator[TcpProxy]:
    url = make_url(pg_url)
    tcp = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    yield tcp
    tcp.close()


def through(url: str, proxy: TcpProxy) -> str:
    return make_url(url).set(port=proxy.port).render_as_string(hide_password=False)


def desk(url: str, tmp_path: Path, name: str) -> DeskLink:
    link = DeskLink(url, replica_file=tmp_path / f"{name}.sqlite")
    link.sync()
    return link


def server_scans(url: str) -> list[Scan]:
    db = open_database(url)
    try:
        with db.sessions() as session:
            return list(session.scalars(select(Scan).order_by(Scan.id)))
    finally:
        db.close()


def test_replica_holds_what_a_desk_needs_and_refreshes_by_change(server, tmp_path: Path) -> None:
    url, _payloads = server
    link = DeskLink(url, replica_file=tmp_path / "desk.sqlite")
    first = refresh(link.server(), link.replica)
    assert first.full and first.people == 120 and first.badges == 120
    assert people_count(link.replica) == 120

    # Only what changed since: rows written by transactions still running elsewhere on the server when
    # the last refresh read it (other tests, here) are taken again, never the whole table.
    nothing = refresh(link.server(), link.replica)
    assert not nothing.full

    with link.server().transaction() as session:
        person = session.scalars(select(Delegate).order_by(Delegate.id)).first()
        person.title_en = "Changed on the server"
        person_id = person.id
        gone_id = session.scalar(select(func.max(Delegate.id)))
        session.execute(delete(Delegate).where(Delegate.id == gone_id))  # the server cascades to the badge
    later = refresh(link.server(), link.replica)
    assert not later.full and later.people >= 1 and later.removed >= 1
    with link.replica.sessions() as session:
        assert session.get(Delegate, person_id).title_en == "Changed on the server"
        assert session.get(Delegate, gone_id) is None
        assert people_count(link.replica) == 119
    link.close()


def test_scan_falls_back_to_the_replica_and_sync_records_each_scan_once(server, proxy, tmp_path) -> None:
    url, payloads = server
    link = desk(through(url, proxy), tmp_path, "desk-1")

    online = link.scan(payloads[0], desk="desk-1", operator="maryam", now=AT)
    assert online.verdict is Verdict.ADMITTED and not online.offline

    proxy.cut()
    offline = link.scan(payloads[1], desk="desk-1", operator="maryam", now=AT)
    assert offline.verdict is Verdict.ADMITTED and offline.offline
    assert link.status().state is LinkState.OFFLINE and link.status().waiting == 1
    # The desk's own online admission reached the replica at once: scanned again offline, it is "already".
    again = link.scan(payloads[0], desk="desk-1", operator="maryam", now=AT)
    assert again.verdict is Verdict.ALREADY_CHECKED_IN and again.offline
    # Cut off, what needs the server is refused in one sentence.
    with pytest.raises(ServerUnreachable):
        link.sync()

    proxy.restore()
    report, fresh = link.sync()
    assert (report.pushed, report.already, report.conflicts, report.waiting) == (2, 0, 0, 0)
    assert fresh is not None and link.status().state is LinkState.ONLINE
    # Pushing again does nothing twice.
    assert link.sync()[0].pushed == 0

    scans = server_scans(url)
    assert len(scans) == 3 and len({s.client_id for s in scans}) == 3
    assert [s.verdict for s in scans] == [Verdict.ADMITTED, Verdict.ADMITTED, Verdict.ALREADY_CHECKED_IN]
    assert [s.offline_verdict for s in scans] == ["", "admitted", "already_checked_in"]
    assert all(s.flag == "" for s in scans)
    link.close()


def test_an_interrupted_push_repeated_records_nothing_twice(server, proxy, tmp_path) -> None:
    url, payloads = server
    link = desk(through(url, proxy), tmp_path, "desk-1")
    proxy.cut()
    for payload in payloads[:30]:
        assert link.scan(payload, desk="desk-1", operator="o", now=AT).offline
    proxy.restore()
    # The server takes the first batch, then the answer is lost: the desk still thinks it waits.
    from accreditation.offline import push as push_module

    real = push_module.mark_pushed
    calls = {"n": 0}

    def lose_the_answer(replica, results):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 1:
            raise ConnectionError("the answer was lost")
        return real(replica, results)

    push_module.mark_pushed = lose_the_answer
    try:
        with pytest.raises(ConnectionError):
            push_module.push(link.server(), link.replica, batch=10)
    finally:
        push_module.mark_pushed = real
    report, _ = link.sync()
    assert report.already == 10 and report.pushed == 20 and report.waiting == 0
    scans = server_scans(url)
    assert len(scans) == 30 and len({s.client_id for s in scans}) == 30
    link.close()


def test_two_desks_cut_off_admit_the_same_badge_the_earlier_wins_and_the_later_is_flagged(
    server, proxy, tmp_path
) -> None:
    url, payloads = server
    desk_a = desk(through(url, proxy), tmp_path, "desk-a")
    desk_b = desk(through(url, proxy), tmp_path, "desk-b")
    proxy.cut()
    first = desk_a.scan(payloads[5], desk="desk-a", operator="a", now=AT)
    second = desk_b.scan(payloads[5], desk="desk-b", operator="b", now=AT + timedelta(minutes=1))
    assert first.verdict is second.verdict is Verdict.ADMITTED and first.offline and second.offline
    proxy.restore()
    # The later scan reaches the server first: the admission still goes to the earlier one.
    report_b, _ = desk_b.sync()
    report_a, _ = desk_a.sync()
    assert report_b.conflicts + report_a.conflicts == 1

    scans = server_scans(url)
    by_desk = {s.desk: s for s in scans}
    assert by_desk["desk-a"].verdict is Verdict.ADMITTED and by_desk["desk-a"].flag == ""
    assert by_desk["desk-b"].verdict is Verdict.ALREADY_CHECKED_IN and by_desk["desk-b"].flag == DOUBLE_ADMISSION
    db = open_database(url)
    with db.transaction() as session:
        checkin = session.scalars(select(CheckIn)).one()
        assert checkin.desk == "desk-a" and checkin.scan_id == by_desk["desk-a"].id
        conflicts = open_conflicts(session)
        assert [c.scan_id for c in conflicts] == [by_desk["desk-b"].id]
        resolve_conflict(session, conflicts[0].scan_id, "supervisor", "one person, two desks")
    with db.sessions() as session:
        assert open_conflicts(session) == []
    db.close()
    desk_a.close()
    desk_b.close()


def test_a_badge_revoked_on_the_server_while_a_desk_was_cut_off_is_flagged(server, proxy, tmp_path) -> None:
    url, payloads = server
    link = desk(through(url, proxy), tmp_path, "desk-1")
    proxy.cut()
    db = open_database(url)
    with db.transaction() as session:
        badge = session.scalars(select(Badge).order_by(Badge.number)).first()
        reissue(session, badge.delegate_id, "lost", "supervisor")
    db.close()
    outcome = link.scan(payloads[0], desk="desk-1", operator="o", now=AT)
    assert outcome.verdict is Verdict.ADMITTED and outcome.offline  # the replica did not know
    proxy.restore()
    report, _ = link.sync()
    assert report.conflicts == 1
    (scan,) = server_scans(url)
    assert scan.verdict is Verdict.REVOKED and scan.flag == REFUSED_ON_SERVER and scan.offline_verdict == "admitted"
    # The refreshed replica knows now: the old badge is refused at the desk too.
    proxy.cut()
    assert link.scan(payloads[0], desk="desk-1", operator="o", now=AT).verdict is Verdict.REVOKED
    link.close()


def test_a_server_that_hangs_is_left_for_the_replica(server, proxy, tmp_path, monkeypatch) -> None:
    url, payloads = server
    monkeypatch.setenv("ACCREDITATION_SERVER_TIMEOUT", "2")
    link = desk(through(url, proxy), tmp_path, "desk-1")
    link.server().engine.dispose()  # no pooled connection: the next scan connects through the hang
    proxy.hang()
    outcome = link.scan(payloads[3], desk="desk-1", operator="o", now=AT)
    assert outcome.offline and outcome.verdict is Verdict.ADMITTED
    # Offline, scans go straight to the replica.
    assert link.scan(payloads[4], desk="desk-1", operator="o", now=AT).offline
    proxy.restore()
    assert link.probe()
    assert link.sync()[0].pushed == 2
    link.close()


def test_command_line_scan_while_the_server_is_gone_then_sync(server, proxy, tmp_path) -> None:
    url, payloads = server
    db = through(url, proxy)
    done = run_main("--db", db, "sync", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["waiting"] == 0

    proxy.cut()
    done = run_main("--db", db, "checkin", payloads[7], "--desk", "gate-2", "--at", "2025-11-18T09:30", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["verdict"] == "admitted" and answer["offline"] is True
    assert "Traceback" not in done.stderr

    done = run_main("--db", db, "sync", "--status", "--json")
    status = json.loads(done.stdout)
    assert done.returncode == 0 and status["online"] is False and status["waiting"] == 1
    assert status["replica"].endswith(".sqlite") and status["replica_age_seconds"] is not None

    # What needs the server is refused in one line.
    done = run_main("--db", db, "approve", "--all")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "does not answer" in done.stderr

    done = run_main("--db", db, "sync", "--json")
    assert done.returncode == 1 and json.loads(done.stdout)["waiting"] == 1

    proxy.restore()
    done = run_main("--db", db, "sync", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) | {} == {
        "pushed": 1,
        "already": 0,
        "conflicts": 0,
        "waiting": 0,
        "failed": 0,
        "online": True,
    }
    (scan,) = server_scans(url)
    assert scan.desk == "gate-2" and scan.verdict is Verdict.ADMITTED and scan.client_id

    info = run_main("--db", db, "info", "--json")
    assert json.loads(info.stdout)["replica"] == status["replica"]


def test_a_desk_killed_while_offline_keeps_its_queue(server, proxy, tmp_path) -> None:
    import signal
    import subprocess
    import sys
    import time

    url, payloads = server
    db = through(url, proxy)
    assert run_main("--db", db, "sync").returncode == 0
    proxy.cut()
    script = tmp_path / "desk.py"
    script.write_text(
        "import sys\n"
        "from datetime import datetime\n"
        "from accreditation.offline.link import DeskLink\n"
        "link = DeskLink(sys.argv[1])\n"
        "for payload in sys.argv[2:]:\n"
        "    outcome = link.scan(payload, desk='killed', operator='o', now=datetime(2025, 11, 18, 9, 0))\n"
        "    print(outcome.verdict.value, outcome.offline, flush=True)\n"
        "import time\n"
        "time.sleep(60)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    desk_process = subprocess.Popen(
        [sys.executable, str(script), db, *payloads[10:25]], stdout=subprocess.PIPE, text=True, env=env
    )
    lines = [desk_process.stdout.readline() for _ in range(15)]
    assert all(line.startswith("admitted True") for line in lines), lines
    desk_process.send_signal(signal.SIGKILL)
    desk_process.wait(timeout=10)
    desk_process.stdout.close()
    time.sleep(0.1)

    proxy.restore()
    done = run_main("--db", db, "sync", "--json")
    assert json.loads(done.stdout)["pushed"] == 15
    scans = server_scans(url)
    assert len(scans) == 15 and {s.desk for s in scans} == {"killed"}
    replica = json.loads(run_main("--db", db, "sync", "--status", "--json").stdout)["replica"]
    check = sqlite3.connect(replica)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


def test_receipts_and_scans_agree(server, proxy, tmp_path) -> None:
    url, payloads = server
    link = desk(through(url, proxy), tmp_path, "desk-1")
    proxy.cut()
    for payload in payloads[:5]:
        link.scan(payload, desk="desk-1", operator="o", now=AT)
    proxy.restore()
    link.sync()
    db = open_database(url)
    with db.sessions() as session:
        receipts = session.scalar(select(func.count()).select_from(SyncReceipt))
        offline_scans = session.scalar(select(func.count(Scan.id)).where(Scan.offline_verdict != ""))
    db.close()
    assert receipts == offline_scans == 5
    link.close()


def test_badges_print_from_the_replica_and_the_prints_reach_the_server(server, proxy, tmp_path) -> None:
    from accreditation.store.models import BadgeHistory, DelegateStatus

    url, _payloads = server
    db = open_database(url)
    with db.transaction() as session:  # protocol approved the first ten people
        ids = list(session.scalars(select(Delegate.id).order_by(Delegate.id).limit(10)))
        for person in session.scalars(select(Delegate).where(Delegate.id.in_(ids))):
            person.status = DelegateStatus.APPROVED
    db.close()
    target = through(url, proxy)
    assert run_main("--db", target, "sync").returncode == 0
    proxy.cut()
    pdf = tmp_path / "badges.pdf"
    chosen = ",".join(str(i) for i in ids[:3])
    done = run_main("--db", target, "badges", "--ids", chosen, "--out", str(pdf), "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["offline"] is True and summary["badges"] == 3 and summary["issued"] == 0
    assert pdf.stat().st_size > 0
    proxy.restore()
    done = run_main("--db", target, "sync", "--json")
    assert json.loads(done.stdout)["pushed"] == 3, done.stderr
    db = open_database(url)
    with db.sessions() as session:
        printed = session.scalars(select(BadgeHistory).where(BadgeHistory.action == "printed")).all()
        assert len(printed) == 3 and all(h.detail.startswith("offline at") for h in printed)
    db.close()


def test_a_hand_over_while_the_server_is_gone_reaches_the_server(server, proxy, tmp_path) -> None:
    from accreditation.store.models import BadgeHistory, BadgeStatus

    url, payloads = server
    link = desk(through(url, proxy), tmp_path, "desk-1")
    proxy.cut()
    result, offline = link.hand_over(payloads[4], desk="desk-1", operator="o")
    assert offline and result.collected and result.scan.delegate.latin_name  # names read on the replica
    again, _ = link.hand_over(payloads[4], desk="desk-1", operator="o")
    assert not again.collected and again.already_collected
    proxy.restore()
    report, _ = link.sync()
    assert report.pushed == 1 and report.waiting == 0
    db = open_database(url)
    with db.sessions() as session:
        badge = session.scalars(select(Badge).order_by(Badge.number).offset(4).limit(1)).one()
        assert badge.status is BadgeStatus.COLLECTED
        (history,) = session.scalars(select(BadgeHistory).where(BadgeHistory.action == "collected")).all()
        assert history.detail == "offline at desk-1" and history.operator == "o"
    db.close()
    link.close()
