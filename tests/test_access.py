"""Who may do what, enforced in the core: open mode, PINs as hashes, the role x action matrix, refusals
audited with the operator and surviving the caller's rollback, wrong PINs and the lockout."""

from __future__ import annotations

import itertools
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accreditation.access import policy as access
from accreditation.access.policy import AccessDenied, Action
from accreditation.backup import backup
from accreditation.checkin.desk import scan
from accreditation.errors import EXIT_ACCESS_DENIED
from accreditation.event.loader import current_event
from accreditation.event.rooms import make_room, save_room
from accreditation.people.approval import approve
from accreditation.people.delegates import create_delegate
from accreditation.store.database import Database
from accreditation.store.models import (
    AuditEntry,
    Base,
    Category,
    Delegate,
    Region,
    Role,
    RolePin,
    Room,
    Scan,
    Verdict,
)

SECRET = b"k" * 32  # the badge signing key, so a scan needs no key file
_SERIAL = itertools.count()  # unique document numbers, room codes and file names
PINS = {Role.ADMIN: "739152", Role.DESK: "284613", Role.PROTOCOL: "561937"}


def _person(db: Database, document_no: str) -> dict[str, object]:
    with db.sessions() as s:
        category = s.scalar(select(Category.id).where(Category.code == "delegate"))
        region = s.scalar(select(Region.id).where(Region.code == "astrakhan"))
    return {
        "given_name": "Olga",
        "family_name": "Kravchenko",
        "document_no": document_no,
        "gender": "F",
        "category_id": category,
        "region_id": region,
    }


def _set_all_pins(db: Database) -> None:
    access.set_pin(db, Role.ADMIN, PINS[Role.ADMIN])
    with access.signed_in(access.authenticate(db, "Setup", Role.ADMIN, PINS[Role.ADMIN])):
        access.set_pin(db, Role.DESK, PINS[Role.DESK])
        access.set_pin(db, Role.PROTOCOL, PINS[Role.PROTOCOL])


def _counts(db: Database) -> dict[str, int]:
    with db.sessions() as s:
        return {
            "delegate": s.scalar(select(func.count()).select_from(Delegate)),
            "scan": s.scalar(select(func.count()).select_from(Scan)),
            "room": s.scalar(select(func.count()).select_from(Room)),
            "audit": s.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action != "refused")
            ),
            "approved": s.scalar(
                select(func.count()).select_from(Delegate).where(Delegate.status == "approved")
            ),
        }


def _refusals(db: Database) -> list[AuditEntry]:
    with db.sessions() as s:
        return list(
            s.scalars(select(AuditEntry).where(AuditEntry.action == "refused").order_by(AuditEntry.id))
        )


def test_open_mode_allows_every_change_without_signing_in(event_db):
    with event_db.sessions() as s:
        state = access.status(s)
    assert not state.enforced and not state.roles_with_pin
    assert "Open mode" in state.lines()[0]
    with event_db.transaction() as s:
        create_delegate(s, _person(event_db, "75 1000001"), "Maryam")
    assert _counts(event_db)["delegate"] == 1


def test_the_first_pin_must_be_the_admin_one_and_later_ones_need_an_admin(event_db):
    with pytest.raises(access.UserError, match="admin PIN first"):
        access.set_pin(event_db, Role.DESK, "1234")
    access.set_pin(event_db, Role.ADMIN, PINS[Role.ADMIN])
    with pytest.raises(AccessDenied, match="Sign in"):
        access.set_pin(event_db, Role.DESK, "1234")  # nobody signed in any more
    with access.signed_in(access.authenticate(event_db, "Reza", Role.ADMIN, PINS[Role.ADMIN])):
        access.set_pin(event_db, Role.DESK, PINS[Role.DESK])
    with event_db.sessions() as s:
        assert access.status(s).roles_with_pin == {Role.ADMIN, Role.DESK}
        assert access.status(s).enforced


def test_pins_are_stored_only_as_salted_hashes(event_db):
    _set_all_pins(event_db)
    with event_db.sessions() as s:
        hashes = [row.pin_hash for row in s.scalars(select(RolePin))]
        everything = " ".join(
            repr(tuple(row)) for table in Base.metadata.sorted_tables for row in s.execute(table.select())
        )
    for pin in PINS.values():
        assert pin not in everything
    assert all(h.startswith("scrypt$") for h in hashes) and len(set(hashes)) == 3
    # The same PIN twice gives two different hashes (salted), both of which check.
    one, two = access.hash_pin("1234"), access.hash_pin("1234")
    assert one != two and access.pin_matches("1234", one) and access.pin_matches("1234", two)
    assert not access.pin_matches("1235", one)
    assert access.pin_matches("۱۲۳۴", one)  # typed on the Persian layout


def _actions(db: Database, tmp_path: Path, person_id: int):
    """Each action the matrix tries: (action, the change through the core API, the counter it moves)."""

    def edit(s):
        create_delegate(s, _person(db, f"75 20000{next(_SERIAL):02d}"), "Matrix")

    def check_in(s):
        scan(s, "not a badge", desk="Desk 1", operator="Matrix", secret=SECRET)

    def seating(s):
        save_room(s, current_event(s), make_room("round", 8, code=f"matrix-{next(_SERIAL)}"))

    def approving(s):
        approve(s, [person_id], "Matrix")

    def backing_up(_s):
        backup(db, tmp_path / f"copy-{next(_SERIAL)}.sqlite")

    return [
        (Action.EDIT_PEOPLE, edit, "delegate"),
        (Action.CHECKIN, check_in, "scan"),
        (Action.SEATING, seating, "room"),
        (Action.APPROVE, approving, "approved"),
        (Action.BACKUP, backing_up, None),
    ]


def test_each_role_may_do_what_the_table_says_and_a_refusal_changes_nothing_but_is_audited(
    event_db, tmp_path
):
    with event_db.transaction() as s:
        person_id = create_delegate(s, _person(event_db, "75 1000002"), "Maryam").id
    _set_all_pins(event_db)
    expected = {
        Role.DESK: {Action.CHECKIN},
        Role.PROTOCOL: {Action.SEATING},
        Role.ADMIN: {Action.EDIT_PEOPLE, Action.CHECKIN, Action.SEATING, Action.APPROVE, Action.BACKUP},
    }
    for role, allowed in expected.items():
        operator = access.authenticate(event_db, f"Operator {role.value}", role, PINS[role])
        with access.signed_in(operator):
            for action, change, counter in _actions(event_db, tmp_path, person_id):
                before = _counts(event_db)
                refusals = len(_refusals(event_db))
                if action in allowed:
                    with event_db.transaction() as s:
                        change(s)
                    if counter:
                        assert _counts(event_db)[counter] > before[counter], (role, action)
                    continue
                with pytest.raises(AccessDenied) as refused:
                    with event_db.transaction() as s:
                        change(s)
                assert refused.value.exit_code == EXIT_ACCESS_DENIED
                assert f"Operator {role.value}" in refused.value.message
                assert _counts(event_db) == before, (role, action)
                entries = _refusals(event_db)
                assert len(entries) == refusals + 1, (role, action)
                assert entries[-1].operator == f"Operator {role.value}"
                assert f"{action.value} refused for role {role.value}" in entries[-1].detail
    # Without anyone signed in, every change is refused.
    for _action, change, _counter in _actions(event_db, tmp_path, person_id):
        with pytest.raises(AccessDenied, match="Sign in"):
            with event_db.transaction() as s:
                change(s)
    assert len(list((tmp_path).glob("copy-*.sqlite"))) == 1  # only the admin's backup was written


def test_printing_past_approval_is_the_admins_call(event_db):
    from accreditation.people.approval import require_approved

    with event_db.transaction() as s:
        person_id = create_delegate(s, _person(event_db, "75 1000004"), "Maryam").id
    _set_all_pins(event_db)
    with access.signed_in(access.authenticate(event_db, "Sara", Role.DESK, PINS[Role.DESK])):
        with pytest.raises(AccessDenied, match="may not approve people"):
            with event_db.transaction() as s:
                require_approved(s, [s.get(Delegate, person_id)], override_by="Sara")
    with access.signed_in(access.authenticate(event_db, "Reza", Role.ADMIN, PINS[Role.ADMIN])):
        with event_db.transaction() as s:
            assert [p.id for p in require_approved(s, [s.get(Delegate, person_id)], override_by="Reza")] == [
                person_id
            ]


def test_the_matrix_table_names_every_action_and_admin_may_do_all():
    assert set(access.ALLOWED) == set(Action)
    assert all(access.may(Role.ADMIN, action) for action in Action)
    assert all(access.may(role, Action.READ) for role in Role)
    assert not access.may(Role.DESK, Action.IMPORT) and not access.may(Role.PROTOCOL, Action.CHECKIN)
    assert not access.may(None, Action.READ)


def test_a_wrong_pin_is_audited_and_five_lock_the_role_for_a_while(event_db, monkeypatch):
    _set_all_pins(event_db)
    for _ in range(access.MAX_WRONG_PINS):
        with pytest.raises(AccessDenied, match="Wrong PIN"):
            access.sign_in(event_db, "Intruder", Role.DESK, "0000")
    assert access.current() is None
    with pytest.raises(AccessDenied, match="locked for 5 more minute"):
        access.sign_in(event_db, "Intruder", Role.DESK, PINS[Role.DESK])  # even the right PIN
    assert access.current() is None
    with event_db.sessions() as s:
        wrong = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "wrong-pin")))
    assert len(wrong) == access.MAX_WRONG_PINS and {w.operator for w in wrong} == {"Intruder"}
    # Other roles are not locked.
    assert access.sign_in(event_db, "Zahra", Role.PROTOCOL, PINS[Role.PROTOCOL]).role is Role.PROTOCOL
    # Some minutes later the desk role opens again.
    later = access.utcnow() + access.LOCKOUT_WINDOW + timedelta(seconds=5)
    monkeypatch.setattr(access, "utcnow", lambda: later)
    assert access.sign_in(event_db, "Sara", Role.DESK, PINS[Role.DESK]) == access.Operator("Sara", Role.DESK)


def test_signing_in_needs_a_name_a_role_and_a_role_with_a_pin(event_db):
    access.set_pin(event_db, Role.ADMIN, PINS[Role.ADMIN])
    with pytest.raises(access.UserError, match="name"):
        access.sign_in(event_db, "  ", Role.ADMIN, PINS[Role.ADMIN])
    with pytest.raises(AccessDenied, match="Choose your role"):
        access.sign_in(event_db, "Sara", None, PINS[Role.ADMIN])
    with pytest.raises(AccessDenied, match="no PIN yet"):
        access.sign_in(event_db, "Sara", Role.DESK, "1234")
    with pytest.raises(access.UserError, match="no role 'cashier'"):
        access.sign_in(event_db, "Sara", "cashier", "1234")


def test_the_signed_in_operator_is_seen_by_background_threads(event_db):
    _set_all_pins(event_db)
    access.sign_in(event_db, "Sara", Role.DESK, PINS[Role.DESK])
    seen: list[object] = []

    def work() -> None:
        with event_db.transaction() as s:
            seen.append(scan(s, "not a badge", desk="Desk 1", operator="Sara", secret=SECRET).verdict)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [Verdict.UNKNOWN]


def test_clearing_the_pins_needs_an_admin_and_returns_to_open_mode(event_db):
    _set_all_pins(event_db)
    with access.signed_in(access.authenticate(event_db, "Sara", Role.DESK, PINS[Role.DESK])):
        with pytest.raises(AccessDenied):
            access.clear_pins(event_db)
        with pytest.raises(AccessDenied):
            access.clear_pin(event_db, Role.PROTOCOL)
    with access.signed_in(access.authenticate(event_db, "Reza", Role.ADMIN, PINS[Role.ADMIN])):
        access.clear_pin(event_db, Role.PROTOCOL)
        with pytest.raises(access.UserError, match="only with all"):
            access.clear_pin(event_db, Role.ADMIN)
        assert access.clear_pins(event_db) == 2
    with event_db.sessions() as s:
        assert not access.status(s).enforced
    with event_db.transaction() as s:
        create_delegate(s, _person(event_db, "75 1000003"), "Maryam")


def test_refused_scans_are_stored_with_the_operator(event_db):
    """The rules' refusals (here: a payload that is no badge) are in the scan log under the operator."""
    with event_db.transaction() as s:
        scan(s, "HELLO-WORLD", desk="Desk 2", operator="Sara", secret=SECRET)
    with event_db.sessions() as s:
        (row,) = s.scalars(select(Scan))
    assert (row.verdict, row.operator, row.desk) == (Verdict.UNKNOWN, "Sara", "Desk 2")
