"""Creating and editing one person: every field of the passport form, checked while the desk types.

The rules are the core's (``validate_delegate_fields``, ``find_possible_duplicates``, the optimistic lock
of ``update_delegate``); this dialog only shows them where the eye already is: a sentence under the
field, a warning strip about a possible duplicate with a way to open the other record, both versions
side by side when another desk saved first. Nothing is written until Save, and a refused Save writes
nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accreditation.errors import UserError
from accreditation.passports.mrz import MrzData, delegate_fields
from accreditation.people.delegates import (
    InvalidDelegate,
    StaleEdit,
    cancel_delegate,
    create_delegate,
    find_possible_duplicates,
    update_delegate,
)
from accreditation.people.fields import (
    DELEGATE_FIELDS,
    FieldProblem,
    clean_fields,
    snapshot,
    validate_delegate_fields,
)
from accreditation.store.database import Database
from accreditation.store.models import Delegate, DelegateStatus

from ..labels import (
    core_sentence,
    display_value,
    field_label,
    isolated,
    problem_text,
    status_label,
    value_names,
)
from ..widgets.mrz_field import MrzDifferencesDialog, MrzField, capture_reader, differences, mrz_text
from .cancel_person import CancelPersonDialog
from .choices import country_of_choice, load_choices
from .duplicates import DuplicateBanner
from .fields import ERROR_STYLE
from .form import PersonForm
from .stale_edit import StaleEditDialog

log = logging.getLogger(__name__)

#: The form's fields (the Delegate's own, less the status, which has its own actions).
FORM_FIELDS = tuple(f for f in DELEGATE_FIELDS if f != "status")


class DelegateEditor(PersonForm):
    """The person form. ``delegate_id`` None creates a new person."""

    #: The person's id after a save (a new person's new id).
    saved = Signal(int)
    #: The person's id after they were cancelled.
    person_cancelled = Signal(int)
    #: The desk chose to open this other record (a possible duplicate) instead.
    open_other = Signal(int)

    def __init__(
        self,
        db: Database,
        operator: Callable[[], str | None],
        delegate_id: int | None = None,
        language: str = "en",
        parent: QWidget | None = None,
        *,
        defaults: dict[str, Any] | None = None,
    ) -> None:
        with db.sessions() as session:
            choices = load_choices(session, language)
        super().__init__(choices, language, parent)
        self.setObjectName("delegateEditor")
        self.db = db
        self._operator = operator
        self.delegate_id = delegate_id
        self._version: int | None = None
        self._original: dict[str, Any] = {}
        self._status: DelegateStatus = DelegateStatus.REGISTERED
        self._touched: set[str] = set()
        self._save_tried = False
        self._warned_duplicates: tuple[int, ...] = ()
        self.child_dialog: QDialog | None = None
        self._build()
        if delegate_id is not None:
            self.load(delegate_id)
        else:
            self.setWindowTitle(self.tr("New person"))
            if defaults:
                self._apply_values(defaults)
        self._revalidate()
        self.resize(980, 660)

    # --- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("editorHeader")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.header.setFont(font)
        outer.addWidget(self.header)

        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        self._build_form(columns)

        # A possible duplicate: a warning strip, never a refusal.
        self.duplicate_banner = DuplicateBanner(self.language)
        self.duplicate_text = self.duplicate_banner.text
        self.duplicate_banner.open_other.connect(self._open_other)
        outer.addWidget(self.duplicate_banner)

        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        self.cancel_person_button = QPushButton(self.tr("Cancel this person…"))
        self.cancel_person_button.setObjectName("cancelPersonButton")
        buttons.addWidget(self.cancel_person_button)
        self.reinstate_button = QPushButton(self.tr("Reinstate this person"))
        self.reinstate_button.setObjectName("reinstateButton")
        self.reinstate_button.setToolTip(self.tr("Undo a cancellation: the person is registered again."))
        buttons.addWidget(self.reinstate_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.cancel_person_button.clicked.connect(self.ask_cancel_person)
        self.reinstate_button.clicked.connect(self.reinstate_person)
        self.suggest_latin_button.clicked.connect(self.fill_latin_suggestion)
        self.suggest_persian_button.clicked.connect(self.fill_persian_suggestion)
        for name, edit in self._line_edits().items():
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            edit.textChanged.connect(lambda _t: self._revalidate())
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        for name, combo in (
            ("gender", self.gender),
            ("delegation_id", self.delegation),
            ("organization_id", self.organization),
            ("category", self.category),
        ):
            combo.currentIndexChanged.connect(lambda _i, n=name: self._edited(n))
        self.latin_to_verify.toggled.connect(lambda _on: self._edited("latin_to_verify"))
        self.arrival.changed.connect(lambda: self._edited("arrival"))
        self.departure.changed.connect(lambda: self._edited("departure"))
        self.nationality.textChanged.connect(self._show_country)
        for source in (self.name_fa, self.name_native, self.given_name, self.family_name):
            source.textChanged.connect(self._update_suggestion_tips)
        self._update_suggestion_tips()
        # The passport's machine-readable zone, above the columns; a reader's lines are caught anywhere.
        self.mrz_field = MrzField(
            lambda: (self._choices.event_end, country_of_choice(self.db, self.delegation.currentData())), self
        )
        outer.insertWidget(1, self.mrz_field)
        self.mrz_field.verified.connect(self._passport_read)
        capture_reader(self, self.mrz_field)

    # --- the record -------------------------------------------------------------------------------
    def load(self, delegate_id: int) -> None:
        """Read the person as saved now (also after another desk's save)."""
        with self.db.sessions() as session:
            delegate = session.get(Delegate, delegate_id)
            if delegate is None:
                raise UserError(self.tr("This person no longer exists in the database."))
            data = snapshot(delegate)
            self._version = delegate.version
            self._status = DelegateStatus(delegate.status)
            name = delegate.latin_name or delegate.name_fa or delegate.name_native
        self.delegate_id = delegate_id
        self._original = data
        self._apply_values(data)
        self._touched.clear()
        self._save_tried = False
        self._hide_duplicates()
        self.message.setVisible(False)
        self.setWindowTitle(self.tr("Edit person — %1").replace("%1", name))
        self._revalidate()

    # --- live checks ------------------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        if name in ("document_no", "given_name", "family_name", "name_fa", "name_native", "delegation_id"):
            # The data the warning was about changed: warn again on the next Save.
            self._warned_duplicates = ()
            self._hide_duplicates()
        self._revalidate()

    def current_problems(self) -> list[FieldProblem]:
        data = self.values()
        try:
            cleaned = clean_fields({k: v for k, v in data.items()})
        except ValueError:
            cleaned = data
        problems = validate_delegate_fields(cleaned)
        return problems

    def _revalidate(self) -> None:
        """Show each field's problem under it; a missing required field only once it matters."""
        if not hasattr(self, "save_button"):
            return
        problems = self.current_problems()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            column = problem.column
            if (
                problem.missing
                and not self._save_tried
                and column not in self._touched
                and not (column == "given_name" and "family_name" in self._touched)
            ):
                continue
            by_field.setdefault(column, []).append(problem_text(problem))
        for name, label in self.problem_labels.items():
            texts = by_field.get(name, [])
            label.setText(" ".join(texts))
            label.setVisible(bool(texts))
        self._update_header()

    def _update_header(self) -> None:
        latin = " ".join(p for p in (self.given_name.text().strip(), self.family_name.text().strip()) if p)
        persian = self.name_fa.text().strip()
        shown = (persian or latin) if self._persian else (latin or persian)
        status = status_label(self._status) if self.delegate_id is not None else self.tr("New person")
        name = isolated(shown) if shown else self.tr("(no name yet)")
        self.header.setText(f"{name} — {status}")
        self.status_label.setText(status)
        cancelled = self._status == DelegateStatus.CANCELLED
        self.cancel_person_button.setEnabled(self.delegate_id is not None and not cancelled)
        self.cancel_person_button.setVisible(not cancelled)
        self.reinstate_button.setVisible(cancelled)

    # --- the passport's zone -------------------------------------------------------------------------
    def _passport_read(self, data: MrzData) -> None:
        """A new person's form is filled at once; for a person on record the differences are shown side
        by side first. The form is saved as ever with Save (the core then withdraws an approval if needed)."""
        values = delegate_fields(data)
        if self.delegate_id is None:
            self.fill_as_typed(values)
            return
        rows = differences(self.values(), data)
        if not rows:
            status = self.mrz_field.status
            status.setText(status.text() + " " + mrz_text("The record already matches."))
            return
        dialog = MrzDifferencesDialog(rows, self)
        self.child_dialog = dialog

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                self.fill_as_typed(dialog.accepted_values())

        dialog.finished.connect(finished)
        dialog.open()

    # --- saving -------------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _hide_duplicates(self) -> None:
        self.duplicate_banner.setVisible(False)
        self.save_button.setText(self.tr("Save"))

    def _show_duplicates(self, others: list[Delegate]) -> None:
        document = clean_fields({"document_no": self.document_no.text()})["document_no"]
        self.duplicate_banner.show_people(others, document)
        self.save_button.setText(self.tr("Save anyway"))

    def _open_other(self, delegate_id: int) -> None:
        self.open_other.emit(delegate_id)
        self.reject()

    def save(self) -> bool:
        """Check, warn about duplicates once, then create or update in one transaction."""
        self._save_tried = True
        self._show_message("")
        problems = self.current_problems()
        if problems:
            self._revalidate()
            self._show_message(self.tr("Nothing was saved: correct the fields marked in red."))
            return False
        data = self.values()
        try:
            with self.db.sessions() as session:
                others = find_possible_duplicates(session, data, exclude_id=self.delegate_id)
                ids = tuple(o.id for o in others)
                if others and ids != self._warned_duplicates:
                    self._warned_duplicates = ids
                    self._show_duplicates(others)
                    return False
        except Exception:  # a failed warning must not stop the desk from saving
            log.exception("duplicate check failed")
        operator = self._operator()
        if not operator:
            self._show_message(
                self.tr("Nothing was saved: the operator's name is needed to record the change.")
            )
            return False
        try:
            with self.db.transaction() as session:
                if self.delegate_id is None:
                    delegate = create_delegate(session, data, operator)
                    saved_id = delegate.id
                else:
                    update_delegate(session, self.delegate_id, data, operator, expected_version=self._version)
                    saved_id = self.delegate_id
        except StaleEdit:
            self._show_stale(data)
            return False
        except InvalidDelegate as exc:
            for problem in exc.problems:
                label = self.problem_labels.get(problem.column)
                if label is not None:
                    label.setText(problem_text(problem))
                    label.setVisible(True)
            self._show_message(self.tr("Nothing was saved: correct the fields marked in red."))
            return False
        except UserError as exc:
            self._show_message(self.tr("Nothing was saved: %1").replace("%1", core_sentence(exc.message)))
            return False
        except Exception:
            log.exception("saving a person failed")
            self._show_message(
                self.tr("Nothing was saved: an unexpected error occurred (details are in the log file).")
            )
            return False
        self.delegate_id = saved_id
        self.saved.emit(saved_id)
        self.accept()
        return True

    def _show_stale(self, mine: dict[str, Any]) -> None:
        assert self.delegate_id is not None
        with self.db.sessions() as session:
            delegate = session.get(Delegate, self.delegate_id)
            theirs = snapshot(delegate) if delegate is not None else {}
            names = self._value_names(session)
        mine_clean = clean_fields({k: v for k, v in mine.items() if k != "region_id"})
        rows = []
        for field in FORM_FIELDS:
            a, b = theirs.get(field), mine_clean.get(field)
            shown = display_value(a, field, names, self.language), display_value(b, field, names, self.language)
            if shown[0] != shown[1]:
                rows.append((field_label(field), *shown))
        if not rows:
            rows.append(
                (
                    field_label("status"),
                    status_label(theirs.get("status", self._status)),
                    status_label(self._status),
                )
            )
        dialog = StaleEditDialog(rows, self)
        self.child_dialog = dialog

        def finished(code: int) -> None:
            if code == StaleEditDialog.RELOAD and self.delegate_id is not None:
                self.load(self.delegate_id)
                self._show_message(self.tr("The saved version is shown; make your changes again and save."))
            else:
                self._show_message(
                    self.tr("Not saved: another desk changed this person. Reload to see their changes.")
                )

        dialog.finished.connect(finished)
        dialog.open()

    def _value_names(self, session: Any) -> dict[str, dict[Any, str]]:
        return value_names(session, self.language)

    # --- cancelling ---------------------------------------------------------------------------------
    def ask_cancel_person(self) -> None:
        if self.delegate_id is None:
            return
        name = (
            " ".join(p for p in (self.given_name.text(), self.family_name.text()) if p) or self.name_fa.text()
        )
        dialog = CancelPersonDialog(name, self)
        self.child_dialog = dialog

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                self.cancel_person(dialog.reason_text())

        dialog.finished.connect(finished)
        dialog.open()

    def cancel_person(self, reason: str) -> bool:
        if self.delegate_id is None:
            return False
        operator = self._operator()
        if not operator:
            self._show_message(self.tr("Not cancelled: the operator's name is needed to record the change."))
            return False
        try:
            with self.db.transaction() as session:
                cancel_delegate(session, self.delegate_id, operator, reason, expected_version=self._version)
        except StaleEdit:
            self._show_stale(self.values())
            return False
        except UserError as exc:
            self._show_message(self.tr("Not cancelled: %1").replace("%1", core_sentence(exc.message)))
            return False
        except Exception:
            log.exception("cancelling a person failed")
            self._show_message(
                self.tr("Not cancelled: an unexpected error occurred (details are in the log file).")
            )
            return False
        self.person_cancelled.emit(self.delegate_id)
        self.accept()
        return True

    def reinstate_person(self) -> bool:
        """A cancellation made by mistake is undone as a change of status, recorded like any other."""
        if self.delegate_id is None or self._status != DelegateStatus.CANCELLED:
            return False
        operator = self._operator()
        if not operator:
            self._show_message(self.tr("Not reinstated: the operator's name is needed to record the change."))
            return False
        try:
            with self.db.transaction() as session:
                update_delegate(
                    session,
                    self.delegate_id,
                    {"status": DelegateStatus.REGISTERED},
                    operator,
                    expected_version=self._version,
                    action="reinstate",
                )
        except StaleEdit:
            self._show_stale(self.values())
            return False
        except UserError as exc:
            self._show_message(self.tr("Not reinstated: %1").replace("%1", core_sentence(exc.message)))
            return False
        except Exception:
            log.exception("reinstating a person failed")
            self._show_message(
                self.tr("Not reinstated: an unexpected error occurred (details are in the log file).")
            )
            return False
        self.load(self.delegate_id)
        self._show_message("")
        self.saved.emit(self.delegate_id)
        return True
