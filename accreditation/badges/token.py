"""The badge's QR payload: a short string of digits signed with a per-event secret.

Why digits only: a keyboard-wedge scanner "types" what it reads through whatever keyboard layout the
desk PC has active. Digits survive Caps Lock and the Russian layout unchanged, and come out as Persian
digits on the Persian layout, which :mod:`accreditation.scanner_input` maps back. Digits also put the
QR code in numeric mode (3.3 bits a character), so the whole payload fits a version-1 code (21 × 21
modules) at error correction M.

Layout (29 digits, fixed widths so no separator is needed)::

    71 EEEE NNNNN VV MMMMMMMMMMMMMMMM
    |  |    |     |  '- 16 digits: HMAC-SHA256(secret, domain + the 13 digits before), truncated
    |  |    |     '---- badge version (1-99)
    |  |    '---------- badge number within the event (1-99999)
    |  '--------------- event id (1-9999)
    '------------------ "7" marks this application, "1" is the payload format revision

Why HMAC and not Ed25519: an Ed25519 signature is 64 bytes, about 155 decimal digits, which needs a
version-6 QR code at least; a 29-digit payload stays at version 1 and scans from further away. The cost
is that a station able to verify could also sign, so the key file goes only on the event's own PCs.

Why 16 MAC digits: 10^16 ≈ 2^53. Without the secret nobody can check a guess offline, so every forgery
attempt means presenting a badge at a door; at a million attempts the chance of one success is 10^-10.
The first 8 bytes of the HMAC (a 64-bit integer) are reduced modulo 10^16: the bias this leaves is
below 10^16 / 2^64 ≈ 0.05 % and does not help a forger.

Where the secret lives: ``<data dir>/secrets/<event code>.key`` with 0600 permissions. It is never put
in the database, so no export, backup or copy of the database can be used to print valid badges.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import logging
import os
import re
import secrets
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from accreditation import paths
from accreditation.errors import UserError
from accreditation.i18n import translate
from accreditation.scanner_input import decode_scanned

log = logging.getLogger(__name__)

MAGIC = "71"
EVENT_DIGITS = 4
NUMBER_DIGITS = 5
VERSION_DIGITS = 2
MAC_DIGITS = 16
BODY_LENGTH = len(MAGIC) + EVENT_DIGITS + NUMBER_DIGITS + VERSION_DIGITS
PAYLOAD_LENGTH = BODY_LENGTH + MAC_DIGITS

MAX_EVENT_ID = 10**EVENT_DIGITS - 1
MAX_NUMBER = 10**NUMBER_DIGITS - 1
MAX_VERSION = 10**VERSION_DIGITS - 1

SECRET_BYTES = 32
_DOMAIN = b"caspian-accreditation/badge/1|"
_EVENT_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class PayloadFormatError(ValueError):
    """The text is not a payload this application makes (another barcode, a misread, garbage)."""


class PayloadStatus(enum.StrEnum):
    VALID = "valid"
    FORGED = "forged"
    OTHER_EVENT = "other-event"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ParsedPayload:
    """The fields of a well-formed payload; nothing about it is trusted until the MAC is checked."""

    event_id: int
    number: int
    version: int
    mac: str
    text: str

    @property
    def body(self) -> str:
        return self.text[:BODY_LENGTH]


@dataclass(frozen=True)
class Verification:
    """What the signature alone says about a scanned text (no database involved)."""

    status: PayloadStatus
    parsed: ParsedPayload | None = None

    @property
    def ok(self) -> bool:
        return self.status is PayloadStatus.VALID

    @property
    def number(self) -> int | None:
        return self.parsed.number if self.parsed else None

    @property
    def version(self) -> int | None:
        return self.parsed.version if self.parsed else None


# --- the secret -------------------------------------------------------------------------------------


def secrets_dir() -> Path:
    path = paths.data_dir() / "secrets"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o700)
    return path


def secret_path(event_code: str) -> Path:
    """The key file of an event; the code is checked so it can never name a path outside the folder."""
    if not _EVENT_CODE_RE.match(event_code):
        raise ValueError(f"not a usable event code for a key file name: {event_code!r}")
    return secrets_dir() / f"{event_code}.key"


def _read_secret(path: Path) -> bytes:
    text = path.read_text(encoding="ascii").strip()
    try:
        secret = bytes.fromhex(text)
    except ValueError as exc:
        raise UserError(
            translate("CheckIn", "The badge key file {path} is damaged (not hexadecimal)").format(path=path)
        ) from exc
    if len(secret) < 16:
        raise UserError(
            translate("CheckIn", "The badge key file {path} is damaged (too short)").format(path=path)
        )
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            log.warning("badge key %s was readable by others (mode %o); tightening to 0600", path, mode)
            path.chmod(0o600)
    return secret


def ensure_event_secret(event_code: str) -> bytes:
    """The event's secret, created on first call; later calls (and other processes) get the same one.

    The file is written under a temporary name and hard-linked into place, so two desks running
    ``init`` at once cannot end up with two different secrets: the second link fails and that process
    reads the winner's key.
    """
    target = secret_path(event_code)
    if target.exists():
        return _read_secret(target)
    secret = secrets.token_bytes(SECRET_BYTES)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{event_code}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o600)  # mkstemp already uses 0600 on POSIX; explicit for clarity
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secret.hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, target)
        except FileExistsError:
            return _read_secret(target)
        except OSError:
            # A file system without hard links (FAT on a USB stick): exclusive creation instead.
            try:
                fd_target = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return _read_secret(target)
            with os.fdopen(fd_target, "w", encoding="ascii") as handle:
                handle.write(secret.hex() + "\n")
        log.info("created the badge signing key for event %s at %s", event_code, target)
        return secret
    finally:
        tmp.unlink(missing_ok=True)


def load_event_secret(event_code: str) -> bytes:
    """The existing secret; never creates one, because a new key would silently invalidate every badge
    already printed (e.g. on a PC that got a copy of the database but not the key file)."""
    target = secret_path(event_code)
    if not target.exists():
        raise UserError(
            translate(
                "CheckIn",
                "No badge signing key for event '{event_code}' at {target}: run 'init' on this PC, or copy "
                "the key file from the PC that printed the badges",
            ).format(event_code=event_code, target=target)
        )
    return _read_secret(target)


# --- payloads ---------------------------------------------------------------------------------------


def _mac_digits(secret: bytes, body: str) -> str:
    digest = hmac.new(secret, _DOMAIN + body.encode("ascii"), hashlib.sha256).digest()
    value = int.from_bytes(digest[:8], "big") % 10**MAC_DIGITS
    return str(value).zfill(MAC_DIGITS)


def make_payload(secret: bytes, event_id: int, number: int, version: int) -> str:
    """The digits to put in the QR code of badge ``number`` version ``version`` of an event."""
    if not 1 <= event_id <= MAX_EVENT_ID:
        raise ValueError(f"event id {event_id} does not fit the payload (1..{MAX_EVENT_ID})")
    if not 1 <= number <= MAX_NUMBER:
        raise ValueError(f"badge number {number} does not fit the payload (1..{MAX_NUMBER})")
    if not 1 <= version <= MAX_VERSION:
        raise ValueError(f"badge version {version} does not fit the payload (1..{MAX_VERSION})")
    body = f"{MAGIC}{event_id:0{EVENT_DIGITS}d}{number:0{NUMBER_DIGITS}d}{version:0{VERSION_DIGITS}d}"
    return body + _mac_digits(secret, body)


def parse_payload(text: str) -> ParsedPayload:
    """Split a scanned text into fields, undoing keyboard-layout damage first.

    Raises :class:`PayloadFormatError` for anything that is not one of our payloads.
    """
    digits = decode_scanned(text)
    if len(digits) != PAYLOAD_LENGTH or not digits.isascii() or not digits.isdigit():
        raise PayloadFormatError(f"not a badge payload: {text!r}")
    if not digits.startswith(MAGIC):
        raise PayloadFormatError(f"not a badge payload (unknown format {digits[: len(MAGIC)]})")
    pos = len(MAGIC)
    event_id = int(digits[pos : pos + EVENT_DIGITS])
    pos += EVENT_DIGITS
    number = int(digits[pos : pos + NUMBER_DIGITS])
    pos += NUMBER_DIGITS
    version = int(digits[pos : pos + VERSION_DIGITS])
    if event_id == 0 or number == 0 or version == 0:
        raise PayloadFormatError("not a badge payload (zero field)")
    return ParsedPayload(
        event_id=event_id, number=number, version=version, mac=digits[BODY_LENGTH:], text=digits
    )


def verify_payload(secret: bytes, text: str, *, event_id: int | None = None) -> Verification:
    """Check a scanned text with the event's secret alone.

    ``event_id`` is the event this station serves: a well-formed payload of another event is reported
    as such instead of as a forgery (its MAC was made with another key, so it could never verify here).
    """
    try:
        parsed = parse_payload(text)
    except PayloadFormatError:
        return Verification(PayloadStatus.UNKNOWN)
    if event_id is not None and parsed.event_id != event_id:
        return Verification(PayloadStatus.OTHER_EVENT, parsed)
    if not hmac.compare_digest(parsed.mac, _mac_digits(secret, parsed.body)):
        return Verification(PayloadStatus.FORGED, parsed)
    return Verification(PayloadStatus.VALID, parsed)
