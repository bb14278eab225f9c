"""What a person's accreditation status means, and which change takes an approval back.

``registered`` *is* "pending approval"; ``approved``, ``badge_printed`` and ``badge_collected`` mean
protocol checked the person against their passport. The services that change a person
(:mod:`accreditation.people.delegates`, :mod:`accreditation.people.photos`) and protocol's decisions
(:mod:`accreditation.people.approval`) all read these rules from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from accreditation.store.models import Delegate, DelegateStatus

#: Statuses that mean "protocol approved this person" (a badge is printed only after approval).
APPROVED_STATUSES = frozenset(
    {DelegateStatus.APPROVED, DelegateStatus.BADGE_PRINTED, DelegateStatus.BADGE_COLLECTED}
)
#: Fields protocol checked against the passport: changing one withdraws the approval.
PROTECTED_FIELDS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "name_fa",
    "name_native",
    "document_no",
    "photo",
)
#: How an edit's audit entry says it withdrew an approval (followed by the fields).
WITHDRAWN_MARK = "back to pending approval, changed after approval: "


def withdraw_on_change(
    delegate: Delegate, changes: Mapping[str, tuple[Any, Any]], detail: str = ""
) -> tuple[dict[str, tuple[Any, Any]], str]:
    """Withdraw the approval of a person whose passport-checked fields are changing; the change's own
    audit entry then carries the status change and says why: (changes, detail) to record.

    Called by the services that change a person (:func:`~accreditation.people.delegates.update_delegate`,
    :func:`~accreditation.people.photos.set_delegate_photo`) before they record the change, so one action is
    one entry in the trail. A change that sets the status itself is left as asked.
    """
    out = dict(changes)
    fields = [f for f in PROTECTED_FIELDS if f in out]
    if "status" in out or not fields or delegate.status not in APPROVED_STATUSES:
        return out, detail
    out["status"] = (delegate.status, DelegateStatus.REGISTERED)
    delegate.status = DelegateStatus.REGISTERED
    reason = WITHDRAWN_MARK + ", ".join(fields)
    return out, f"{detail}; {reason}" if detail else reason
