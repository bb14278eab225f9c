"""Shared fixtures. Every test gets its own data folder, so nothing touches the user's real files."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The application's data folder (databases, secrets, logs, window settings) for this test only."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("ACCREDITATION_DATA_DIR", str(folder))
    # English whatever the machine's locale, for the window, the core and the CLI's subprocesses: tests
    # assert English messages unless they ask for a language themselves.
    monkeypatch.setenv("ACCREDITATION_LANG", "en")
    for variable in ("ACCREDITATION_OPERATOR", "ACCREDITATION_ROLE", "ACCREDITATION_PIN", "ACCREDITATION_NEW_PIN"):
        monkeypatch.delenv(variable, raising=False)
    return folder


@pytest.fixture(autouse=True)
def english_core_messages() -> Iterator[None]:
    """The core's messages start in English and are English again after a test that switched them."""
    from accreditation import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def signed_out() -> Iterator[None]:
    """No operator carries over from one test to the next: the signed-in operator is process-wide."""
    from accreditation.access import policy as access

    access.sign_out()
    yield
    access.sign_out()


#: A PostgreSQL server the tests may create databases on (``./run.sh tests`` starts one on loopback and
#: sets it); without it the PostgreSQL variants are skipped.
TEST_PG = os.environ.get("ACCREDITATION_TEST_PG", "")
DATABASES = ["sqlite", "postgresql"]


def _pg_admin():
    """Connections for CREATE/DROP DATABASE (which cannot run inside a transaction)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(TEST_PG, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _pg_url(database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(TEST_PG).set(database=database).render_as_string(hide_password=False)


class _PgDatabases:
    """Test databases on the server: two templates migrated once per session (schema only, and with the
    bundled event loaded), copied per test with CREATE DATABASE ... TEMPLATE; dropped in the background,
    since DROP DATABASE waits for a checkpoint."""

    def __init__(self) -> None:
        import queue
        import threading

        self.admin = _pg_admin()
        self.templates: dict[str, str] = {}
        self.drops: queue.Queue[str | None] = queue.Queue()
        self.dropper = threading.Thread(target=self._drop_queued, daemon=True)
        self.dropper.start()

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def _drop_queued(self) -> None:
        while (name := self.drops.get()) is not None:
            try:
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except Exception:  # noqa: BLE001 - a leftover test database is no reason to fail a test
                pass

    def template(self, with_event: bool) -> str:
        key = "event" if with_event else "schema"
        if key not in self.templates:
            from accreditation.event.loader import load_event
            from accreditation.store.database import open_database

            name = f"test_template_{key}_{uuid.uuid4().hex[:12]}"
            self._execute(f'CREATE DATABASE "{name}"')
            self.templates[key] = name
            db = open_database(_pg_url(name))
            if with_event:
                with db.transaction() as session:
                    load_event(session)
            db.close()
        return self.templates[key]

    def create(self, with_event: bool) -> str:
        name = f"test_{uuid.uuid4().hex[:16]}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template(with_event)}"')
        return name

    def drop(self, name: str) -> None:
        self.drops.put(name)

    def close(self) -> None:
        for name in self.templates.values():
            self.drops.put(name)
        self.drops.put(None)
        self.dropper.join(timeout=600)
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[_PgDatabases]:
    if not TEST_PG:
        pytest.skip("no PostgreSQL server: set ACCREDITATION_TEST_PG (./run.sh tests starts one on loopback)")
    databases = _PgDatabases()
    yield databases
    databases.close()


def _fresh_pg(pg_databases: _PgDatabases, with_event: bool) -> Iterator[str]:
    name = pg_databases.create(with_event)
    try:
        yield _pg_url(name)
    finally:
        pg_databases.drop(name)


@pytest.fixture
def pg_url(pg_databases: _PgDatabases) -> Iterator[str]:
    """A fresh PostgreSQL database at the schema's head, for this test only, dropped afterwards."""
    yield from _fresh_pg(pg_databases, with_event=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "summit.sqlite"


@pytest.fixture(params=DATABASES)
def db_kind(request: pytest.FixtureRequest) -> str:
    """Which database a test runs on: every test using it runs once on SQLite and once on PostgreSQL."""
    return request.param


@pytest.fixture
def db_target(db_kind: str, request: pytest.FixtureRequest) -> str:
    """What ``--db`` is given: a SQLite file path, or the URL of a fresh PostgreSQL database."""
    if db_kind == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(request.getfixturevalue("db_path"))


@pytest.fixture
def event_db(db_kind: str, request: pytest.FixtureRequest):
    """A migrated database with the bundled event loaded, and no people (on each database)."""
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database

    if db_kind == "postgresql":
        # A copy of the template that already holds the event: the same rows load_event writes.
        pg_databases = request.getfixturevalue("pg_databases")
        for url in _fresh_pg(pg_databases, with_event=True):
            db = open_database(url)
            yield db
            db.close()
        return
    db = open_database(request.getfixturevalue("db_path"))
    with db.transaction() as session:
        load_event(session)
    yield db
    db.close()


@pytest.fixture
def demo_db(event_db):
    """The bundled event with the default demo delegations (about 300 people)."""
    from accreditation.demo.generate import generate_demo

    with event_db.transaction() as session:
        generate_demo(session, delegates=300, seed=7)
    return event_db


def run_main(*args: str, env: dict[str, str] | None = None, timeout: float = 120):
    """Run ``python main.py ARGS`` as a subprocess, the way a desk script would."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
    )
