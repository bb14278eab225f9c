"""A command loads only what it uses: desk scripts start the program for every scan.

Each run is a fresh interpreter running ``main.py`` that writes the names in ``sys.modules`` to stderr
as it exits (``-X importtime`` would miss modules loaded through ``importlib``, as the command modules
are). Heavy libraries a command does not need (Alembic to migrate, reportlab to draw PDFs, Pillow for
photos, Qt for the window) must not be among them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: Never needed to print a version, help or facts, nor to search or scan.
HEAVY = ("alembic", "reportlab", "PIL", "PySide6", "openpyxl")


#: Runs main.py as ``python main.py ARGS`` would, and lists the loaded modules once it has exited.
_DRIVER = (
    "import atexit, json, runpy, sys\n"
    "atexit.register(lambda: sys.__stderr__.write('\\nMODULES ' + json.dumps(sorted(sys.modules)) + '\\n'))\n"
    "sys.argv = [sys.argv[1], *sys.argv[2:]]\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n"
)


def imported_by(*args: str, data_dir: Path) -> set[str]:
    env = dict(os.environ, ACCREDITATION_DATA_DIR=str(data_dir))
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    listed = [line for line in done.stderr.splitlines() if line.startswith("MODULES ")]
    assert listed, done.stderr[-2000:]
    return set(json.loads(listed[-1].removeprefix("MODULES ")))


def loaded(modules: set[str], package: str) -> bool:
    return any(m == package or m.startswith(package + ".") for m in modules)


@pytest.fixture(scope="module")
def desk_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A small demo database at the current schema, its data folder, and one badge's QR payload."""
    folder = tmp_path_factory.mktemp("startup")
    db = folder / "desk.sqlite"
    env = dict(os.environ, ACCREDITATION_DATA_DIR=str(folder / "data"))
    for args in (("demo", "--delegates", "30"), ("badges", "--out", str(folder / "b.pdf"), "--override-approval",
                                                 "--operator", "test")):
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
        )
        assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        number, version = conn.execute("SELECT number, version FROM badge ORDER BY id LIMIT 1").fetchone()
    payload = _payload_of(db, folder / "data", number, version)
    return db, folder / "data", payload


def _payload_of(db: Path, data_dir: Path, number: int, version: int) -> str:
    code = (
        "import sys; from accreditation.store.database import open_database;"
        "from accreditation.badges.token import load_event_secret, make_payload;"
        "from accreditation.event.loader import current_event;"
        f"db = open_database({str(db)!r});"
        "s = db.sessions(); event = current_event(s);"
        f"print(make_payload(load_event_secret(event.code), event.id, {number}, {version}))"
    )
    env = dict(os.environ, ACCREDITATION_DATA_DIR=str(data_dir))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_version_loads_no_database_layer_and_no_window(tmp_path: Path) -> None:
    modules = imported_by("--version", data_dir=tmp_path)
    for package in (*HEAVY, "sqlalchemy.orm", "accreditation.store.models", "accreditation.cli"):
        assert not loaded(modules, package), package


def test_help_loads_neither_alembic_reportlab_pillow_nor_qt(tmp_path: Path) -> None:
    modules = imported_by("--help", data_dir=tmp_path)
    assert loaded(modules, "accreditation.cli.commands.badges")  # every command was registered
    for package in HEAVY:
        assert not loaded(modules, package), package


def test_info_reads_the_schema_revision_without_alembic(desk_db: tuple[Path, Path, str]) -> None:
    db, data_dir, _ = desk_db
    modules = imported_by("--db", str(db), "info", "--json", data_dir=data_dir)
    for package in HEAVY:
        assert not loaded(modules, package), package


def test_search_at_head_needs_no_alembic_and_no_pdf_library(desk_db: tuple[Path, Path, str]) -> None:
    db, data_dir, _ = desk_db
    modules = imported_by("--db", str(db), "search", "Hadi", "--json", data_dir=data_dir)
    assert loaded(modules, "accreditation.search.engine")
    for package in HEAVY:
        assert not loaded(modules, package), package


def test_a_scan_needs_no_alembic_and_no_pdf_library(desk_db: tuple[Path, Path, str]) -> None:
    db, data_dir, payload = desk_db
    modules = imported_by(
        "--db", str(db), "checkin", payload, "--at", "2025-11-18T09:30", "--json", data_dir=data_dir
    )
    assert loaded(modules, "accreditation.checkin.decision")
    for package in ("alembic", "reportlab", "PySide6", "openpyxl"):
        assert not loaded(modules, package), package


def test_a_database_behind_the_code_is_migrated_with_alembic(tmp_path: Path) -> None:
    """The other side of the shortcut: a schema that is not at head still gets upgraded."""
    db = tmp_path / "old.sqlite"
    code = (
        "from alembic import command\n"
        "from accreditation.store.database import alembic_config, create_db_engine, database_url\n"
        f"url = database_url({str(db)!r})\n"
        "engine = create_db_engine(url)\n"
        "cfg = alembic_config(url)\n"
        "with engine.begin() as conn:\n"
        "    cfg.attributes['connection'] = conn\n"
        "    command.upgrade(cfg, '0005')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    modules = imported_by("--db", str(db), "search", "x", "--json", data_dir=tmp_path / "data")
    assert loaded(modules, "alembic")
    with sqlite3.connect(db) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    from accreditation.store.database import head_revision

    assert revision == head_revision()
