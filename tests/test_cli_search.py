"""The ``search`` command (issue 4, part 6): in-process through the CLI and as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from accreditation.cli.main import run
from accreditation.store.database import open_database
from accreditation.store.models import Badge

from .conftest import run_main
from .test_search import add_person, build_world


@pytest.fixture
def summit_file(db_target: str) -> str:
    """The search world on each database (a SQLite file, or a fresh PostgreSQL database's URL)."""
    path = db_target
    db = open_database(path)
    with db.transaction() as s:
        world = build_world(s)
        hadi = add_person(
            s,
            world,
            given="Hadi",
            family="Haghshenas",
            fa="هادی حق‌شناس",
            category="head",
            title_en="Governor of Gilan",
            document_no="X12345678",
        )
        add_person(s, world, fa="مهدی یونس رستمی", category="head")
        add_person(
            s,
            world,
            given="Igor",
            family="Babushkin",
            native="Игорь Бабушкин",
            region="astrakhan",
            category="head",
        )
        add_person(s, world, given="Anna", family="Babushkina", region="astrakhan", category="press")
        s.flush()
        s.add(Badge(event_id=world.event.id, delegate_id=hadi.id, number=17, version=1))
    db.close()
    return path


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    assert run(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_best_first_with_the_agreed_fields(
    summit_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, "--db", str(summit_file), "search", "ایگور بابوشکین", "--json")
    assert rows[0]["given_name"] == "Igor" and rows[0]["family_name"] == "Babushkin"
    for key in (
        "id",
        "given_name",
        "family_name",
        "name_fa",
        "name_native",
        "region",
        "organization",
        "category",
        "title",
        "badge_no",
        "score",
        "tier",
    ):
        assert key in rows[0]
    assert rows[0]["region"] == "astrakhan" and rows[0]["category"] == "head"
    scores = [(r["tier"], r["score"]) for r in rows]
    assert scores == sorted(
        scores, key=lambda t: (["number", "exact", "prefix", "phonetic", "fuzzy"].index(t[0]), -t[1])
    )


def test_json_keeps_persian_readable(summit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(summit_file), "search", "Haghshenas", "--json"]) == 0
    out = capsys.readouterr().out
    assert "هادی حق‌شناس" in out  # ensure_ascii=False
    assert json.loads(out)[0]["badge_no"] == 17


def test_limit_and_filters(summit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(_json(capsys, "--db", str(summit_file), "search", "Babu", "--json", "--limit", "1")) == 1
    rows = _json(capsys, "--db", str(summit_file), "search", "Babu", "--json", "--category", "press")
    assert [r["family_name"] for r in rows] == ["Babushkina"]
    assert _json(capsys, "--db", str(summit_file), "search", "Babu", "--json", "--region", "gilan") == []
    assert _json(capsys, "--db", str(summit_file), "search", "Babu", "--json", "--status", "cancelled") == []
    assert _json(capsys, "--db", str(summit_file), "search", "Babu", "--json", "--checked-in", "yes") == []
    assert len(_json(capsys, "--db", str(summit_file), "search", "Babu", "--json", "--checked-in", "no")) == 2


def test_table_output(summit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(summit_file), "search", "X1234"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["id", "badge", "name"]
    assert "Hadi Haghshenas" in out[1] and "number" in out[1] and "17" in out[1]


@pytest.mark.parametrize("query", ['"', "*", "(", "-", "OR", "NEAR", "%", "_", "'", "\\", "' OR 1=1 --"])
def test_syntax_characters_are_plain_text(
    summit_file: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    assert isinstance(_json(capsys, "--db", str(summit_file), "search", query, "--json"), list)
    assert run(["--db", str(summit_file), "search", query]) == 0


def test_refusals(summit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(summit_file), "search", "   "]) == 1
    assert "error:" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(["--db", str(summit_file), "search", "x", "--limit", "0"])


def test_people_without_keys_are_indexed_first(summit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(summit_file)
    with db.transaction() as s:
        s.execute(text("DELETE FROM delegate_name_key"))
    db.close()
    rows = _json(capsys, "--db", str(summit_file), "search", "Rostami", "--json")
    assert rows[0]["name_fa"] == "مهدی یونس رستمی"
    rows = _json(capsys, "--db", str(summit_file), "search", "Rostami", "--json", "--reindex")
    assert rows[0]["name_fa"] == "مهدی یونس رستمی"


def test_main_py_subprocess(summit_file: Path) -> None:
    done = run_main("--db", str(summit_file), "search", "Babouchkine", "--json", "--limit", "3")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert {r["family_name"] for r in rows[:2]} == {"Babushkin", "Babushkina"}
    done = run_main("--db", str(summit_file), "search", "*")
    assert done.returncode == 0 and done.stderr == ""


@pytest.mark.slow
def test_after_init_and_demo(db_target: str) -> None:
    """The desk's own sequence: create the summit, add people, look up the host governor in Persian."""
    path = db_target
    done = run_main("--db", path, "demo", "--delegates", "60", "--no-photos")
    assert done.returncode == 0, done.stderr
    done = run_main("--db", path, "search", "حق شناس", "--json", "--limit", "5")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert (rows[0]["given_name"], rows[0]["family_name"], rows[0]["region"]) == (
        "Hadi",
        "Haghshenas",
        "gilan",
    )
    done = run_main("--db", path, "search", "Бабушкин", "--json", "--limit", "5")
    assert json.loads(done.stdout)[0]["family_name"].lower() == "babushkin"
