"""The passport's machine-readable zone at the check-in desk: a reader's lines find the person on record.

The field sits in the desk's "person without a badge" column and is fed by the desk's own scanner
detector (through :attr:`DeskPassportZone.collector`): MRZ lines go to the field, never to the badge
check. A verified zone finds the person by document number and offers the differences to accept, saved
at once and audited; nobody with that number, and the name goes to the search.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QStatusBar, QWidget
from sqlalchemy import select

from accreditation.errors import UserError
from accreditation.event.loader import current_event
from accreditation.passports.checks import delegation_country
from accreditation.passports.mrz import MrzData
from accreditation.people.delegates import update_delegate
from accreditation.people.fields import snapshot
from accreditation.store.database import Database
from accreditation.store.models import Delegate

from ..widgets.mrz_field import (
    MrzDifferencesDialog,
    MrzField,
    MrzLineCollector,
    differences,
    flag_text,
    mrz_text,
)
from ..widgets.search_panel import SearchPanel


class DeskPassportZone(QObject):
    """The zone's field and line collector for one desk window, and what a verified zone does there."""

    def __init__(
        self,
        window: QWidget,
        db: Database,
        language: str,
        *,
        search: SearchPanel,
        status: QStatusBar,
        choose: Callable[[int, str], None],
        operator: Callable[[], str],
    ) -> None:
        """``choose(person, text)`` makes the found person the desk's choice, shown as ``text``; ``operator``
        gives the operator's name (asked once per shift)."""
        super().__init__(window)
        self._window = window
        self._db = db
        self._language = language
        self._search = search
        self._status = status
        self._choose = choose
        self._operator = operator
        with db.sessions() as session:
            end = current_event(session).end_date
        #: The found person's delegation country, for the nationality check.
        self._found: dict[str, Any] = {}

        def context() -> tuple[date | None, str | None]:
            return end, self._found.get("country")

        self.field = MrzField(context, window)
        self.collector = MrzLineCollector(window)
        self.collector.complete.connect(self.field.set_lines)
        self.field.verified.connect(self._verified)
        #: The differences offered last (tests look here).
        self.dialog: MrzDifferencesDialog | None = None

    def _verified(self, data: MrzData) -> None:
        with self._db.sessions() as session:
            person = session.scalars(
                select(Delegate).where(Delegate.document_no == data.document_number).order_by(Delegate.id)
            ).first()
            if person is not None:
                current = snapshot(person)
                name = person.name_fa or person.latin_name if self._language == "fa" else person.latin_name
                self._found["country"] = delegation_country(person)
                person_id, version = person.id, person.version
        if person is None:
            self._found.pop("country", None)
            self._search.box.setText(f"{data.given_names} {data.family_name}".title())
            self._status.showMessage(
                mrz_text("Nobody on record has passport %1: find the person by name.").replace(
                    "%1", data.document_number
                ),
                15_000,
            )
            return
        flags = self.field.document_flags(data)
        self.field.flags.setText("\n".join("⚠ " + flag_text(f) for f in flags))
        self.field.flags.setVisible(bool(flags))
        self._choose(person_id, f"\u2068{name}\u2069 — {data.document_number}")
        rows = differences(current, data)
        if not rows:
            return
        dialog = MrzDifferencesDialog(rows, self._window)
        self.dialog = dialog

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted or not dialog.accepted_values():
                return
            operator = self._operator()
            try:
                with self._db.transaction() as session:
                    update_delegate(
                        session,
                        person_id,
                        dialog.accepted_values(),
                        operator,
                        version,
                        action="edit",
                        detail="taken from the passport's machine-readable zone at the desk",
                    )
            except UserError as exc:
                self._status.showMessage(exc.message, 15_000)
                return
            self._status.showMessage(mrz_text("The record now matches the passport."), 10_000)

        dialog.finished.connect(finished)
        dialog.open()
