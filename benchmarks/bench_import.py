"""Benchmark: a 10,000-row XLSX and a 10,000-row CSV imported (read, checked, written) into fresh databases.

Targets on the 2-core desk PC: XLSX under 5 s, CSV under 2 s, judged on the median of five imports
(see ``RUNS``). ``bench(db)`` is called by the team's runner with a fresh initialised database; run alone
with ``python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import csv
import functools
import gc
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accreditation.event.loader import load_event  # noqa: E402
from accreditation.intake import CANONICAL_HEADERS, build_preview, read_table, write_preview  # noqa: E402
from accreditation.intake.writer import index_imported, paused_gc  # noqa: E402
from accreditation.store.database import Database, open_database  # noqa: E402

ROWS = 10_000
TARGETS = {"xlsx_import_s": 5.0, "csv_import_s": 2.0}

_GIVEN = [
    "Pavel",
    "Olga",
    "Elşən",
    "Günel",
    "Ali",
    "Sara",
    "Merdan",
    "Aynur",
    "Kairat",
    "Leila",
    "Reza",
    "Anna",
]
_FAMILY = [
    "Vorontsov",
    "Kravchenko",
    "Həsənov",
    "Quliyeva",
    "Karimi",
    "Shirazi",
    "Orazow",
    "Omarov",
    "Navabi",
]
_GIVEN_FA = ["پاول", "الگا", "علی", "سارا", "مردان", "لیلا", "رضا", "آنا", "نرگس", "محمدحسين"]
_FAMILY_FA = ["ورونتسوف", "کریمی", "شيرازي", "اورازوف", "نوابی", "حسن‌اف"]
_REGIONS = [
    "gilan",
    "mazandaran",
    "golestan",
    "astrakhan",
    "dagestan",
    "baku",
    "lankaran",
    "atyrau",
    "balkan",
]
_CATEGORIES = [
    "delegate",
    "head",
    "press",
    "staff",
    "interpreter",
    "security",
    "support",
    "هیئت رسمی",
    "رسانه",
]


def generate_rows(count: int, seed: int = 11, offset: int = 0) -> list[list[str]]:
    """Believable rows in the canonical format, every person distinct (own passport number)."""
    rng = random.Random(seed)
    rows = []
    for i in range(offset, offset + count):
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY) + f"-{i}"
        hijri = rng.random() < 0.3
        arrival = (
            f"۱۴۰۴/۰۸/{rng.choice(['۲۵', '۲۶', '۲۷'])}"
            if hijri
            else f"2025-11-{rng.choice(['16', '17', '18'])}"
        )
        rows.append(
            [
                given,
                family,
                f"{rng.choice(_GIVEN_FA)} {rng.choice(_FAMILY_FA)} {i}",
                "",
                rng.choice(_REGIONS),
                "",
                rng.choice(_CATEGORIES),
                "Adviser",
                "مشاور",
                rng.choice(["M", "F", "K", "Q", "مرد", "زن"]),
                "",
                f"X{i:08d}",
                f"person{i}@example.org",
                f"+7 851 {i % 1000:03d}-{i % 100:02d}-{i % 97:02d}",
                arrival,
                "2025-11-19",
                rng.choice(["", "halal", "vegetarian"]),
                "",
                "",
            ]
        )
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CANONICAL_HEADERS)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Delegates")
    sheet.append(list(CANONICAL_HEADERS))
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def fresh_database(path: Path) -> Database:
    db = open_database(path)
    with db.transaction() as session:
        load_event(session)
    return db


def forget_cached_values() -> None:
    """Empty every ``functools`` cache in the process (names' keys, sort keys, cleaned cells, dates...).

    Each timed import starts as if its names had never been seen: otherwise the second import of the
    same list would find its names already keyed by the first, which no desk would see.
    """
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):  # the type of every lru_cache/cache function
            obj.cache_clear()


def _timed_import(db: Database, path: Path) -> tuple[float, float, float, int]:
    """(wall seconds to read, check and commit; the same in CPU seconds; wall seconds to key the new
    people for search; people added).

    The same steps as ``intake.import_file``, timed apart: the import is committed before the
    search keys are derived in a second transaction. CPU time is reported too because the desk PC in
    a shared office (or a CI runner) is often busy with something else; it is what the code costs.
    """
    forget_cached_values()
    with paused_gc():
        start, start_cpu = time.perf_counter(), time.process_time()
        table = read_table(path)
        with db.transaction() as session:
            result = write_preview(session, build_preview(session, table), "benchmark", index=False)
        committed, committed_cpu = time.perf_counter(), time.process_time()
        index_imported(db, result)
        indexed = time.perf_counter()
    if result.accepted + result.updated != ROWS or result.rejected:
        raise RuntimeError(f"benchmark import of {path.name} went wrong: {result.to_json()['problems'][:3]}")
    return committed - start, committed_cpu - start_cpu, indexed - committed, result.accepted


#: Imports timed per format. The project machine is a shared VM whose speed drifts by up to 1.7x from
#: one minute to the next (the same code, run back to back, took 1.2 s and then 2.1 s), so one run is
#: not a figure: the target is judged on the median, and the fastest and slowest runs are shown beside it.
RUNS = 5


def bench(db: Database | str | Path | None = None, runs: int = RUNS) -> dict[str, float]:
    """Seconds for each import, the median of ``runs`` imports of the same list, each into a database
    with no people: the first XLSX import goes into ``db`` (a fresh, initialised database, or its path)
    if one is given, every other into a new one."""
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        work = Path(folder)
        xlsx = write_xlsx(work / "people.xlsx", generate_rows(ROWS, seed=1))
        csv_file = write_csv(work / "people.csv", generate_rows(ROWS, seed=2))
        start = time.perf_counter()
        read_table(xlsx)
        xlsx_read = time.perf_counter() - start
        start = time.perf_counter()
        read_table(csv_file)
        csv_read = time.perf_counter() - start
        timings: dict[str, list[tuple[float, float, float]]] = {"xlsx": [], "csv": []}
        csv_again = 0.0
        for run in range(runs):
            for kind, path in (("xlsx", xlsx), ("csv", csv_file)):
                given = kind == "xlsx" and run == 0 and db is not None
                if isinstance(db, Database) and given:
                    target, own = db, False
                else:
                    # loading the event into a given path again is idempotent
                    target, own = fresh_database(Path(db) if given else work / f"{kind}-{run}.sqlite"), True
                try:
                    seconds, cpu, index_seconds, _ = _timed_import(target, path)
                    timings[kind].append((seconds, cpu, index_seconds))
                    if kind == "csv" and run == 0:
                        # The same file again: 10,000 people matched, nothing added.
                        csv_again, _, _, added = _timed_import(target, path)
                        assert added == 0
                finally:
                    if own:
                        target.close()
    results = {"xlsx_read_s": round(xlsx_read, 3), "csv_read_s": round(csv_read, 3)}
    for kind in ("xlsx", "csv"):
        walls = [t[0] for t in timings[kind]]
        results[f"{kind}_import_s"] = round(statistics.median(walls), 3)
        results[f"{kind}_import_fastest_s"] = round(min(walls), 3)
        results[f"{kind}_import_slowest_s"] = round(max(walls), 3)
        results[f"{kind}_import_cpu_s"] = round(statistics.median(t[1] for t in timings[kind]), 3)
        results[f"{kind}_search_keys_s"] = round(statistics.median(t[2] for t in timings[kind]), 3)
    results["csv_reimport_s"] = round(csv_again, 3)
    return results


def main() -> int:
    results = bench()
    print(f"10,000 rows, {RUNS} imports of each list; *_import_s is the median")
    failed = False
    for name, seconds in results.items():
        target = TARGETS.get(name)
        verdict = "" if target is None else (" ok" if seconds < target else f" OVER the {target} s target")
        failed |= target is not None and seconds >= target
        print(f"{name:24} {seconds:7.3f} s{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
