"""Shared fixtures. Every test gets its own data folder, so nothing touches the user's real files."""

from __future__ import annotations

import os
import sys
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
    monkeypatch.delenv("ACCREDITATION_LANG", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "summit.sqlite"


@pytest.fixture
def event_db(db_path: Path):
    """A migrated database with the bundled event loaded, and no people."""
    from accreditation.database import open_database
    from accreditation.event_data import load_event

    db = open_database(db_path)
    with db.transaction() as session:
        load_event(session)
    yield db
    db.close()


@pytest.fixture
def demo_db(event_db):
    """The bundled event with the default demo delegations (about 300 people)."""
    from accreditation.demo import generate_demo

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
