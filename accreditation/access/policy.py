"""Who may do what: roles, their PINs, the signed-in operator and the check every change makes.

Three roles share the desks: ``desk`` (check-in, badge printing and handing over), ``protocol``
(seating, rooms, name cards) and ``admin`` (everything: import, people, photos, approval, settings,
backups, the PINs themselves). Reading and searching is open to every signed-in role: the desk must look
up the people who arrive. :data:`ALLOWED` is the whole policy in one table.

The rule is applied here, in the core, by :func:`require` at the start of every function that changes
data -- the window's disabled buttons are only a courtesy. While no admin PIN is set (a fresh install,
the demo) the desk runs in *open mode*: every action is allowed and only the operator's name is asked.
Setting the admin PIN turns enforcement on for every desk sharing the database, since the PINs (salted
scrypt hashes, never the text) are rows of the database.

One desk process is one person at a time, so the signed-in operator is process-wide (background threads
see it); :func:`signed_in` sets it for a block (tests, the command line). A refused action raises
:class:`AccessDenied` and leaves a ``refused`` audit entry written in its own transaction once the
caller's ends, so the caller's rollback cannot take the trace of the attempt with it.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import logging
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, event, insert, select
from sqlalchemy.orm import Session, SessionTransaction

from accreditation.errors import AccessDenied, UserError
from accreditation.i18n import translate
from accreditation.i18n.digits import to_ascii_digits
from accreditation.store import audit
from accreditation.store.database import Database
from accreditation.store.models import AuditEntry, Role, RolePin, utcnow

log = logging.getLogger(__name__)

#: After this many wrong PINs for a role within :data:`LOCKOUT_WINDOW`, the role is locked until the
#: oldest of them is that old.
MAX_WRONG_PINS = 5
LOCKOUT_WINDOW = timedelta(minutes=5)
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 64

# scrypt at n=2**14, r=8: ~16 MB and a few tens of milliseconds a try -- nothing at a sign-in, slow for
# someone who copied the database and guesses four-digit PINs.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class Action(enum.StrEnum):
    """What :func:`require` is asked about. Each function that changes data names one."""

    CHECKIN = "checkin"
    CHECKIN_UNDO = "checkin-undo"
    BADGE_PRINT = "badge-print"
    BADGE_HANDOVER = "badge-handover"
    BADGE_REISSUE = "badge-reissue"
    SEATING = "seating"
    IMPORT = "import"
    EDIT_PEOPLE = "edit-people"
    PHOTO = "photo"
    APPROVE = "approve"
    SETTINGS = "settings"
    BACKUP = "backup"
    RESTORE = "restore"
    MANAGE_PINS = "manage-pins"
    READ = "read"


_EVERYONE = frozenset(Role)
_DESK = frozenset({Role.DESK, Role.ADMIN})
_PROTOCOL = frozenset({Role.PROTOCOL, Role.ADMIN})
_ADMIN = frozenset({Role.ADMIN})

#: The policy: action -> the roles that may do it. Admin may do everything.
ALLOWED: dict[Action, frozenset[Role]] = {
    Action.CHECKIN: _DESK,
    Action.CHECKIN_UNDO: _DESK,
    Action.BADGE_PRINT: _DESK,
    Action.BADGE_HANDOVER: _DESK,
    # A lost badge is replaced at the desk where the person stands.
    Action.BADGE_REISSUE: _DESK,
    Action.SEATING: _PROTOCOL,
    Action.IMPORT: _ADMIN,
    Action.EDIT_PEOPLE: _ADMIN,
    Action.PHOTO: _ADMIN,
    Action.APPROVE: _ADMIN,
    Action.SETTINGS: _ADMIN,
    Action.BACKUP: _ADMIN,
    Action.RESTORE: _ADMIN,
    Action.MANAGE_PINS: _ADMIN,
    Action.READ: _EVERYONE,
}


def role_name(role: Role | str) -> str:
    """A role as a person reads it."""
    names = {
        Role.DESK: translate("Access", "desk"),
        Role.PROTOCOL: translate("Access", "protocol"),
        Role.ADMIN: translate("Access", "admin"),
    }
    return names.get(Role(role), str(role))


def action_name(action: Action) -> str:
    names = {
        Action.CHECKIN: translate("Access", "check people in"),
        Action.CHECKIN_UNDO: translate("Access", "undo a check-in"),
        Action.BADGE_PRINT: translate("Access", "issue and print badges"),
        Action.BADGE_HANDOVER: translate("Access", "hand badges over"),
        Action.BADGE_REISSUE: translate("Access", "reissue a badge"),
        Action.SEATING: translate("Access", "change seating and rooms"),
        Action.IMPORT: translate("Access", "import people"),
        Action.EDIT_PEOPLE: translate("Access", "add, edit or cancel people"),
        Action.PHOTO: translate("Access", "change photos"),
        Action.APPROVE: translate("Access", "approve people"),
        Action.SETTINGS: translate("Access", "change the event's settings"),
        Action.BACKUP: translate("Access", "back up the database"),
        Action.RESTORE: translate("Access", "restore a backup"),
        Action.MANAGE_PINS: translate("Access", "change roles and PINs"),
        Action.READ: translate("Access", "look people up"),
    }
    return names[action]


def roles_for(action: Action) -> list[Role]:
    """The roles that may do ``action``, the most specific first (admin last)."""
    return sorted(ALLOWED[action], key=lambda r: (r is Role.ADMIN, r.value))


def may(role: Role | None, action: Action) -> bool:
    """Whether ``role`` may do ``action`` once PINs are set (the window greys out what it may not)."""
    return role is not None and role in ALLOWED[action]


@dataclass(frozen=True)
class Operator:
    """Who is at this desk: a name and, once PINs are set, the role they proved with its PIN."""

    name: str
    role: Role | None = None


_lock = threading.Lock()
_current: Operator | None = None


def current() -> Operator | None:
    """The operator signed in to this process (any thread), if any."""
    return _current


def _set_current(operator: Operator | None) -> None:
    global _current
    with _lock:
        _current = operator


def identify(name: str) -> Operator:
    """Say who is at the desk without a role (open mode, or before signing in): refusals and the trail
    then name them. Proves nothing, so it allows nothing once PINs are on."""
    operator = Operator(" ".join((name or "").split()))
    _set_current(operator)
    return operator


def sign_out() -> None:
    _set_current(None)


@contextmanager
def signed_in(operator: Operator | None) -> Iterator[Operator | None]:
    """Make ``operator`` the process's for the block (an :func:`authenticate` result), then the one before."""
    before = _current
    _set_current(operator)
    try:
        yield operator
    finally:
        _set_current(before)


# --- PINs -------------------------------------------------------------------------------------------


def _pin_bytes(pin: str) -> bytes:
    # A PIN typed on a Persian or Arabic layout gives ۱۲۳۴ for 1234: the same PIN.
    return to_ascii_digits(pin).encode("utf-8")


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of ``pin``, with its parameters: what the database keeps instead of the PIN."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(_pin_bytes(pin), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from (in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        got = hashlib.scrypt(
            _pin_bytes(pin), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        log.error("a role PIN hash in the database is not readable")
        return False
    return hmac.compare_digest(got, expected)


def _check_new_pin(pin: str) -> None:
    if len(pin) < MIN_PIN_LENGTH or len(pin) > MAX_PIN_LENGTH or pin != pin.strip():
        raise UserError(
            translate("Access", "A PIN has {low} to {high} characters, without spaces at either end.").format(
                low=MIN_PIN_LENGTH, high=MAX_PIN_LENGTH
            )
        )


def roles_with_pin(session: Session) -> set[Role]:
    return set(session.scalars(select(RolePin.role)))


def enforced(session: Session) -> bool:
    """Whether PINs are on: the admin PIN is set. Without it the desk is in open mode."""
    return session.scalar(select(RolePin.id).where(RolePin.role == Role.ADMIN)) is not None


@dataclass(frozen=True)
class AccessStatus:
    enforced: bool
    roles_with_pin: frozenset[Role]

    def lines(self) -> list[str]:
        """The state as ``access status`` prints it."""
        if self.enforced:
            head = translate("Access", "PINs are on: every change needs a role signed in with its PIN.")
        else:
            head = translate(
                "Access", "Open mode: no admin PIN is set, every action is allowed; set the admin PIN first."
            )
        out = [head]
        for role in Role:
            has = role in self.roles_with_pin
            out.append(
                translate("Access", "{role}: PIN set").format(role=role.value)
                if has
                else translate("Access", "{role}: no PIN").format(role=role.value)
            )
        return out


def status(session: Session) -> AccessStatus:
    roles = roles_with_pin(session)
    return AccessStatus(enforced=Role.ADMIN in roles, roles_with_pin=frozenset(roles))


# --- the check ----------------------------------------------------------------------------------------


def require(session: Session, action: Action, operator: str = "") -> Operator | None:
    """Refuse ``action`` unless the signed-in operator's role may do it (always allowed in open mode).

    Called first thing by every core function that changes data, with the caller's session; returns the
    signed-in operator. A refusal raises :class:`AccessDenied` and queues a ``refused`` audit entry that
    is written in a transaction of its own when the caller's transaction ends (committed or rolled back):
    on SQLite the caller may hold the database's only write lock until then.
    """
    if not enforced(session):
        return _current
    who = _current
    if who is not None and who.role is not None and who.role in ALLOWED[action]:
        return who
    needed = " / ".join(role_name(r) for r in roles_for(action))
    name = who.name if who is not None else (operator or "")
    if who is None or who.role is None:
        message = translate(
            "Access", "Sign in with a role and its PIN to {action} ({needed} role needed)."
        ).format(action=action_name(action), needed=needed)
    else:
        message = translate(
            "Access", "{name}, signed in as {role}, may not {action}: the {needed} role is needed."
        ).format(name=who.name, role=role_name(who.role), action=action_name(action), needed=needed)
    _queue_refusal(
        session,
        audit.entry_values(
            operator=name,
            action="refused",
            entity="access",
            entity_id=None,
            changes={},
            detail=f"{action.value} refused for role {who.role.value if who and who.role else 'none'}"
            f" (needs {', '.join(r.value for r in roles_for(action))})",
        ),
    )
    log.info("refused %s to %r (role %s)", action.value, name, who.role if who else None)
    raise AccessDenied(message)


_PENDING_KEY = "access_refusals"


def _queue_refusal(session: Session, values: dict[str, Any]) -> None:
    if not session.in_transaction():
        _write_entries(session, [values])
        return
    pending: list[dict[str, Any]] = session.info.setdefault(_PENDING_KEY, [])
    if not pending and not session.info.get(_PENDING_KEY + "_listening"):
        event.listen(session, "after_transaction_end", _after_transaction_end)
        session.info[_PENDING_KEY + "_listening"] = True
    pending.append(values)


def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is not None:
        return  # a savepoint; the entries wait for the outermost transaction
    pending = session.info.pop(_PENDING_KEY, None)
    if pending:
        _write_entries(session, pending)


def _write_entries(session: Session, entries: list[dict[str, Any]]) -> None:
    try:
        with session.get_bind().begin() as conn:
            conn.execute(insert(AuditEntry), entries)
    except Exception:
        # The refusal itself already happened; losing its trace must not turn into a crash.
        log.exception("could not write %d refused-action audit entries", len(entries))


# --- signing in and managing PINs ---------------------------------------------------------------------


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _locked_until(session: Session, pin_row: RolePin, now: datetime) -> datetime | None:
    """When the role opens again after too many wrong PINs, or None when it is not locked."""
    since = now - LOCKOUT_WINDOW
    rows = session.execute(
        select(AuditEntry.action, AuditEntry.at)
        .where(
            AuditEntry.entity == "role_pin",
            AuditEntry.entity_id == pin_row.id,
            AuditEntry.action.in_(("wrong-pin", "sign-in")),
            AuditEntry.at >= since,
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    ).all()
    failures: list[datetime] = []
    for action, at in rows:
        if action == "sign-in":
            failures.clear()  # a right PIN starts the count again
        else:
            failures.append(_aware(at))
    if len(failures) < MAX_WRONG_PINS:
        return None
    return failures[-MAX_WRONG_PINS] + LOCKOUT_WINDOW


def sign_in(db: Database, name: str, role: Role | str | None = None, pin: str = "") -> Operator:
    """Check name, role and PIN (:func:`authenticate`) and make the operator this process's; returns it."""
    operator = authenticate(db, name, role, pin)
    _set_current(operator)
    return operator


def authenticate(db: Database, name: str, role: Role | str | None = None, pin: str = "") -> Operator:
    """Check name, role and PIN; returns the operator, for :func:`signed_in` (nothing is made current).

    In open mode only the name is needed (a role given is kept, unchecked). A wrong PIN is audited;
    after :data:`MAX_WRONG_PINS` of them within :data:`LOCKOUT_WINDOW` the role is locked for a while.
    """
    name = " ".join((name or "").split())
    if not name:
        raise UserError(translate("Access", "Type your name to sign in."))
    chosen = _role(role) if role else None
    with db.transaction() as session:
        if not enforced(session):
            return Operator(name, chosen)
        if chosen is None:
            raise AccessDenied(translate("Access", "Choose your role and type its PIN to sign in."))
        row = session.scalar(select(RolePin).where(RolePin.role == chosen))
        if row is None:
            raise AccessDenied(
                translate("Access", "The {role} role has no PIN yet; ask an admin to set one.").format(
                    role=role_name(chosen)
                )
            )
        now = utcnow()
        until = _locked_until(session, row, now)
        if until is not None:
            minutes = max(1, int((until - now).total_seconds() + 59) // 60)
            audit.record(
                session,
                operator=name,
                action="sign-in-locked",
                entity="role_pin",
                entity_id=row.id,
                changes={},
                detail=f"sign-in as {chosen.value} while the role is locked",
            )
            locked = AccessDenied(
                translate(
                    "Access",
                    "Too many wrong PINs for the {role} role: it is locked for {minutes} more minute(s).",
                ).format(role=role_name(chosen), minutes=minutes)
            )
        elif not pin_matches(pin or "", row.pin_hash):
            audit.record(
                session,
                operator=name,
                action="wrong-pin",
                entity="role_pin",
                entity_id=row.id,
                changes={},
                detail=f"wrong PIN for role {chosen.value}",
            )
            locked = AccessDenied(
                translate("Access", "Wrong PIN for the {role} role.").format(role=role_name(chosen))
            )
        else:
            audit.record(
                session,
                operator=name,
                action="sign-in",
                entity="role_pin",
                entity_id=row.id,
                changes={},
                detail=f"signed in as {chosen.value}",
            )
            locked = None
    # The failed attempt is committed above, so the raise below cannot roll its audit entry back.
    if locked is not None:
        raise locked
    return Operator(name, chosen)


def _role(value: Role | str) -> Role:
    try:
        return Role(str(value).strip().lower())
    except ValueError:
        raise UserError(
            translate("Access", "There is no role '{role}' (roles: desk, protocol, admin).").format(
                role=value
            )
        ) from None


def set_pin(db: Database, role: Role | str, pin: str) -> None:
    """Set or change a role's PIN. The first PIN must be the admin's (it turns enforcement on); after
    that only an admin signed in may change PINs."""
    chosen = _role(role)
    _check_new_pin(pin)
    with db.transaction() as session:
        if enforced(session):
            who = require(session, Action.MANAGE_PINS)
        elif chosen is not Role.ADMIN:
            raise UserError(
                translate("Access", "Set the admin PIN first: it is the one that can set the others.")
            )
        else:
            who = _current
        by = who.name if who else ""
        row = session.scalar(select(RolePin).where(RolePin.role == chosen))
        first = row is None
        if row is None:
            row = RolePin(role=chosen, pin_hash=hash_pin(pin), set_by=by)
            session.add(row)
        else:
            row.pin_hash = hash_pin(pin)
            row.set_at = utcnow()
            row.set_by = by
        session.flush()
        audit.record(
            session,
            operator=by,
            action="pin-set" if first else "pin-changed",
            entity="role_pin",
            entity_id=row.id,
            changes={},
            detail=f"PIN for role {chosen.value}",
        )


def clear_pin(db: Database, role: Role | str) -> None:
    """Remove one role's PIN (that role cannot sign in until it has one again). The admin PIN goes only
    with all of them (:func:`clear_pins`): otherwise the others would be left without anyone to manage them.
    """
    chosen = _role(role)
    if chosen is Role.ADMIN:
        raise UserError(
            translate("Access", "The admin PIN is removed only with all the others (clear all PINs).")
        )
    with db.transaction() as session:
        who = require(session, Action.MANAGE_PINS)
        row = session.scalar(select(RolePin).where(RolePin.role == chosen))
        if row is None:
            return
        audit.record(
            session,
            operator=who.name if who else "",
            action="pin-cleared",
            entity="role_pin",
            entity_id=row.id,
            changes={},
            detail=f"PIN for role {chosen.value} removed",
        )
        session.delete(row)


def clear_pins(db: Database) -> int:
    """Remove every PIN: back to open mode. Needs an admin signed in (anyone, in open mode)."""
    with db.transaction() as session:
        who = require(session, Action.MANAGE_PINS)
        count = len(roles_with_pin(session))
        session.execute(delete(RolePin))
        audit.record(
            session,
            operator=who.name if who else "",
            action="pins-cleared",
            entity="access",
            entity_id=None,
            changes={},
            detail=f"all {count} role PINs removed: open mode",
        )
    return count
