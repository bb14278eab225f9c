"""``names persian`` as a desk script runs it, and the demo database's Persian sheets before and after."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import run_main


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("persian-names")
    db = folder / "summit.sqlite"
    result = run_main("--db", str(db), "demo", "--delegates", "300", "--no-photos")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for each test (they accept names)."""
    db = tmp_path / "summit.sqlite"
    shutil.copy(demo_template, db)
    return db


def _names(db: Path, *args: str) -> dict:
    result = run_main("--db", str(db), "names", "persian", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _people(db: Path) -> dict[int, tuple[str, bool]]:
    """Each person's Persian name, and whether they head a delegation."""
    from accreditation.store.database import open_database
    from accreditation.store.models import Delegate, Delegation

    opened = open_database(db)
    try:
        with opened.sessions() as s:
            heads = set(s.scalars(select(Delegation.head_delegate_id)))
            return {d.id: (d.name_fa, d.id in heads) for d in s.scalars(select(Delegate))}
    finally:
        opened.close()


def test_the_list_proposes_and_stores_nothing(demo_file: Path) -> None:
    before = _people(demo_file)
    data = _names(demo_file)
    proposals = data["proposals"]
    assert data["accepted"] == []
    assert {p["id"] for p in proposals} == {pid for pid, (fa, _head) in before.items() if not fa}
    assert set(proposals[0]) >= {"id", "latin", "native", "proposal", "confidence", "level", "region"}
    assert all(p["proposal"] and 0 < p["confidence"] <= 1 for p in proposals)
    assert _people(demo_file) == before
    baku = _names(demo_file, "--region", "baku")["proposals"]
    assert baku and {p["region"] for p in baku} == {"baku"}
    text = run_main("--db", str(demo_file), "names", "persian", "--region", "baku")
    assert text.returncode == 0 and "--accept-all" in text.stdout


def test_an_unknown_region_is_one_clear_line(demo_file: Path) -> None:
    result = run_main("--db", str(demo_file), "names", "persian", "--region", "atlantis")
    assert result.returncode != 0
    assert "atlantis" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_accept_all_gives_every_head_of_delegation_a_persian_name_and_the_plenary_chart_no_latin_only_name(
    demo_file: Path, tmp_path: Path
) -> None:
    chart, slips = tmp_path / "before.pdf", tmp_path / "slips.pdf"
    result = run_main(
        "--db",
        str(demo_file),
        "--lang",
        "fa",
        "seating",
        "--session",
        "plenary",
        "--arrange",
        "--out",
        str(chart),
        "--slips",
        str(slips),
    )
    assert result.returncode == 0, result.stderr
    assert "names persian" in result.stderr  # the print step warns, naming the command that helps
    heads_missing = [pid for pid, (fa, head) in _people(demo_file).items() if head and not fa]
    assert heads_missing  # the demo starts with foreign heads of delegation without a Persian name

    data = _names(demo_file, "--accept-all")
    assert {a["id"] for a in data["accepted"]} == {p["id"] for p in data["proposals"]}
    people = _people(demo_file)
    assert [pid for pid, (fa, head) in people.items() if head and not fa] == []
    assert _names(demo_file)["proposals"] == []

    plan = run_main("--db", str(demo_file), "seating", "--session", "plenary", "--json")
    seats = [a for a in json.loads(plan.stdout)["assignments"] if a["delegate_id"]]
    assert seats and all(a["name_fa"] for a in seats)
    after = tmp_path / "after.pdf"
    result = run_main(
        "--db", str(demo_file), "--lang", "fa", "seating", "--session", "plenary", "--out", str(after)
    )
    assert result.returncode == 0 and result.stderr == ""
    cards = run_main(
        "--db", str(demo_file), "cards", "--session", "plenary", "--out", str(tmp_path / "cards.pdf")
    )
    assert cards.returncode == 0 and cards.stderr == ""
    if shutil.which("pdftotext"):
        read = [
            subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
            for p in (chart, slips, after)
        ]
        assert "⚠" in read[0] and "⚠" in read[1]  # before: the Latin names marked for review
        assert "⚠" not in read[2]


def test_the_accepted_names_are_marked_reviewed_in_the_audit_trail(demo_file: Path) -> None:
    from accreditation.people.persian_names import REVIEWED_ACTION
    from accreditation.store.database import open_database
    from accreditation.store.models import AuditEntry

    accepted = _names(demo_file, "--region", "dagestan", "--accept-all")["accepted"]
    assert accepted
    opened = open_database(demo_file)
    try:
        with opened.sessions() as s:
            reviewed = set(
                s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == REVIEWED_ACTION))
            )
    finally:
        opened.close()
    assert reviewed == {a["id"] for a in accepted}
