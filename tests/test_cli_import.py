"""``import FILE [--region CODE] [--dry-run] [--skip-invalid] [--json] [--operator NAME]``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accreditation.cli.main import run
from accreditation.store import audit
from accreditation.store.database import open_database
from accreditation.store.models import AuditEntry, Delegate

from .conftest import run_main

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
needs_samples = pytest.mark.skipif(
    not (SAMPLES / "README.md").exists(),
    reason=f"the shared sample lists are not beside the clone ({SAMPLES})",
)


@pytest.fixture
def initialised(db_target: str) -> str:
    """An initialised summit on each database (a SQLite file, or a fresh PostgreSQL database's URL)."""
    assert run(["--db", db_target, "init"]) == 0
    return db_target


def _count(db_path: Path) -> tuple[int, int]:
    db = open_database(db_path)
    try:
        with db.sessions() as s:
            return s.scalar(select(func.count(Delegate.id))) or 0, s.scalar(
                select(func.count(AuditEntry.id))
            ) or 0
    finally:
        db.close()


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


@needs_samples
def test_a_file_with_problems_is_refused_with_the_row_report(initialised: Path, capsys):
    code = run(["--db", str(initialised), "import", str(SAMPLES / "astrakhan.csv"), "--json"])
    report = _json(capsys)
    assert code == 1
    assert (report["accepted"], report["updated"], report["rejected"]) == (0, 0, 3)
    assert [(p["row"], p["column"]) for p in report["problems"]] == [
        (7, "family_name"),
        (8, "passport_no"),
        (9, "arrival"),
    ]
    assert set(report["problems"][0]) == {"row", "column", "message"}
    assert _count(initialised) == (0, 0)  # a refused import writes no row at all


@needs_samples
def test_skip_invalid_imports_the_rest_and_twice_adds_nobody(initialised: Path, capsys):
    args = ["--db", str(initialised), "import", str(SAMPLES / "mazandaran.csv"), "--skip-invalid", "--json"]
    assert run(args) == 0
    first = _json(capsys)
    assert (first["accepted"], first["updated"], first["rejected"]) == (4, 0, 2)
    assert {p["row"] for p in first["problems"]} == {5, 6}
    assert run(args) == 0
    second = _json(capsys)
    assert (second["accepted"], second["updated"], second["rejected"]) == (0, 4, 2)
    assert _count(initialised)[0] == 4


@needs_samples
def test_dry_run_writes_nothing(initialised: Path, capsys):
    assert run(["--db", str(initialised), "import", str(SAMPLES / "baku.xlsx"), "--dry-run", "--json"]) == 0
    assert _json(capsys)["accepted"] == 5
    assert _count(initialised) == (0, 0)
    # A dry run of a file that would be refused says so by its exit status.
    assert run(["--db", str(initialised), "import", str(SAMPLES / "astrakhan.csv"), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "row 9: arrival:" in out and "32.11.2025" in out


@needs_samples
def test_region_option_and_operator_in_the_trail(initialised: Path, tmp_path: Path, capsys):
    copy = tmp_path / "list.csv"  # a name that says nothing about the region
    copy.write_text("Ad,Soyad,Pasport nömrəsi\nOrxan,Şirinov,C04567890\n", encoding="utf-8")
    assert (
        run(["--db", str(initialised), "import", str(copy), "--region", "lankaran", "--operator", "Leyla"])
        == 0
    )
    assert "1 new people were added" in capsys.readouterr().out
    db = open_database(initialised)
    try:
        with db.sessions() as s:
            person = s.scalars(select(Delegate)).one()
            assert person.delegation.region.code == "lankaran"
            assert audit.history(s, "delegate", person.id)[0].operator == "Leyla"
    finally:
        db.close()
    assert run(["--db", str(initialised), "import", str(copy), "--region", "atlantis"]) == 1
    assert "no region «atlantis»" in capsys.readouterr().err


def test_missing_file_and_no_name_column_are_one_line_errors(initialised: Path, tmp_path: Path, capsys):
    assert run(["--db", str(initialised), "import", str(tmp_path / "nope.csv")]) == 1
    assert "There is no file" in capsys.readouterr().err
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("a,b\n1,2\n", encoding="utf-8")
    assert run(["--db", str(initialised), "import", str(numbers)]) == 1
    assert "No column of this file holds names" in capsys.readouterr().err


@needs_samples
def test_as_a_desk_script_would_run_it(initialised: Path):
    done = run_main("--db", str(initialised), "import", str(SAMPLES / "guests.csv"), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["accepted"] == 9
    again = run_main("--db", str(initialised), "import", str(SAMPLES / "guests.csv"), "--json")
    assert json.loads(again.stdout)["accepted"] == 0
    assert _count(initialised)[0] == 9
