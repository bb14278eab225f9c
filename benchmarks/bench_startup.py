"""Start-up as a desk feels it: each figure is the median of 10 cold processes, beside Python's own start.

    .venv/bin/python benchmarks/bench_startup.py                       # on benchmarks/out/demo-100000.sqlite
    .venv/bin/python benchmarks/bench_startup.py --db FILE --runs 10 --json

What is timed, each in a fresh process started the way a desk starts it (wall time from spawning the
process):

- ``python -c pass``: the same interpreter doing nothing, the floor every other figure stands on;
- ``main.py --version``;
- ``main.py --db DB search QUERY --json``: a desk script looking someone up (the whole process);
- the window, offscreen, until it is shown and until its first screen of people is drawn (the lines
  ``smoke: window shown`` and ``smoke: people shown`` it prints when ``ACCREDITATION_SMOKE_EXIT_MS`` is
  set), on a day whose backup is already taken;
- the same on the first open of a day: today's copy is removed before each run, so the window starts
  the copy in the background; the figure shows the people are not kept waiting for it.

The files are read from the page cache after the first run (as on a desk PC that started the program
before); nothing here empties it. There is no ``bench(db)``: ``run.py`` does not run this with its open
database, since every figure here is a process of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MAIN = ROOT / "main.py"


def _env(data_dir: Path) -> dict[str, str]:
    return dict(
        os.environ,
        ACCREDITATION_DATA_DIR=str(data_dir),
        ACCREDITATION_LANG="en",
        QT_QPA_PLATFORM="offscreen",
    )


def _process(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return elapsed


def _window(db: Path, env: dict[str, str]) -> tuple[float, float]:
    """(window shown, first screen of people drawn), seconds from spawning the process."""
    env = dict(env, ACCREDITATION_SMOKE_EXIT_MS="60000")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(MAIN), "--db", str(db)],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - started
        if "smoke: people shown" in marks:
            break
    proc.terminate()
    proc.wait(timeout=60)
    if "smoke: people shown" not in marks:
        raise SystemExit("the window never showed its people")
    return marks["smoke: window shown"], marks["smoke: people shown"]


def _median(samples: list[float]) -> dict[str, float]:
    return {
        "median_s": round(statistics.median(samples), 3),
        "min_s": round(min(samples), 3),
        "max_s": round(max(samples), 3),
    }


def measure(db: Path, runs: int, query: str, data_dir: Path) -> dict[str, dict[str, float]]:
    env = _env(data_dir)
    python = [sys.executable]
    figures: dict[str, dict[str, float]] = {}
    # One unmeasured run of each, so every measured run reads its files from the page cache alike.
    _process([*python, "-c", "pass"], env)
    _process([*python, str(MAIN), "--db", str(db), "search", query, "--json"], env)
    _window(db, env)
    figures["python -c pass"] = _median([_process([*python, "-c", "pass"], env) for _ in range(runs)])
    figures["main.py --version"] = _median(
        [_process([*python, str(MAIN), "--version"], env) for _ in range(runs)]
    )
    figures[f"search {query!r} --json"] = _median(
        [_process([*python, str(MAIN), "--db", str(db), "search", query, "--json"], env) for _ in range(runs)]
    )
    shown, people = zip(*(_window(db, env) for _ in range(runs)), strict=True)
    figures["window shown"] = _median(list(shown))
    figures["window: first screen of people"] = _median(list(people))
    daily = db.with_name(f"{db.stem}-backups") / f"{db.stem}.daily-{date.today():%Y%m%d}.sqlite"
    first_of_day: list[float] = []
    for _ in range(runs):
        daily.unlink(missing_ok=True)
        first_of_day.append(_window(db, env)[1])
    figures["window, first open of the day: first screen of people"] = _median(first_of_day)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=HERE / "out" / "demo-100000.sqlite")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--query", default="Haghshenas")
    parser.add_argument("--data-dir", type=Path, default=HERE / "out" / "startup-data")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist: build it with benchmarks/run.py or main.py demo")
    args.data_dir.mkdir(parents=True, exist_ok=True)
    figures = measure(args.db, args.runs, args.query, args.data_dir)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"{'what (' + str(args.runs) + ' cold processes each)':58s} {'median':>8s} {'min':>8s} {'max':>8s}")
    for name, values in figures.items():
        print(f"{name:58s} {values['median_s']:8.3f} {values['min_s']:8.3f} {values['max_s']:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
