"""``checkin`` end to end, as the issue will try it: badges printed by the ``badges`` command to a PDF,
rasterized, their QR codes decoded from the pixels, then scanned through the CLI -- admitted, already
checked in, forged, revoked, and typed by a US-keyboard scanner through Persian, Russian and Caps Lock.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.conftest import run_main

pytestmark = pytest.mark.slow

US_KEYS = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
PERSIAN_KEYS = "\u200d۱۲۳۴۵۶۷۸۹۰-=ضصثقفغعهخحجچ\\شسیبلاتنمکگظطزرذدپو./"
RUSSIAN_KEYS = "ё1234567890-=йцукенгшщзхъ\\фывапролджэячсмитьбю."
AT = "2025-11-18T09:30"


def through_layout(text: str, layout: str) -> str:
    """The characters a US-keyboard scanner's key presses produce when the desk PC has ``layout`` active."""
    return "".join(layout[US_KEYS.index(ch)] if ch in US_KEYS else ch for ch in text)


def caps_lock(text: str) -> str:
    """Caps Lock swaps the case of letters only; digits stay digits."""
    return text.swapcase()


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """A desk database with the Gilan delegation's badges printed, and the payloads read from the paper."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    folder = tmp_path_factory.mktemp("cli-checkin")
    env = {"ACCREDITATION_DATA_DIR": str(folder / "data")}
    (folder / "data").mkdir()
    db = str(folder / "desk.sqlite")
    for args in (("init",), ("demo", "--delegates", "300")):
        done = run_main("--db", db, *args, env=env)
        assert done.returncode == 0, done.stderr
    pdf = folder / "gilan.pdf"
    done = run_main("--db", db, "badges", "--region", "gilan", "--out", str(pdf), "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["badges"] >= 6
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(folder / "page")], check=True)
    payloads = []
    for page in sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        for barcode in zxingcpp.read_barcodes(Image.open(page).convert("RGB")):
            payloads.append(barcode.text)
    assert len(payloads) == json.loads(done.stdout)["badges"]
    assert all(re.fullmatch(r"\d{29}", p) for p in payloads)
    return db, env, payloads


def checkin(printed, *args: str):
    db, env, _ = printed
    done = run_main("--db", db, "checkin", *args, env=env)
    assert "Traceback" not in done.stderr
    return done


def verdict(done) -> dict:
    return json.loads(done.stdout)


def test_printed_badge_admitted_then_already_checked_in_then_forged(printed) -> None:
    payload = printed[2][0]
    first = checkin(printed, payload, "--desk", "Desk 1", "--operator", "maryam", "--at", AT, "--json")
    assert first.returncode == 0, first.stderr
    data = verdict(first)
    assert set(data) >= {"verdict", "message", "delegate", "first_checkin_at"}
    assert data["verdict"] == "admitted"
    assert data["first_checkin_at"].startswith("2025-11-18T09:30:00")
    person = data["delegate"]
    assert set(person) >= {"id", "given_name", "family_name", "name_fa", "name_native", "region", "category", "title"}
    assert person["region"] == "gilan" and person["category"] == "head"
    assert person["given_name"] == "Hadi" and person["name_fa"] == "هادی حق‌شناس"

    again = checkin(printed, payload, "--desk", "Desk 2", "--at", "2025-11-18T10:05", "--json")
    assert again.returncode == 0
    data = verdict(again)
    assert data["verdict"] == "already_checked_in"
    assert data["first_checkin_at"].startswith("2025-11-18T09:30:00")
    assert "09:30" in data["message"] and "Desk 1" in data["message"]

    digit = payload[-3]
    forged = payload[:-3] + str((int(digit) + 1) % 10) + payload[-2:]
    refused = checkin(printed, forged, "--desk", "Desk 1", "--at", AT, "--json")
    assert refused.returncode == 2
    data = verdict(refused)
    assert data["verdict"] == "forged" and data["delegate"] is None and data["first_checkin_at"] is None
    assert "security" in data["message"]


@pytest.mark.parametrize(
    ("index", "typing"),
    [(1, lambda p: through_layout(p, PERSIAN_KEYS)), (2, lambda p: through_layout(p, RUSSIAN_KEYS)), (3, caps_lock)],
    ids=["persian-layout", "russian-layout", "caps-lock"],
)
def test_payload_typed_through_a_layout_is_admitted(printed, index: int, typing) -> None:
    typed = typing(printed[2][index])
    done = checkin(printed, typed, "--desk", "Desk 1", "--at", AT, "--json")
    assert done.returncode == 0, done.stderr
    assert verdict(done)["verdict"] == "admitted"


def test_reissued_badge_old_payload_is_revoked(printed) -> None:
    db, env, payloads = printed
    old = payloads[4]
    person = verdict(checkin(printed, old, "--at", AT, "--json"))["delegate"]["id"]
    done = run_main("--db", db, "reissue", str(person), "--reason", "lost", env=env)
    assert done.returncode == 0, done.stderr
    refused = checkin(printed, old, "--at", AT, "--json", "--lang", "fa")
    assert refused.returncode == 2
    data = verdict(refused)
    assert data["verdict"] == "revoked" and "مفقود" in data["message"]
    assert not re.search(r"[0-9]", data["message"])  # Persian digits in Persian


def test_plain_output_door_mode_undo_and_errors(printed) -> None:
    payload = printed[2][5]
    plain = checkin(printed, payload, "--at", AT, "--session", "plenary", "--desk", "Plenary door")
    assert plain.returncode in (0, 2)
    line = plain.stdout.strip()
    assert re.match(r"^(admitted|no_access): ", line)
    data = verdict(checkin(printed, payload, "--at", AT, "--json"))
    assert data["verdict"] == "admitted"
    undone = checkin(printed, "--undo", str(data["checkin_id"]), "--reason", "wrong person")
    assert undone.returncode == 0 and "undone" in undone.stdout
    assert verdict(checkin(printed, payload, "--at", AT, "--json"))["verdict"] == "admitted"
    unknown = checkin(printed, "hello world", "--json")
    assert unknown.returncode == 2 and verdict(unknown)["verdict"] == "unknown"
    bad = checkin(printed, payload, "--session", "no-such-door")
    assert bad.returncode == 1 and bad.stderr.startswith("error: No session with code 'no-such-door'")
    outside = checkin(printed, payload, "--at", "2025-12-01T09:00", "--json")
    assert outside.returncode == 2 and verdict(outside)["verdict"] == "not_valid_today"
