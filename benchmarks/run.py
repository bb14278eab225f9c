"""Benchmark runner: builds a 100,000-delegate database with ``demo`` and measures the desk's paths.

    .venv/bin/python benchmarks/run.py                 # everything, on benchmarks/out/demo-100000.sqlite
    .venv/bin/python benchmarks/run.py --only window   # just this runner's own figures
    .venv/bin/python benchmarks/run.py --delegates 20000 --rebuild

The database is built once and reused (``--rebuild`` to start over). Each ``benchmarks/bench_*.py``
module that defines ``bench(db) -> dict[str, float]`` is run after the runner's own figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_database(path: Path, delegates: int, rebuild: bool) -> float | None:
    if path.exists() and not rebuild:
        return None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--delegates", str(delegates)],
        check=True,
    )
    return time.perf_counter() - started


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """(median, worst) wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples)


def bench_window(path: Path) -> dict[str, float]:
    """Open the database; load one region's and all people into the table model, first rows drawn."""
    from PySide6.QtWidgets import QApplication

    from accreditation.event.loader import current_event
    from accreditation.people.directory import PeopleFilter
    from accreditation.store.database import open_database
    from accreditation.store.models import Region
    from ui.people.table_model import PeopleTableModel

    app = QApplication.instance() or QApplication([])
    figures: dict[str, float] = {}

    started = time.perf_counter()
    db = open_database(path)
    with db.sessions() as session:
        event = current_event(session)
        region_id = session.query(Region.id).filter(Region.code == "astrakhan").scalar()
    figures["open_database_ms"] = (time.perf_counter() - started) * 1000

    model = PeopleTableModel(db, event, "en")

    def load(flt: PeopleFilter) -> None:
        model.set_filter(flt, background=False)
        for row in range(min(40, model.rowCount())):  # what the first screen draws
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    figures["load_one_region_median_ms"], figures["load_one_region_worst_ms"] = timed(
        lambda: load(PeopleFilter("region", region_id))
    )
    figures["load_all_median_ms"], figures["load_all_worst_ms"] = timed(lambda: load(PeopleFilter("all")))
    figures["people_all"] = float(model.rowCount())

    def scroll() -> None:  # a page further down, as when dragging the scroll bar
        for start in range(0, model.rowCount(), max(1, model.rowCount() // 50)):
            for row in range(start, min(start + 40, model.rowCount())):
                model.data(model.index(row, 0))

    median, worst = timed(scroll, repeat=3)
    figures["scroll_50_jumps_median_ms"] = median
    figures["scroll_one_jump_ms"] = median / 50
    db.close()
    del app
    return figures


def discover() -> dict[str, Callable]:
    found = {}
    for file in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(file.stem, file)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if hasattr(module, "bench"):
            found[file.stem.removeprefix("bench_")] = module.bench
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--delegates", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database to use (default benchmarks/out/demo-N.sqlite)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--only", action="append", help="run only these groups (window, search, badges, ...)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    path = args.db or HERE / "out" / f"demo-{args.delegates}.sqlite"
    built = build_database(path, args.delegates, args.rebuild)
    results: dict[str, dict[str, float]] = {}
    if built is not None:
        results["build"] = {"demo_seconds": built}
    if not args.only or "window" in args.only:
        results["window"] = bench_window(path)
    for name, bench in discover().items():
        if args.only and name not in args.only:
            continue
        from accreditation.store.database import open_database

        db = open_database(path)
        try:
            results[name] = bench(db)
        finally:
            db.close()
    for group, figures in results.items():
        print(f"[{group}]")
        for key, value in figures.items():
            print(f"  {key:32s} {value:10.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
