"""Benchmark: an offline desk (issue #16) on a PostgreSQL database of 100,000 people.

    .venv/bin/python benchmarks/bench_offline.py --pg postgresql+psycopg://user:pw@127.0.0.1:5432/db
    .venv/bin/python benchmarks/bench_offline.py --pg ... --people 20000 --keep   # reuse between runs

``--pg`` names any database on a server where the role may CREATE DATABASE. The benchmark builds the
bundled event with ``--people`` demo people (``generate_demo(seed=1404, photos=False)``) and a badge for
each in a database of its own (``bench_offline_<people>``; kept with ``--keep``, else dropped), and puts a
TCP proxy between the desk and the server, which it cuts (the server gone: connections dropped, new ones
refused) and hangs (the cable pulled: nothing answers). Figures:

- the replica refreshed from empty, and after 100 people changed on the server (median of 5);
- the time from the server's loss to the first offline verdict (cut and hung), then each offline scan,
  against each online scan (medians of 50);
- 5,000 scans made offline, then pushed to the server.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

AT = datetime(2025, 11, 18, 9, 0)


def _database(server_url: str, people: int, keep: bool) -> tuple[str, float | None]:
    from sqlalchemy import create_engine, pool, text
    from sqlalchemy.engine import make_url

    name = f"bench_offline_{people}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=pool.NullPool)
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        if exists and not keep:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            exists = None
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    if exists:
        engine = create_engine(url, poolclass=pool.NullPool)
        with engine.begin() as conn:  # the scans of an earlier run would make these "already checked in"
            conn.execute(text("TRUNCATE check_in, scan, sync_receipt"))
        engine.dispose()
        return url, None
    from sqlalchemy import select

    from accreditation.badges.issuing import issue_badges
    from accreditation.demo.generate import generate_demo
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database
    from accreditation.store.models import Delegate

    started = time.perf_counter()
    db = open_database(url)
    with db.transaction() as session:
        load_event(session)
        generate_demo(session, delegates=people, seed=1404, photos=False)
    with db.transaction() as session:
        issue_badges(session, session.scalars(select(Delegate).order_by(Delegate.id)).all())
    with db.engine.connect() as conn:
        conn.exec_driver_sql("COMMIT")
        conn.exec_driver_sql("ANALYZE")
    db.close()
    return url, time.perf_counter() - started


def _drop(server_url: str, people: int) -> None:
    from sqlalchemy import create_engine, pool, text

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=pool.NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "bench_offline_{people}" WITH (FORCE)'))
    admin.dispose()


def _payloads(url: str) -> list[str]:
    from sqlalchemy import select

    from accreditation.badges.token import ensure_event_secret, make_payload
    from accreditation.event.loader import current_event
    from accreditation.store.database import open_database
    from accreditation.store.models import Badge

    db = open_database(url)
    with db.sessions() as session:
        event = current_event(session)
        secret = ensure_event_secret(event.code)
        numbers = session.execute(select(Badge.number, Badge.version).order_by(Badge.number).limit(6000)).all()
    db.close()
    return [make_payload(secret, event.id, n, v) for n, v in numbers]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def run(server_url: str, people: int, keep: bool) -> dict[str, float | int | None]:
    from sqlalchemy import select
    from sqlalchemy.engine import make_url

    from accreditation.offline.link import DeskLink
    from accreditation.offline.replica import refresh
    from accreditation.store.database import server_timeout
    from accreditation.store.models import Delegate
    from tests.tcp_proxy import TcpProxy

    url, built = _database(server_url, people, keep)
    payloads = _payloads(url)
    parsed = make_url(url)
    proxy = TcpProxy(parsed.host or "127.0.0.1", parsed.port or 5432)
    through = parsed.set(port=proxy.port).render_as_string(hide_password=False)
    figures: dict[str, float | int | None] = {
        "people": people,
        "build_s": None if built is None else round(built, 1),
    }
    with tempfile.TemporaryDirectory() as folder:
        link = DeskLink(through, replica_file=Path(folder) / "replica.sqlite")
        started = time.perf_counter()
        full = refresh(link.server(), link.replica)
        figures["refresh_from_empty_s"] = round(time.perf_counter() - started, 2)
        figures["replica_mb"] = round((Path(folder) / "replica.sqlite").stat().st_size / 2**20, 1)
        assert full.full and full.people == people

        times = []
        for round_ in range(5):
            with link.server().transaction() as session:
                for person in session.scalars(
                    select(Delegate).order_by(Delegate.id).offset(round_ * 1000).limit(100)
                ):
                    person.title_en = f"{person.title_en} ({round_})"
            started = time.perf_counter()
            report = refresh(link.server(), link.replica)
            times.append(time.perf_counter() - started)
            assert not report.full and report.people >= 100, (
                report
            )  # transactions still running elsewhere on the server make a refresh take a few rows again
        figures["refresh_after_100_changes_s"] = round(statistics.median(times), 3)
        figures["refresh_after_100_changes_max_s"] = round(max(times), 3)

        def scans(start: int, count: int) -> list[float]:
            spent = []
            for i in range(start, start + count):
                t = time.perf_counter()
                outcome = link.scan(
                    payloads[i], desk="bench", operator="bench", now=AT + timedelta(seconds=i)
                )
                spent.append(time.perf_counter() - t)
                assert outcome.verdict.value == "admitted", outcome.verdict
            return spent

        figures["online_scan_ms"] = _ms(statistics.median(scans(0, 50)))
        proxy.cut()
        t = time.perf_counter()
        first = link.scan(payloads[50], desk="bench", operator="bench", now=AT)
        figures["first_offline_verdict_server_gone_ms"] = _ms(time.perf_counter() - t)
        assert first.offline
        figures["offline_scan_ms"] = _ms(statistics.median(scans(51, 50)))
        proxy.restore()
        link.sync(refresh_replica=False)

        figures["server_timeout_s"] = server_timeout()
        link.server().engine.dispose()
        proxy.hang()
        t = time.perf_counter()
        first = link.scan(payloads[101], desk="bench", operator="bench", now=AT)
        figures["first_offline_verdict_cable_pulled_ms"] = _ms(time.perf_counter() - t)
        assert first.offline
        proxy.restore()
        link.sync(refresh_replica=False)

        proxy.cut()
        started = time.perf_counter()
        scans(200, 5000)
        figures["queue_5000_offline_scans_s"] = round(time.perf_counter() - started, 2)
        link.close()
        proxy.restore()
        # The push goes straight to the server, as on the desk's network: the proxy's extra hop (two
        # threads per connection) is the tests' way to pull the plug, not part of a desk.
        direct = DeskLink(url, replica_file=Path(folder) / "replica.sqlite")
        started = time.perf_counter()
        report, _ = direct.sync(refresh_replica=False)
        figures["push_5000_scans_s"] = round(time.perf_counter() - started, 2)
        assert report.pushed == 5000 and report.waiting == 0, report.as_json()
        direct.close()
    proxy.close()
    if not keep:
        _drop(server_url, people)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pg", required=True, help="a database on a server where the role may CREATE DATABASE"
    )
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep (and reuse) the benchmark's database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        os.environ["ACCREDITATION_DATA_DIR"] = data
        print(json.dumps(run(args.pg, args.people, args.keep), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
