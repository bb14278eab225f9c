"""The QR payload: signed digits that survive any keyboard, and a key that never leaves the data folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from accreditation.badges.qr import qr_matrix
from accreditation.badges.token import (
    PAYLOAD_LENGTH,
    PayloadFormatError,
    PayloadStatus,
    ensure_event_secret,
    load_event_secret,
    make_payload,
    parse_payload,
    secret_path,
    verify_payload,
)
from accreditation.errors import UserError

SECRET = bytes(range(32))
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def test_payload_is_digits_only_and_fits_the_smallest_qr_code() -> None:
    payload = make_payload(SECRET, 3, 42, 1)
    assert payload.isascii() and payload.isdigit()
    assert len(payload) == PAYLOAD_LENGTH == 29
    matrix = qr_matrix(payload)
    assert matrix.version == 1 and matrix.size == 21


def test_a_payload_verifies_and_carries_number_and_version() -> None:
    result = verify_payload(SECRET, make_payload(SECRET, 3, 42, 7), event_id=3)
    assert result.status is PayloadStatus.VALID
    assert (result.number, result.version) == (42, 7)
    parsed = parse_payload(make_payload(SECRET, 3, 99999, 99))
    assert (parsed.event_id, parsed.number, parsed.version) == (3, 99999, 99)


def test_changing_any_single_digit_breaks_the_payload() -> None:
    payload = make_payload(SECRET, 1, 1234, 2)
    for position in range(len(payload)):
        for digit in "0123456789":
            if digit == payload[position]:
                continue
            tampered = payload[:position] + digit + payload[position + 1 :]
            assert verify_payload(SECRET, tampered, event_id=1).status is not PayloadStatus.VALID, tampered


def test_a_badge_number_changed_in_the_body_is_reported_as_forged() -> None:
    payload = make_payload(SECRET, 1, 1234, 2)
    forged = payload[:10] + ("5" if payload[10] != "5" else "6") + payload[11:]
    assert verify_payload(SECRET, forged, event_id=1).status is PayloadStatus.FORGED


def test_another_events_badge_is_not_called_a_forgery() -> None:
    other = make_payload(os.urandom(32), 2, 5, 1)
    assert verify_payload(SECRET, other, event_id=1).status is PayloadStatus.OTHER_EVENT
    # Without knowing which event the station serves, only the signature can speak.
    assert verify_payload(SECRET, other).status is PayloadStatus.FORGED


def test_a_payload_signed_with_another_key_is_forged() -> None:
    assert (
        verify_payload(SECRET, make_payload(os.urandom(32), 1, 5, 1), event_id=1).status
        is PayloadStatus.FORGED
    )


@pytest.mark.parametrize(
    "text", ["", "hello", "4006381333931", "1" * 29, "71" + "x" * 27, "7100010000000" + "0" * 16]
)
def test_other_barcodes_are_unknown(text: str) -> None:
    assert verify_payload(SECRET, text, event_id=1).status is PayloadStatus.UNKNOWN
    with pytest.raises(PayloadFormatError):
        parse_payload(text)


def test_a_payload_typed_through_the_persian_layout_still_verifies() -> None:
    payload = make_payload(SECRET, 1, 77, 1)
    typed = payload.translate(PERSIAN) + "\r\n"
    assert verify_payload(SECRET, typed, event_id=1).status is PayloadStatus.VALID


def test_fields_out_of_range_are_refused() -> None:
    for args in [(0, 1, 1), (10_000, 1, 1), (1, 0, 1), (1, 100_000, 1), (1, 1, 0), (1, 1, 100)]:
        with pytest.raises(ValueError):
            make_payload(SECRET, *args)


def test_the_event_secret_is_created_once_private_and_in_the_data_folder(isolated_data_dir: Path) -> None:
    first = ensure_event_secret("caspian-governors-2025")
    assert len(first) == 32
    path = secret_path("caspian-governors-2025")
    assert path == isolated_data_dir / "secrets" / "caspian-governors-2025.key"
    assert ensure_event_secret("caspian-governors-2025") == first
    assert load_event_secret("caspian-governors-2025") == first
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary files left behind
    assert ensure_event_secret("another-event") != first


def test_loading_a_missing_secret_never_invents_one(isolated_data_dir: Path) -> None:
    with pytest.raises(UserError, match="init"):
        load_event_secret("never-initialised")
    assert not secret_path("never-initialised").exists()


def test_a_damaged_key_file_is_reported() -> None:
    path = secret_path("damaged")
    path.write_text("not hex at all\n")
    with pytest.raises(UserError, match="damaged"):
        load_event_secret("damaged")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_key_readable_by_others_is_tightened() -> None:
    ensure_event_secret("loose")
    path = secret_path("loose")
    path.chmod(0o644)
    load_event_secret("loose")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("code", ["../escape", "a/b", "", ".hidden", "x" * 80])
def test_event_codes_cannot_name_paths_outside_the_secrets_folder(code: str) -> None:
    with pytest.raises(ValueError):
        secret_path(code)


def test_the_secret_is_not_stored_in_the_database(tmp_path: Path) -> None:
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database

    db_file = tmp_path / "x.sqlite"
    db = open_database(db_file)
    with db.transaction() as session:
        code = load_event(session).code
    secret = ensure_event_secret(code)
    db.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("x.sqlite"))
    assert secret not in stored and secret.hex().encode() not in stored


def test_without_hard_links_the_key_is_still_created_once(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    first = ensure_event_secret("fat-stick")
    assert load_event_secret("fat-stick") == first == ensure_event_secret("fat-stick")
    if os.name == "posix":
        assert stat.S_IMODE(secret_path("fat-stick").stat().st_mode) == 0o600
