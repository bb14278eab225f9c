"""Roles and PINs on the command line, run as a desk script would: refused changes are one line and exit
77; with the right role and PIN (from the environment, never the command line) they work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from accreditation.cli.main import run
from accreditation.errors import EXIT_ACCESS_DENIED
from tests.conftest import SAMPLES, run_main

ADMIN_PIN = "739152"
DESK_PIN = "284613"


@pytest.fixture
def guarded(db_target: str) -> str:
    """An initialised summit whose admin and desk roles have PINs (on each database)."""
    assert run(["--db", db_target, "init"]) == 0
    done = run_main("--db", db_target, "access", "set-pin", "admin", env={"ACCREDITATION_NEW_PIN": ADMIN_PIN})
    assert done.returncode == 0, done.stderr
    done = run_main(
        "--db", db_target, "--role", "admin", "access", "set-pin", "desk",
        env={"ACCREDITATION_PIN": ADMIN_PIN, "ACCREDITATION_NEW_PIN": DESK_PIN},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return db_target


def test_status_says_open_mode_until_the_admin_pin_is_set(tmp_path: Path):
    target = str(tmp_path / "open.sqlite")
    assert run(["--db", target, "init"]) == 0
    shown = run_main("--db", target, "access", "status")
    assert shown.returncode == 0 and shown.stdout.startswith("Open mode")
    first = run_main("--db", target, "access", "set-pin", "desk", env={"ACCREDITATION_NEW_PIN": "1234"})
    assert first.returncode == 1 and first.stderr.strip() == (
        "error: Set the admin PIN first: it is the one that can set the others."
    )
    # In open mode a change needs no sign-in at all.
    done = run_main("--db", target, "import", str(SAMPLES / "guests.csv"), "--json")
    assert done.returncode == 0, done.stderr


def test_a_change_without_signing_in_is_refused_in_one_line_and_audited(guarded: str):
    refused = run_main("--db", guarded, "--operator", "Sara", "import", str(SAMPLES / "guests.csv"))
    assert refused.returncode == EXIT_ACCESS_DENIED
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "Sign in with a role and its PIN to import people" in refused.stderr
    status = run_main("--db", guarded, "access", "status")
    assert "PINs are on" in status.stdout and "desk: PIN set" in status.stdout
    info = run_main("--db", guarded, "info")
    assert "PINs on (roles with a PIN: admin, desk)" in info.stdout


def test_the_desk_role_may_scan_but_not_import(guarded: str):
    desk = {"ACCREDITATION_PIN": DESK_PIN, "ACCREDITATION_ROLE": "desk", "ACCREDITATION_OPERATOR": "Sara"}
    scanned = run_main("--db", guarded, "checkin", "NOT-A-BADGE", "--json", env=desk)
    assert (
        scanned.returncode == 2 and '"verdict": "unknown"' in scanned.stdout
    )  # scanned and refused by rules
    refused = run_main("--db", guarded, "import", str(SAMPLES / "guests.csv"), env=desk)
    assert refused.returncode == EXIT_ACCESS_DENIED
    assert refused.stderr.strip() == (
        "error: Sara, signed in as desk, may not import people: the admin role is needed."
    )


def test_the_right_role_and_pin_work_and_a_wrong_pin_does_not(guarded: str):
    wrong = run_main(
        "--db", guarded, "--role", "admin", "--operator", "Reza", "import", str(SAMPLES / "guests.csv"),
        env={"ACCREDITATION_PIN": "000000"},
    )  # fmt: skip
    assert (
        wrong.returncode == EXIT_ACCESS_DENIED
        and wrong.stderr.strip() == "error: Wrong PIN for the admin role."
    )
    done = run_main(
        "--db", guarded, "--role", "admin", "--operator", "Reza", "import", str(SAMPLES / "guests.csv"), "--json",
        env={"ACCREDITATION_PIN": ADMIN_PIN},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    if "://" not in guarded:
        with sqlite3.connect(guarded) as conn:
            operators = {
                row[0] for row in conn.execute("SELECT operator FROM audit_entry WHERE action='import'")
            }
        assert operators == {"Reza"}


def test_no_pin_without_a_terminal_is_refused_without_counting_as_a_wrong_pin(guarded: str):
    refused = run_main("--db", guarded, "--role", "admin", "access", "clear-pins")
    assert refused.returncode == EXIT_ACCESS_DENIED
    assert "ACCREDITATION_PIN" in refused.stderr
    cleared = run_main(
        "--db", guarded, "--role", "admin", "access", "clear-pins", env={"ACCREDITATION_PIN": ADMIN_PIN}
    )
    assert cleared.returncode == 0 and "open mode" in cleared.stdout
