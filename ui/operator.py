"""Who is at the desk: asked once per shift, before the first change, and written into every audit entry.

The name lives in the window's settings (so it survives a restart of the program during the shift) until
someone picks "Change operator…". Once an admin has set PINs (see ``accreditation.access.policy``), the dialog
also asks for the role and its PIN and signs in through the core, which is where the rules are enforced;
the PIN is never remembered. The core never guesses the name: every call that changes data gets it here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accreditation.access import policy as access
from accreditation.errors import UserError
from accreditation.store.database import Database
from accreditation.store.models import Role

SETTINGS_KEY = "operator/name"
ROLE_KEY = "operator/role"
#: The audit trail keeps at most this many characters of the name.
MAX_LENGTH = 100


def saved_operator(settings: QSettings) -> str:
    """The operator remembered in ``settings``, or "" when nobody has signed in yet."""
    value = settings.value(SETTINGS_KEY, "")
    return str(value or "").strip()


def remember_operator(settings: QSettings, name: str) -> None:
    settings.setValue(SETTINGS_KEY, name.strip()[:MAX_LENGTH])
    settings.sync()


def role_label(role: Role) -> str:
    """A role as the menus and dialogs name it, with what it may do."""
    labels = {
        Role.DESK: QApplication.translate("Operator", "Desk: check-in and badges"),
        Role.PROTOCOL: QApplication.translate("Operator", "Protocol: seating and name cards"),
        Role.ADMIN: QApplication.translate("Operator", "Admin: everything"),
    }
    return labels[role]


def pins_on(db: Database | None) -> bool:
    if db is None:
        return False
    with db.sessions() as session:
        return access.enforced(session)


class OperatorDialog(QDialog):
    """The shift's sign-in: the name, and the role with its PIN once PINs are on."""

    def __init__(
        self,
        current: str = "",
        parent: QWidget | None = None,
        *,
        db: Database | None = None,
        with_pin: bool = False,
        role: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("operatorDialog")
        self.db = db
        self.with_pin = with_pin
        self.setWindowTitle(self.tr("Who is at the desk?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type your name. It is written next to every change you make during this shift, "
                "so colleagues know whom to ask."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name_edit = QLineEdit(current)
        self.name_edit.setObjectName("operatorName")
        self.name_edit.setMaxLength(MAX_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        layout.addWidget(self.name_edit)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("operatorRole")
        for each in Role:
            self.role_combo.addItem(role_label(each), each.value)
        if role:
            self.role_combo.setCurrentIndex(max(self.role_combo.findData(role), 0))
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("operatorPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(access.MAX_PIN_LENGTH)
        form = QFormLayout()
        form.addRow(self.tr("Role:"), self.role_combo)
        form.addRow(self.tr("PIN:"), self.pin_edit)
        self.pin_box = QWidget()
        self.pin_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.pin_box.setVisible(with_pin)
        layout.addWidget(self.pin_box)
        self.error_label = QLabel()
        self.error_label.setObjectName("operatorError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self.pin_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.pin_edit if with_pin and current else self.name_edit).setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(440, self.sizeHint().height())

    def _update_ok(self) -> None:
        ready = bool(self.name().strip()) and (not self.with_pin or bool(self.pin_edit.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def role(self) -> str:
        return str(self.role_combo.currentData() or "")

    def accept(self) -> None:
        """Sign in through the core; a refusal (wrong PIN, locked role) stays in the dialog as one line."""
        if not self.name():
            return
        try:
            if self.db is None:
                access.identify(self.name())
            else:
                access.sign_in(
                    self.db, self.name(), self.role() if self.with_pin else None, self.pin_edit.text()
                )
        except UserError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            self.pin_edit.clear()
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def ask_operator(parent: QWidget | None, settings: QSettings, *, force: bool = False) -> str | None:
    """The operator's name, asking for it if nobody is signed in (or always, with ``force``).

    The database is the one of ``parent`` (the main or check-in window). Returns None when the person
    closed the dialog: the caller then changes nothing.
    """
    db: Database | None = getattr(parent, "db", None)
    with_pin = pins_on(db)
    signed = access.current()
    current = saved_operator(settings)
    if not force:
        if signed is not None and (signed.role is not None or not with_pin):
            return signed.name
        if current and not with_pin:
            access.identify(current)
            return current
    dialog = OperatorDialog(
        current, parent, db=db, with_pin=with_pin, role=str(settings.value(ROLE_KEY, "") or "")
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
        return None
    remember_operator(settings, dialog.name())
    if with_pin:
        settings.setValue(ROLE_KEY, dialog.role())
    refresh_access()
    return saved_operator(settings)


def refresh_access() -> None:
    """Let every open window grey out what the signed-in role may not do."""
    for widget in QApplication.topLevelWidgets():
        apply = getattr(widget, "apply_access", None)
        if callable(apply):
            apply()
