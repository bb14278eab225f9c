"""Benchmark: arranging a generated 1,000-seat hall (theatre rows) by protocol. Target: under 1 s.

``bench(db)`` is called by ``benchmarks/run.py`` on the 100,000-person demo database: the hall is
made with :func:`accreditation.event.rooms.make_room`, the plenary is seated in it, and everything is rolled
back so the database is left as it was. Run alone, it builds a 5,000-person demo database in a
temporary folder: ``.venv/bin/python benchmarks/bench_seating.py [--delegates N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEATS = 1_000
TARGET_S = 1.0


def bench(db) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from accreditation.event.loader import current_event
    from accreditation.event.rooms import make_room, save_room
    from accreditation.seating.plans import plan_for_session
    from accreditation.seating.precedence import arrange
    from accreditation.seating.views import plan_view
    from accreditation.store.models import EventSession

    samples: list[float] = []
    cpu: list[float] = []
    seated = unseated = view_ms = 0.0
    for _ in range(3):
        with db.sessions() as session:
            with session.begin():
                event = current_event(session)
                room = save_room(session, event, make_room("theatre", SEATS, code="bench-hall-1000",
                                                           name_en="Benchmark hall", per_row=40))
                plenary = session.query(EventSession).filter_by(event_id=event.id, code="plenary").one()
                plenary.room_code = room.code
                plan = plan_for_session(session, event, "plenary", room_code=room.code)
                started, started_cpu = time.perf_counter(), time.process_time()
                result = arrange(session, plan)
                samples.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
                seated, unseated = float(result.seated), float(result.unseated)
                started = time.perf_counter()
                plan_view(session, plan)
                view_ms = (time.perf_counter() - started) * 1000
                session.rollback()
    return {
        "hall_seats": float(SEATS),
        "arrange_1000_median_s": statistics.median(samples),
        "arrange_1000_worst_s": max(samples),
        # CPU time of this process: what the arrangement costs when the PC is not busy with others.
        "arrange_1000_cpu_median_s": statistics.median(cpu),
        "seated": seated,
        "unseated": unseated,
        "plan_view_ms": view_ms,
        "target_s": TARGET_S,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--delegates", type=int, default=5_000)
    parser.add_argument("--db", type=Path, help="an existing demo database to use instead")
    args = parser.parse_args()
    from accreditation.demo.generate import generate_demo
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        db = open_database(path)
        if args.db is None:
            with db.transaction() as session:
                load_event(session)
                generate_demo(session, delegates=args.delegates, photos=False)
        figures = bench(db)
        db.close()
    for key, value in figures.items():
        print(f"  {key:28s} {value:10.3f}")
    return 0 if figures["arrange_1000_median_s"] < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
