"""``mrz`` and ``approve`` on the command line, and the badge run's approval rule as a desk script sees it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from accreditation.cli.main import run

from .conftest import run_main

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]


def test_mrz_prints_the_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["mrz", *TD3]) == 0
    out = capsys.readouterr().out
    assert "ERIKSSON" in out and "ANNA MARIA" in out and "L898902C3" in out
    assert "1974-08-12" in out and "2012-04-15" in out


def test_mrz_json_for_an_id_card(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["mrz", *TD1, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is True
    assert (data["format"], data["document_number"], data["nationality"]) == ("TD1", "D23145890", "UTO")
    assert (data["family_name"], data["given_names"]) == ("ERIKSSON", "ANNA MARIA")
    assert (data["birth_date"], data["sex"], data["expiry_date"]) == ("1974-08-12", "F", "2012-04-15")


@pytest.mark.parametrize(
    "position, char, field",
    [
        (3, "9", "document number"),
        (16, "3", "date of birth"),
        (23, "5", "expiry date"),
        (43, "1", "composite"),
    ],
)
def test_mrz_names_the_failing_check_and_exits_non_zero(
    capsys: pytest.CaptureFixture[str], position: int, char: str, field: str
) -> None:
    line = TD3[1][:position] + char + TD3[1][position + 1 :]
    assert run(["mrz", TD3[0], line]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and field in err and err.count("\n") == 1
    assert run(["mrz", TD3[0], line, "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False and data["field"] == field


def test_mrz_as_a_subprocess_with_a_persian_layout_line() -> None:
    from tests.test_mrz import type_through

    result = run_main("mrz", type_through(TD3[0], "fa"), type_through(TD3[1], "ru"), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document_number"] == "L898902C3"
    bad = run_main("mrz", TD3[0], TD3[1][:-1])
    assert bad.returncode == 2 and "44" in bad.stderr


def _pending_ids(db) -> list[int]:
    from accreditation.store.models import Delegate, DelegateStatus

    with db.sessions() as s:
        return list(
            s.scalars(
                select(Delegate.id).where(Delegate.status == DelegateStatus.REGISTERED).order_by(Delegate.id)
            )
        )


def test_approve_reject_send_back_and_bulk(demo_db, capsys: pytest.CaptureFixture[str]) -> None:
    from accreditation.store.models import AuditEntry, Delegate, DelegateStatus

    pending = _pending_ids(demo_db)
    assert 5 <= len(pending) <= 30  # the demo leaves about one in twenty for protocol
    first, second, third, *rest = pending
    db = ["--db", demo_db.url]
    assert run([*db, "approve", str(first), "--operator", "Protocol"]) == 0
    assert "1 approved" in capsys.readouterr().out
    assert run([*db, "approve", str(second), "--reject", "--operator", "Protocol"]) == 2
    assert "--reason" in capsys.readouterr().err
    assert (
        run([*db, "approve", str(second), "--reject", "--reason", "not on the list", "--operator", "P"]) == 0
    )
    assert run([*db, "approve", str(third), "--send-back", "--reason", "photo missing", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["changed"] == [third]
    with demo_db.sessions() as s:
        assert s.get(Delegate, first).status == DelegateStatus.APPROVED
        assert s.get(Delegate, second).status == DelegateStatus.CANCELLED
        assert s.get(Delegate, third).status == DelegateStatus.REGISTERED
        reasons = {
            e.action: e.detail for e in s.scalars(select(AuditEntry).where(AuditEntry.action != "create"))
        }
    assert reasons["reject"] == "not on the list" and reasons["send-back"] == "photo missing"
    assert run([*db, "approve", "--all-registered", "--operator", "Protocol", "--json"]) == 0
    assert sorted(json.loads(capsys.readouterr().out)["changed"]) == sorted([third, *rest])
    assert _pending_ids(demo_db) == []
    assert run([*db, "approve", "99999"]) == 1
    assert "99999" in capsys.readouterr().err


def test_badges_refuse_a_pending_person_and_the_admin_override_is_audited(
    demo_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from accreditation.store.audit import history

    assert run(["--db", demo_db.url, "init"]) == 0  # the signing key
    capsys.readouterr()
    pid = _pending_ids(demo_db)[0]
    out = tmp_path / "b.pdf"
    args = ["--db", demo_db.url, "badges", "--ids", str(pid), "--out", str(out)]
    assert run(args) == 1
    err = capsys.readouterr().err
    assert "not approved by protocol" in err and f"approve {pid}" in err and err.count("\n") == 1
    assert not out.exists()
    assert run([*args, "--override-approval"]) == 1
    assert "--operator" in capsys.readouterr().err
    assert run([*args, "--override-approval", "--operator", "Admin Karimi", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["badges"] == 1 and out.exists()
    with demo_db.sessions() as s:
        entries = [(e.action, e.operator) for e in history(s, "delegate", pid)]
    assert ("print-override", "Admin Karimi") in entries


def test_a_region_run_skips_pending_people_and_says_so(
    demo_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from accreditation.store.models import Delegate, Delegation, Region

    assert run(["--db", demo_db.url, "init"]) == 0
    with demo_db.sessions() as s:
        pending = set(_pending_ids(demo_db))
        region = next(
            r.code
            for r in s.scalars(select(Region))
            if pending
            & set(
                s.scalars(
                    select(Delegate.id)
                    .join(Delegation, Delegate.delegation_id == Delegation.id)
                    .where(Delegation.region_id == r.id)
                )
            )
        )
    capsys.readouterr()
    out = tmp_path / "r.pdf"
    assert run(["--db", demo_db.url, "badges", "--region", region, "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["skipped_pending_approval"] and set(summary["skipped_pending_approval"]) <= pending
