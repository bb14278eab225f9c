"""Recall of cross-script search on real officials' names: is the person typed in another script in the top 5?

    .venv/bin/python benchmarks/bench_recall.py               # a temporary database: event + 3,000 demo people
    .venv/bin/python benchmarks/bench_recall.py --misses      # and every miss, with what came first
    .venv/bin/python benchmarks/bench_recall.py --json        # the figures as one JSON object
    .venv/bin/python benchmarks/bench_recall.py --db FILE     # reuse FILE (built there once if missing)

The corpus is ``benchmarks/data/officials.tsv``: real public officials of the five Caspian states with
their names in their own script, the passport/English Latin, the Persian press spelling, the Russian
press spelling and the Latin variants of German, French and Polish papers. It measures; it must never
be copied into the search (no table of known names), or the figures stop meaning anything.

Each corpus person is added once among the demo crowd, stored in ONE script as a region would send
them: Russians and Kazakhs as ``name_native`` Cyrillic plus the ICAO/passport ``given_name`` and
``family_name``; Azerbaijanis and Turkmens with their own Latin only (``İlham Əliyev``,
``Serdar Berdimuhamedow``); Iranians as ``name_fa`` plus the English Latin. No titles are stored, so
only names can answer. Then each person is looked for through the core search path,
``accreditation.search.engine.search(session, query, limit=5)`` (what ``main.py search QUERY --limit 5
--json`` runs), with queries of these kinds, each reported on its own:

* ``persian_family``   the family part of the Persian press spelling alone (its last N words, N = the
                       number of words of ``latin_family``), for people not stored in Persian;
* ``persian_full``     the whole Persian press spelling, for people not stored in Persian;
* ``latin_full``       Latin given + family: for RU/KZ the stored ICAO form itself (a baseline: the same
                       spelling as stored); for AZ/TM the English form where it differs from the
                       stored native Latin (``Ilham Aliyev`` for ``İlham Əliyev``);
* ``latin_family``     the same family name alone;
* ``cyrillic_full``    the Russian press spelling of people stored in Latin or Persian (AZ, TM, IR);
* ``russian_for_kazakh`` the Russian-Cyrillic spelling of a Kazakh stored in Kazakh Cyrillic
                       (``Касым-Жомарт Токаев`` for ``Қасым-Жомарт Тоқаев``), where the two differ;
* ``variant``          each German/French/Polish/English variant of the family name, alone;
* ``variant_given``    the same variant after the ``latin_given`` name. The given name is the
                       passport/English one, not the paper's own (Sergej, Sergueï, Siergiej): the kind
                       measures the family spelling, with the given name as a desk would have it.

A hit is the person among the first five results. Family-name queries compete with the demo crowd
(3,000 people, many Magomedov, Əliyev, Tokayev...): a family name shared by more than five people
cannot be a sure hit, so each miss also says where the person ranked in a wider search (limit 50)
and at what tier, which separates "crowded" from "not recognised". The database the people are
added to is never changed: they are added in a transaction that is rolled back at the end.

Always exits 0: it measures, it does not judge.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from accreditation.demo.generate import generate_demo  # noqa: E402
from accreditation.event.loader import current_event, load_event  # noqa: E402
from accreditation.people.delegates import create_delegates  # noqa: E402
from accreditation.search.engine import search  # noqa: E402
from accreditation.store.database import Database, open_database  # noqa: E402
from accreditation.store.models import Category, Delegate, Region  # noqa: E402

CORPUS = HERE / "data" / "officials.tsv"
DELEGATES = 3_000
SEED = 1404  # the CLI's default demo seed
LIMIT = 5
WIDE = 50  # where a missed person ranked, for the misses list
OPERATOR = "bench_recall"

KINDS = (
    "persian_family",
    "persian_full",
    "latin_full",
    "latin_family",
    "cyrillic_full",
    "russian_for_kazakh",
    "variant",
    "variant_given",
)


@dataclass
class Official:
    id: str
    country: str
    role: str
    native_given: str
    native_family: str
    latin_given: str
    latin_family: str
    persian: str
    russian: str
    variants: list[str]
    delegate_id: int = 0

    @property
    def stored(self) -> str:
        """The name as stored, for the misses list."""
        if self.country in ("RU", "KZ"):
            return f"{self.native_given} {self.native_family} / {self.latin_given} {self.latin_family}"
        if self.country == "IR":
            return f"{self.persian} / {self.latin_given} {self.latin_family}"
        return f"{self.native_given} {self.native_family}"


@dataclass
class Query:
    kind: str
    text: str
    official: Official


@dataclass
class Outcome:
    query: Query
    hit: bool
    first: str = ""
    rank_wide: int = 0  # 1-based rank in a search with limit WIDE; 0 when not there
    tier_wide: str = ""


@dataclass
class Tally:
    queries: int = 0
    hits: int = 0
    misses: list[Outcome] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return round(100.0 * self.hits / self.queries, 1) if self.queries else 0.0


def read_corpus(path: Path) -> list[Official]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    people = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        people.append(
            Official(
                id=row["id"],
                country=row["country"],
                role=row["role"],
                native_given=row["native_given"],
                native_family=row["native_family"],
                latin_given=row["latin_given"],
                latin_family=row["latin_family"],
                persian=row["persian"],
                russian=row.get("russian", "") or "",
                variants=[v for v in (row["variants"] or "").split("|") if v],
            )
        )
    return people


def persian_family(person: Official) -> str:
    """The family part of the Persian spelling: as many last words as ``latin_family`` has."""
    words = person.persian.split()
    count = len(person.latin_family.split())
    if len(words) <= count:
        return ""
    return " ".join(words[-count:])


def queries_for(person: Official) -> list[Query]:
    out: list[Query] = []

    def add(kind: str, text: str) -> None:
        if text.strip():
            out.append(Query(kind, text.strip(), person))

    if person.country != "IR" and person.persian:
        add("persian_family", persian_family(person))
        add("persian_full", person.persian)
    if person.country in ("RU", "KZ"):
        add("latin_full", f"{person.latin_given} {person.latin_family}")
        add("latin_family", person.latin_family)
    elif person.country in ("AZ", "TM"):
        english = f"{person.latin_given} {person.latin_family}"
        if english.casefold() != f"{person.native_given} {person.native_family}".casefold():
            add("latin_full", english)
        if person.latin_family.casefold() != person.native_family.casefold():
            add("latin_family", person.latin_family)
    if person.country in ("AZ", "TM", "IR") and person.russian:
        add("cyrillic_full", person.russian)
    if person.country == "KZ" and person.russian:
        if person.russian != f"{person.native_given} {person.native_family}":
            add("russian_for_kazakh", person.russian)
    for variant in person.variants:
        add("variant", variant)
        add("variant_given", f"{person.latin_given} {variant}")
    return out


# --- the database ---------------------------------------------------------------------------------------


def prepare(db: Database, delegates: int) -> float | None:
    """The bundled event and the demo crowd, unless the database already has people; seconds taken."""
    started = time.perf_counter()
    with db.transaction() as session:
        if session.scalar(select(func.count(Delegate.id))):
            return None
        try:
            current_event(session)
        except Exception:  # noqa: BLE001 - no event yet: load the bundled one, as 'init' does
            load_event(session)
    with db.transaction() as session:
        generate_demo(session, delegates=delegates, seed=SEED, photos=False)
    return time.perf_counter() - started


_HEADS = ("Governor", "Head of the Republic", "President of the Republic", "President of Kalmykia", "Akim")


def add_corpus(session: Session, people: list[Official]) -> None:
    """Each official once, in one script as their region would send them (see the module docstring)."""
    regions = {code: rid for rid, code in session.execute(select(Region.id, Region.code))}
    categories = {code: cid for cid, code in session.execute(select(Category.id, Category.code))}
    items = []
    for person in people:
        role = person.role
        if person.country == "RU":
            region = next(
                (c for c in ("astrakhan", "dagestan", "kalmykia") if c in role.lower()), "astrakhan"
            )
        elif person.country == "KZ":
            region = "mangystau" if "Mangystau" in role else "atyrau"
        elif person.country == "AZ":
            region = "baku"
        elif person.country == "TM":
            region = "balkan"
        else:
            region = "mazandaran" if "Mazandaran" in role else "gilan"
        item = {
            "region_id": regions[region],
            "category_id": categories["head" if role.startswith(_HEADS) else "vip"],
            "nationality": person.country,
        }
        if person.country in ("RU", "KZ"):
            item.update(
                name_native=f"{person.native_given} {person.native_family}",
                given_name=person.latin_given,
                family_name=person.latin_family,
            )
        elif person.country == "IR":
            item.update(
                name_fa=person.persian, given_name=person.latin_given, family_name=person.latin_family
            )
        else:
            item.update(given_name=person.native_given, family_name=person.native_family)
        items.append(item)
    ids = create_delegates(session, items, OPERATOR, detail="bench_recall (rolled back)")
    for person, delegate_id in zip(people, ids, strict=True):
        person.delegate_id = delegate_id


def _name_of(session: Session, delegate_id: int) -> str:
    row = session.execute(
        select(Delegate.given_name, Delegate.family_name, Delegate.name_fa, Delegate.name_native).where(
            Delegate.id == delegate_id
        )
    ).one()
    given, family, fa, native = row
    return " / ".join(p for p in (f"{given} {family}".strip(), fa, native) if p)


def measure(db: Database, people: list[Official], *, misses: bool) -> tuple[dict[str, Tally], float]:
    """Run every query; the tallies per kind and the seconds the searches took."""
    tallies = {kind: Tally() for kind in KINDS}
    queries = [q for person in people for q in queries_for(person)]
    session = db.sessions()
    try:
        add_corpus(session, people)
        session.flush()
        search(session, "warm up")
        started = time.perf_counter()
        for query in queries:
            hits = search(session, query.text, limit=LIMIT)
            found = any(h.delegate_id == query.official.delegate_id for h in hits)
            tally = tallies[query.kind]
            tally.queries += 1
            if found:
                tally.hits += 1
                continue
            outcome = Outcome(query, False, first=_name_of(session, hits[0].delegate_id) if hits else "")
            if hits:
                outcome.first += f" [{hits[0].tier}]"
            if misses:
                wide = search(session, query.text, limit=WIDE)
                for rank, hit in enumerate(wide, 1):
                    if hit.delegate_id == query.official.delegate_id:
                        outcome.rank_wide, outcome.tier_wide = rank, hit.tier
                        break
            tally.misses.append(outcome)
        elapsed = time.perf_counter() - started
    finally:
        session.rollback()  # the database is left as it was
        session.close()
    return tallies, elapsed


def figures(tallies: dict[str, Tally], people: list[Official]) -> dict[str, float]:
    out: dict[str, float] = {"recall_corpus_people": float(len(people))}
    total_q = total_h = 0
    for kind, tally in tallies.items():
        if not tally.queries:
            continue
        out[f"recall_{kind}_queries"] = float(tally.queries)
        out[f"recall_{kind}_hits"] = float(tally.hits)
        out[f"recall_{kind}_pct"] = tally.recall
        total_q += tally.queries
        total_h += tally.hits
    out["recall_total_queries"] = float(total_q)
    out["recall_total_hits"] = float(total_h)
    out["recall_total_pct"] = round(100.0 * total_h / total_q, 1) if total_q else 0.0
    return out


def print_table(tallies: dict[str, Tally]) -> None:
    print(f"{'kind':20s} {'queries':>8s} {'top-5':>8s} {'recall@5':>9s}")
    total_q = total_h = 0
    for kind, tally in tallies.items():
        if not tally.queries:
            continue
        print(f"{kind:20s} {tally.queries:8d} {tally.hits:8d} {tally.recall:8.1f}%")
        total_q += tally.queries
        total_h += tally.hits
    pct = 100.0 * total_h / total_q if total_q else 0.0
    print(f"{'total':20s} {total_q:8d} {total_h:8d} {pct:8.1f}%")


def print_misses(tallies: dict[str, Tally]) -> None:
    for kind, tally in tallies.items():
        if not tally.misses:
            continue
        print(f"\n[{kind}] {len(tally.misses)} missed")
        for miss in tally.misses:
            where = f"rank {miss.rank_wide} ({miss.tier_wide})" if miss.rank_wide else f"not in top {WIDE}"
            first = miss.first or "nothing"
            print(f"  {miss.query.text!r} -> {miss.query.official.stored}; {where}; first: {first}")


def miss_list(tallies: dict[str, Tally]) -> list[dict[str, object]]:
    return [
        {
            "kind": kind,
            "query": m.query.text,
            "expected": m.query.official.id,
            "first": m.first,
            "rank_top50": m.rank_wide,
            "tier_top50": m.tier_wide,
        }
        for kind, tally in tallies.items()
        for m in tally.misses
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", help="a database to reuse (built there with the event and the demo people if it has none)"
    )
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="the officials TSV (default: %(default)s)"
    )
    parser.add_argument("--delegates", type=int, default=DELEGATES, help="demo people (default %(default)s)")
    parser.add_argument("--misses", action="store_true", help="list every miss, with what came first")
    parser.add_argument("--json", action="store_true", help="print only the figures, as one JSON object")
    args = parser.parse_args()

    people = read_corpus(args.corpus)
    with tempfile.TemporaryDirectory(prefix="bench-recall-") as folder:
        target = args.db or str(Path(folder) / "recall.sqlite")
        db = open_database(target)
        try:
            built = prepare(db, args.delegates)
            tallies, seconds = measure(db, people, misses=args.misses)
        finally:
            db.close()
    result = figures(tallies, people)
    if built is not None:
        result["recall_build_s"] = round(built, 2)
    result["recall_search_s"] = round(seconds, 2)
    if args.json:
        if args.misses:
            print(json.dumps({**result, "misses": miss_list(tallies)}, ensure_ascii=False))
        else:
            print(json.dumps(result))
        return 0
    counts: dict[str, int] = {}
    for person in people:
        counts[person.country] = counts.get(person.country, 0) + 1
    print(
        f"corpus: {len(people)} officials ("
        + ", ".join(f"{c} {n}" for c, n in sorted(counts.items()))
        + f"); {sum(1 for p in people if p.persian and p.country != 'IR')} with a Persian press spelling, "
        f"{sum(1 for p in people if p.variants)} with variants"
    )
    print_table(tallies)
    if args.misses:
        print_misses(tallies)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
