"""``badges`` and ``reissue`` from the command line, the way a desk script runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accreditation.badges.issuing import ScanStatus, lookup_payload
from accreditation.badges.token import PayloadStatus, load_event_secret, make_payload, verify_payload
from accreditation.cli import main as cli
from accreditation.people.approval import approve
from accreditation.store.database import open_database
from accreditation.store.models import Badge, BadgeStatus, Delegate, DelegateStatus, Event
from tests.conftest import run_main
from tests.test_badges_service import PEOPLE, add_person, jpeg


@pytest.fixture
def summit(db_target: str) -> str:
    """An initialised database (event loaded, signing key created) with the long-named people, whom
    protocol has approved (badges print only for approved people); on SQLite and on PostgreSQL."""
    db_file = db_target
    assert cli.run(["--db", str(db_file), "init"]) == 0
    db = open_database(db_file)
    with db.transaction() as session:
        people = [
            add_person(session, *row, photo=jpeg((50 * i % 256, 100, 150))) for i, row in enumerate(PEOPLE)
        ]
        session.flush()
        approve(session, [p.id for p in people], "protocol")
    db.close()
    return db_file


def ids(db_file: Path) -> list[int]:
    db = open_database(db_file)
    with db.sessions() as session:
        found = list(session.scalars(select(Delegate.id).order_by(Delegate.id)))
    db.close()
    return found


def secret_of(db_file: Path) -> tuple[bytes, int]:
    db = open_database(db_file)
    with db.sessions() as session:
        event = session.scalars(select(Event)).one()
        code, event_id = event.code, event.id
    db.close()
    return load_event_secret(code), event_id


def test_badges_end_to_end_prints_a_pdf_whose_codes_verify(summit: Path, tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    out = tmp_path / "badges.pdf"
    done = run_main("--db", str(summit), "badges", "--template", "a4-4x-a6", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"{out}: 5 badges on 2 pages (a4-4x-a6), 5 newly issued" in done.stdout
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    from PIL import Image

    secret, event_id = secret_of(summit)
    decoded = [
        b.text for png in sorted(tmp_path.glob("page-*.png")) for b in zxingcpp.read_barcodes(Image.open(png))
    ]
    assert len(decoded) == 5
    assert all(
        verify_payload(secret, text, event_id=event_id).status is PayloadStatus.VALID for text in decoded
    )
    db = open_database(summit)
    with db.sessions() as session:
        statuses = set(session.scalars(select(Badge.status)))
        people_status = set(session.scalars(select(Delegate.status)))
    db.close()
    assert statuses == {BadgeStatus.PRINTED} and people_status == {DelegateStatus.BADGE_PRINTED}


def test_printing_again_reuses_the_badges_and_json_says_so(
    summit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.pdf"
    assert cli.run(["--db", str(summit), "badges", "--out", str(out), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first == {
        "out": str(out),
        "template": "a6",
        "pages": 5,
        "badges": 5,
        "issued": 5,
        "skipped_cancelled": [],
        "skipped_pending_approval": [],
    }
    assert cli.run(["--db", str(summit), "badges", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["issued"] == 0


def test_selection_by_region_category_and_ids(
    summit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sel.pdf"
    assert cli.run(["--db", str(summit), "badges", "--region", "astrakhan", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["badges"] == 1
    assert cli.run(["--db", str(summit), "badges", "--category", "press", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["badges"] == 1
    everyone = ids(summit)
    chosen = f"{everyone[4]},{everyone[0]}"
    assert (
        cli.run(
            [
                "--db",
                str(summit),
                "badges",
                "--ids",
                chosen,
                "--template",
                "cr80-landscape",
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["badges"] == 2 and summary["pages"] == 2 and summary["template"] == "cr80-landscape"


def test_cancelled_people_are_skipped(
    summit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everyone = ids(summit)
    db = open_database(summit)
    with db.transaction() as session:
        session.get(Delegate, everyone[1]).status = DelegateStatus.CANCELLED  # type: ignore[union-attr]
    db.close()
    out = tmp_path / "s.pdf"
    assert (
        cli.run(
            [
                "--db",
                str(summit),
                "badges",
                "--ids",
                f"{everyone[0]},{everyone[1]}",
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["badges"] == 1 and summary["skipped_cancelled"] == [everyone[1]]


def test_a_name_without_a_font_is_refused_naming_the_person_and_nothing_is_issued(
    summit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(summit)
    with db.transaction() as session:
        person = add_person(session, "baku", "delegate", "Xiaoming", "Wang", "شیائومینگ وانگ", "王小明")
        session.flush()
        approve(session, [person.id], "protocol")
        person_id = person.id
    db.close()
    out = tmp_path / "refused.pdf"
    assert cli.run(["--db", str(summit), "badges", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        f"error: Cannot print the badge of Xiaoming Wang (#{person_id}): no installed font covers "
        "Chinese/Japanese (CJK); install a font for it (e.g. the Noto fonts) or list one in ACCREDITATION_FONTS"
    )
    assert not out.exists()
    db = open_database(summit)
    with db.sessions() as session:
        assert session.scalar(select(func.count(Badge.id))) == 0  # the whole run was rolled back
    db.close()


def test_reissue_revokes_the_old_payload(
    summit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id = ids(summit)[0]
    assert (
        cli.run(["--db", str(summit), "badges", "--ids", str(person_id), "--out", str(tmp_path / "1.pdf")])
        == 0
    )
    capsys.readouterr()
    assert cli.run(["--db", str(summit), "reissue", str(person_id), "--reason", "lost"]) == 0
    out = capsys.readouterr().out
    assert "Badge 00001 of Seyed Mohammad-Mahdi Hosseinizadeh Khorasani" in out
    assert "version 2 is current, version 1 revoked (lost)" in out
    secret, event_id = secret_of(summit)
    db = open_database(summit)
    with db.sessions() as session:
        old = lookup_payload(session, secret, make_payload(secret, event_id, 1, 1))
        new = lookup_payload(session, secret, make_payload(secret, event_id, 1, 2))
    db.close()
    assert old.status is ScanStatus.REVOKED and old.reason == "lost"
    assert new.ok
    assert cli.run(["--db", str(summit), "reissue", str(person_id), "--reason", "damaged", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "delegate_id": person_id,
        "number": 1,
        "version": 3,
        "revoked_version": 2,
        "reason": "damaged",
    }


def test_reissue_errors_are_one_line(summit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person_id = ids(summit)[0]
    assert cli.run(["--db", str(summit), "reissue", str(person_id), "--reason", "lost"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"error: Seyed Mohammad-Mahdi Hosseinizadeh Khorasani (#{person_id}) has no badge to reissue; "
        f"print one with 'badges --ids {person_id}'"
    )
    with pytest.raises(SystemExit) as bad_reason:
        cli.run(["--db", str(summit), "reissue", str(person_id), "--reason", "stolen"])
    assert bad_reason.value.code == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--template", "poster"],
            "No badge template named 'poster' (available: a4-10x-90x54, a4-4x-a6, a6,",
        ),
        (["--region", "atlantis"], "No region with code 'atlantis' (known: gilan,"),
        (["--category", "king"], "No category with code 'king' (known:"),
        (["--ids", "99999"], "No person with id 99999"),
    ],
)
def test_bad_selections_are_refused_in_one_line(
    summit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert cli.run(["--db", str(summit), "badges", *args, "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {message}") and err.count("\n") == 1


def test_without_the_signing_key_nothing_is_printed(
    summit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_data_dir: Path
) -> None:
    for key in (isolated_data_dir / "secrets").glob("*.key"):
        key.unlink()
    assert cli.run(["--db", str(summit), "badges", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "No badge signing key for event" in capsys.readouterr().err
    assert not list((isolated_data_dir / "secrets").glob("*.key"))  # and none was invented


def test_an_unwritable_destination_is_refused_before_anything_is_issued(
    summit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-folder" / "b.pdf"
    assert cli.run(["--db", str(summit), "badges", "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == f"error: Cannot write {out}: folder {out.parent} does not exist"
    assert cli.run(["--db", str(summit), "badges", "--out", str(tmp_path / "b.txt")]) == 1
    db = open_database(summit)
    with db.sessions() as session:
        assert session.scalar(select(func.count(Badge.id))) == 0
    db.close()
