"""Several desks scanning while their PostgreSQL server is stopped hard and started again, twice.

A PostgreSQL cluster of the test's own (initdb in a temporary folder, its own port) so that stopping it
with ``pg_ctl stop -m immediate`` -- a crash, as far as the server knows -- disturbs no other test. Three
desk processes, each with its own data folder and so its own replica, scan a burst of badges (some badges
at more than one desk) as a desk window would: falling back to the replica when the server is gone,
probing it, pushing their queue when it answers. Afterwards:

- every scan a desk made is on the server exactly once (the desk-made ids, one row each);
- the first admissions are the distinct badges scanned;
- the flagged double admissions are exactly the admissions beyond the first of each badge;
- every replica passes ``PRAGMA integrity_check``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accreditation.store.database import open_database
from accreditation.store.models import CheckIn, Scan

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

DESK_SCRIPT = """
import json, sys, time
from datetime import datetime, timedelta
from accreditation.offline.link import DeskLink

url, name, payload_file = sys.argv[1], sys.argv[2], sys.argv[3]
payloads = json.loads(open(payload_file).read())
link = DeskLink(url)
start = datetime(2025, 11, 18, 9, 0)
print("ready", flush=True)
sys.stdin.readline()
for i, payload in enumerate(payloads):
    outcome = link.scan(payload, desk=name, operator=name, now=start + timedelta(seconds=i))
    print(json.dumps({"client_id": outcome.client_id, "payload": payload, "verdict": outcome.verdict.value,
                      "offline": outcome.offline}), flush=True)
    if not link.online and i % 5 == 0 and link.probe():
        try:
            link.sync()
        except Exception:
            pass
    time.sleep(0.04)
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        if link.probe():
            report, _ = link.sync()
            if report.waiting == 0:
                break
    except Exception:
        pass
    time.sleep(0.3)
print("done " + json.dumps(link.status().as_json()), flush=True)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


class PrivateServer:
    def __init__(self, folder: Path) -> None:
        bin_dir = _pg_bin()
        if bin_dir is None:
            pytest.skip("PostgreSQL's server programs are not installed")
        self.bin = bin_dir
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self.as_postgres: list[str] = []
        if os.geteuid() == 0:  # initdb and the server refuse to run as root
            self.as_postgres = ["runuser", "-u", "postgres", "--"]
            folder.chmod(0o777)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.start()
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "desk")

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run(
            [*self.as_postgres, str(self.bin / program), *args],
            capture_output=True,
            text=True,
            cwd=self.folder,
            timeout=60,
        )
        if done.returncode != 0:
            log = (self.folder / "log").read_text() if (self.folder / "log").exists() else ""
            raise AssertionError(f"{program} {args}: {done.stdout}{done.stderr}\n{log[-2000:]}")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/desk"

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def stop_hard(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "stop")
        except AssertionError:
            pass


@pytest.fixture
def private_server() -> Iterator[PrivateServer]:
    # Not under pytest's own temporary folder: pytest keeps that readable by its user only (and sets it
    # so again whenever another pytest starts), and the server runs as the postgres user.
    folder = Path(tempfile.mkdtemp(prefix="accreditation-pg-"))
    try:
        server = PrivateServer(folder)
        yield server
        server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _prepare(url: str, data_dir: Path) -> list[str]:
    """The summit with 150 people and their badges on the server; the badges' payloads."""
    env = dict(os.environ, ACCREDITATION_DATA_DIR=str(data_dir))
    code = (
        "import json, sys\n"
        "from sqlalchemy import select\n"
        "from accreditation.store.database import open_database\n"
        "from accreditation.event.loader import load_event, current_event\n"
        "from accreditation.demo.generate import generate_demo\n"
        "from accreditation.badges.issuing import issue_badges\n"
        "from accreditation.badges.token import ensure_event_secret, make_payload\n"
        "from accreditation.store.models import Badge, Delegate\n"
        "db = open_database(sys.argv[1])\n"
        "with db.transaction() as s:\n"
        "    load_event(s)\n"
        "    generate_demo(s, delegates=150, seed=3, photos=False)\n"
        "    issue_badges(s, s.scalars(select(Delegate)).all())\n"
        "with db.sessions() as s:\n"
        "    e = current_event(s)\n"
        "    k = ensure_event_secret(e.code)\n"
        "    print(json.dumps([make_payload(k, e.id, b.number, b.version) for b in s.scalars(select(Badge))]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, url], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_desks_scan_through_two_hard_stops_and_nothing_is_lost_or_doubled(
    private_server: PrivateServer, tmp_path: Path
) -> None:
    secret_home = tmp_path / "secrets"
    payloads = _prepare(private_server.url, secret_home)
    # Each desk scans 60 badges; badges 0-19 are scanned at every desk, the rest at one desk each.
    shared = payloads[:20]
    plans = {f"desk-{n}": shared + payloads[20 + 40 * n : 60 + 40 * n] for n in range(3)}
    processes: dict[str, subprocess.Popen[str]] = {}
    for name, plan in plans.items():
        data_dir = tmp_path / name
        data_dir.mkdir()
        # Every desk holds the event's signing key, as installed desks do.
        shutil.copytree(secret_home / "secrets", data_dir / "secrets")
        plan_file = tmp_path / f"{name}.json"
        plan_file.write_text(json.dumps(plan))
        processes[name] = subprocess.Popen(
            [sys.executable, "-c", DESK_SCRIPT, private_server.url, name, str(plan_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=dict(os.environ, ACCREDITATION_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT)),
        )
    for name, process in processes.items():
        line = process.stdout.readline()
        assert line.strip() == "ready", process.stderr.read()
        # A desk at its post has refreshed its replica while the server answered.
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", private_server.url, "sync"],
            env=dict(os.environ, ACCREDITATION_DATA_DIR=str(tmp_path / name)),
            check=True,
            capture_output=True,
            timeout=120,
        )
    for process in processes.values():
        process.stdin.write("go\n")
        process.stdin.flush()

    time.sleep(0.6)
    private_server.stop_hard()
    time.sleep(1.5)
    private_server.start()
    time.sleep(0.8)
    private_server.stop_hard()
    time.sleep(1.2)
    private_server.start()

    made: list[dict] = []
    for name, process in processes.items():
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        lines = out.strip().splitlines()
        assert lines[-1].startswith("done "), err
        status = json.loads(lines[-1][5:])
        assert status["waiting"] == 0 and status["online"], status
        made += [json.loads(line) for line in lines[:-1]]
        check = sqlite3.connect(status["replica"])
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()

    assert len(made) == 180
    assert any(scan["offline"] for scan in made), "the server was never missed: the test proves nothing"
    assert any(not scan["offline"] for scan in made)

    db = open_database(private_server.url)
    with db.sessions() as session:
        rows = session.execute(select(Scan.client_id, Scan.flag)).all()
        first_admissions = session.scalar(select(func.count(CheckIn.id)))
    db.close()
    on_server = Counter(client_id for client_id, _ in rows)
    assert set(on_server) == {scan["client_id"] for scan in made}
    assert set(on_server.values()) == {1}, "a scan was recorded twice"
    assert first_admissions == len({scan["payload"] for scan in made})
    admitted = Counter(scan["payload"] for scan in made if scan["verdict"] == "admitted")
    doubles = sum(count - 1 for count in admitted.values())
    assert sum(1 for _, flag in rows if flag == "double_admission") == doubles
    assert all(flag in ("", "double_admission") for _, flag in rows)
