"""Protocol approval: approve, reject, send back; approval withdrawn on passport changes; badges only
for approved people unless an administrator overrides, which the audit trail records."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from accreditation.people import approval
from accreditation.people.delegates import create_delegate, update_delegate
from accreditation.store.audit import history
from accreditation.store.database import Database
from accreditation.store.models import AuditEntry, Category, Delegate, DelegateStatus, Region

PROTOCOL = "Protocol: Leila Nouri"


def _person(db: Database, **extra: object) -> int:
    with db.transaction() as s:
        category = s.scalars(select(Category).where(Category.code == "delegate")).one().id
        region = s.scalars(select(Region).where(Region.code == "gilan")).one().id
        data = {
            "given_name": "Anna",
            "family_name": "Eriksson",
            "document_no": "L898902C3",
            "nationality": "IR",
            "category_id": category,
            "region_id": region,
            **extra,
        }
        return create_delegate(s, data, "desk").id


def _status(db: Database, pid: int) -> DelegateStatus:
    with db.sessions() as s:
        return s.get(Delegate, pid).status


def _actions(db: Database, pid: int) -> list[tuple[str, str, str]]:
    with db.sessions() as s:
        return [(e.action, e.operator, e.detail) for e in history(s, "delegate", pid)]


def test_a_new_person_is_pending_and_protocol_approves(event_db):
    pid = _person(event_db)
    assert _status(event_db, pid) == DelegateStatus.REGISTERED
    with event_db.transaction() as s:
        result = approval.approve(s, [pid], PROTOCOL)
    assert result.changed == [pid]
    assert _status(event_db, pid) == DelegateStatus.APPROVED
    assert _actions(event_db, pid)[-1][:2] == ("approve", PROTOCOL)
    with event_db.transaction() as s:
        again = approval.approve(s, [pid], PROTOCOL)
    assert again.changed == [] and again.unchanged == {pid: "already approved"}


def test_bulk_approve_reject_and_send_back_with_reasons(event_db):
    a, b, c = (
        _person(event_db),
        _person(event_db, document_no="X1234567"),
        _person(event_db, document_no="X7654321"),
    )
    with event_db.transaction() as s:
        approval.approve(s, [a, b], PROTOCOL)
        with pytest.raises(approval.ApprovalError, match="why"):
            approval.reject(s, [c], PROTOCOL, "  ")
        approval.reject(s, [c], PROTOCOL, "not on the delegation's official list")
        approval.send_back(s, [b], PROTOCOL, "passport copy unreadable")
    assert _status(event_db, a) == DelegateStatus.APPROVED
    assert _status(event_db, b) == DelegateStatus.REGISTERED
    assert _status(event_db, c) == DelegateStatus.CANCELLED
    assert _actions(event_db, c)[-1] == ("reject", PROTOCOL, "not on the delegation's official list")
    with event_db.sessions() as s:
        decisions = approval.latest_decisions(s, [a, b, c])
    assert decisions[b].action == "send-back" and decisions[b].detail == "passport copy unreadable"
    assert decisions[a].action == "approve"


def test_send_back_of_a_pending_person_keeps_the_status_and_records_the_question(event_db):
    pid = _person(event_db)
    with event_db.transaction() as s:
        approval.send_back(s, [pid], PROTOCOL, "need the visa number")
    assert _status(event_db, pid) == DelegateStatus.REGISTERED
    assert _actions(event_db, pid)[-1] == ("send-back", PROTOCOL, "need the visa number")


def test_an_unknown_id_and_a_missing_operator_are_refused(event_db):
    pid = _person(event_db)
    with event_db.transaction() as s:
        with pytest.raises(approval.ApprovalError, match="9999"):
            approval.approve(s, [pid, 9999], PROTOCOL)
        with pytest.raises(approval.ApprovalError, match="who"):
            approval.approve(s, [pid], " ")


@pytest.mark.parametrize(
    "field, value", [("family_name", "Eriksen"), ("document_no", "L898902C4"), ("name_fa", "آنا اریکسون")]
)
def test_a_protected_change_after_approval_goes_back_to_pending(event_db, field, value):
    pid = _person(event_db)
    with event_db.transaction() as s:
        approval.approve(s, [pid], PROTOCOL)
    with event_db.transaction() as s:
        update_delegate(s, pid, {field: value}, "desk: Sara")
    assert _status(event_db, pid) == DelegateStatus.REGISTERED
    # One action, one entry: the edit itself records the status change and why.
    action, operator, detail = _actions(event_db, pid)[-1]
    assert (action, operator) == ("edit", "desk: Sara")
    assert "back to pending approval" in detail and field in detail
    with event_db.sessions() as s:
        entry = history(s, "delegate", pid)[-1]
        assert entry.changes["status"] == ["approved", "registered"]
        decision = approval.latest_decisions(s, [pid])[pid]
    assert (decision.action, decision.detail) == ("unapprove", field)


def test_other_changes_keep_the_approval(event_db):
    pid = _person(event_db)
    with event_db.transaction() as s:
        approval.approve(s, [pid], PROTOCOL)
        update_delegate(s, pid, {"phone": "+98 911 123 4567", "dietary": "halal"}, "desk")
    assert _status(event_db, pid) == DelegateStatus.APPROVED


def test_a_new_photo_withdraws_the_approval(event_db):
    import random

    from accreditation.demo.generate import synthetic_photo
    from accreditation.people.photos import load_photo, set_delegate_photo

    pid = _person(event_db)
    with event_db.transaction() as s:
        approval.approve(s, [pid], PROTOCOL)
    jpeg, _w, _h = synthetic_photo(random.Random(1))
    with event_db.transaction() as s:
        set_delegate_photo(s, s.get(Delegate, pid), load_photo(jpeg), "desk")
    assert _status(event_db, pid) == DelegateStatus.REGISTERED
    assert "photo" in _actions(event_db, pid)[-1][2]


def test_badges_print_only_for_approved_people_unless_overridden(event_db):
    from accreditation.badges.print_run import prepare_badges, select_delegates
    from accreditation.badges.token import ensure_event_secret
    from accreditation.event.loader import current_event

    pending, approved = _person(event_db), _person(event_db, document_no="X1234567")
    with event_db.transaction() as s:
        approval.approve(s, [approved], PROTOCOL)
    with event_db.transaction() as s:
        event = current_event(s)
        secret = ensure_event_secret(event.code)
        people, _cancelled = selection = select_delegates(s, event, region="gilan")
        assert [p.id for p in people] == [approved] and [p.id for p in selection.pending] == [pending]
        named, _ = select_delegates(s, event, ids=[pending])
        with pytest.raises(approval.NotApproved, match=f"not approved by protocol.*approve {pending}"):
            prepare_badges(s, named, secret, "desk")
        prepared = prepare_badges(s, named, secret, "Admin Karimi", override_approval_by="Admin Karimi")
        assert prepared.issued == 1
    with event_db.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "print-override")).one()
        assert (entry.entity_id, entry.operator) == (pending, "Admin Karimi")


def test_the_checkin_desk_refuses_a_badge_for_a_pending_person(event_db, tmp_path: Path):
    from accreditation.badges.token import ensure_event_secret
    from accreditation.checkin.desk import badge_pdf_for
    from accreditation.event.loader import current_event

    pid = _person(event_db)
    with event_db.sessions() as s:
        ensure_event_secret(current_event(s).code)
    with event_db.transaction() as s, pytest.raises(approval.NotApproved, match="not approved by protocol"):
        badge_pdf_for(s, pid, tmp_path / "b.pdf", operator="desk")
    assert not (tmp_path / "b.pdf").exists()
    with event_db.transaction() as s:
        badge_pdf_for(s, pid, tmp_path / "b.pdf", operator="Admin", override_approval=True)
    assert (tmp_path / "b.pdf").exists()
    assert ("print-override", "Admin") in [(a, o) for a, o, _d in _actions(event_db, pid)]
