"""How often the proposed Persian name is the one the Persian press prints, on real officials.

    .venv/bin/python benchmarks/bench_persian_names.py            # the figures
    .venv/bin/python benchmarks/bench_persian_names.py --misses   # and every miss beside the press spelling
    .venv/bin/python benchmarks/bench_persian_names.py --json

The list is ``tests/data/persian_press_names.tsv``: officials of Russia, Azerbaijan, Kazakhstan and
Turkmenistan with the spelling IRNA, ISNA, Tasnim, Mehr and BBC Persian print. A proposal counts when it
equals that spelling or differs from it in one vowel letter (ا و ی ه, added, dropped or swapped; spaces
and zero-width non-joiners aside). "heldout" is the figure that counts: those rows were never used to
write the known-name tables of ``accreditation/names/persian.py``. Each name is proposed from what the
desk holds: the native name (Cyrillic, Azerbaijani or Turkmen Latin) and the passport Latin; the
``latin_only`` figure proposes from the passport Latin alone, as for a guest sent without a native name.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import accreditation.names.persian as persian  # noqa: E402
from accreditation.names.persian import propose_persian, same_but_a_vowel  # noqa: E402
from tests.test_persian_names_press import NATIONALITY, press_rows  # noqa: E402


def measure(show_misses: bool = False) -> dict[str, float]:
    rows = press_rows()
    figures: dict[str, float] = {}
    started = time.perf_counter()
    for mode in ("native", "latin_only"):
        for split in ("heldout", "dev", "all"):
            chosen = [r for r in rows if split == "all" or r["split"] == split]
            hits = exact = 0
            for r in chosen:
                native = f"{r['native_given']} {r['native_family']}" if mode == "native" else ""
                proposal = propose_persian(
                    r["latin_given"], r["latin_family"], native, NATIONALITY[r["country"]]
                )
                text = proposal.text if proposal else ""
                exact += text.replace("\u200c", " ") == r["persian"].replace("\u200c", " ")
                if same_but_a_vowel(text, r["persian"]):
                    hits += 1
                elif show_misses and split != "all":
                    print(f"  {mode:10} {split:7} {r['id']:24} {text}  ≠  {r['persian']}")
            figures[f"{mode}_{split}_pct"] = round(100 * hits / len(chosen), 1)
            figures[f"{mode}_{split}_exact_pct"] = round(100 * exact / len(chosen), 1)
            figures[f"{split}_names"] = float(len(chosen))
    figures["native_heldout_strict_pct"], _removed = strict_held_out()
    figures["ms_per_name"] = round((time.perf_counter() - started) * 1000 / (4 * len(rows)), 3)
    return figures


def _table_keys(row: dict[str, str]) -> set[tuple[str, str]]:
    """The table entries (whole words, roots) a row's names are read with."""
    keys: set[tuple[str, str]] = set()
    text = " ".join(row[c] for c in ("native_given", "native_family", "latin_given", "latin_family"))
    for word in text.replace("-", " ").split():
        key = persian._key(word)
        if key in persian._WHOLE:
            keys.add(("whole", key))
        stems = [key] + [key[: -len(e)] for e, _kind in persian._SUFFIXES if key.endswith(e)]
        for stem in stems:
            parts = _root_keys(stem)
            if parts:
                keys.update(("root", part) for part in parts)
    return keys


def _root_keys(key: str) -> list[str] | None:
    if not key:
        return []
    for end in range(min(len(key), persian._LONGEST_ROOT), 1, -1):
        if key[:end] in persian._ROOT:
            rest = _root_keys(key[end:])
            if rest is not None:
                return [key[:end], *rest]
    return None


def strict_held_out() -> tuple[float, list[str]]:
    """The held-out figure with every table entry that only held-out names use taken out of the tables.

    The tables are general (common given names, name roots), but they were written with the whole list
    in view; this is the figure for names whose words the tables have never seen.
    """
    rows = press_rows()
    dev = set().union(*(_table_keys(r) for r in rows if r["split"] == "dev"))
    held = [r for r in rows if r["split"] == "heldout"]
    only_held = set().union(*(_table_keys(r) for r in held)) - dev
    saved = dict(persian._WHOLE), dict(persian._ROOT)
    try:
        for kind, key in only_held:
            (persian._WHOLE if kind == "whole" else persian._ROOT).pop(key, None)
        hits = 0
        for r in held:
            native = f"{r['native_given']} {r['native_family']}"
            proposal = propose_persian(r["latin_given"], r["latin_family"], native, NATIONALITY[r["country"]])
            hits += bool(proposal and same_but_a_vowel(proposal.text, r["persian"]))
    finally:
        persian._WHOLE.clear()
        persian._WHOLE.update(saved[0])
        persian._ROOT.clear()
        persian._ROOT.update(saved[1])
    return round(100 * hits / len(held), 1), sorted(key for _kind, key in only_held)


def bench(_db: object = None) -> dict[str, float]:
    """For ``benchmarks/run.py``: the figures (the database is not used)."""
    return measure()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.misses)
    if args.json:
        print(json.dumps(figures))
        return 0
    for mode in ("native", "latin_only"):
        print(
            f"{mode:10}: held-out {figures[f'{mode}_heldout_pct']}% of {int(figures['heldout_names'])} "
            f"(exact {figures[f'{mode}_heldout_exact_pct']}%), dev {figures[f'{mode}_dev_pct']}% of "
            f"{int(figures['dev_names'])}, all {figures[f'{mode}_all_pct']}%"
        )
    _pct, removed = strict_held_out()
    print(
        f"held-out without the {len(removed)} table entries only held-out names use "
        f"({', '.join(removed)}): {figures['native_heldout_strict_pct']}%"
    )
    print(f"{figures['ms_per_name']} ms per name")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
