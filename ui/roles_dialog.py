"""Roles and PINs: the admin sets, changes and clears the PINs every desk on this database signs in with.

The rules (the admin PIN first, only an admin changes PINs afterwards) are the core's
(``accreditation.access.policy``); this dialog shows the state and passes what is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accreditation.access import policy as access
from accreditation.errors import UserError
from accreditation.store.database import Database
from accreditation.store.models import Role

from .operator import refresh_access, role_label


class RolesDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolesDialog")
        self.db = db
        self.setWindowTitle(self.tr("Roles and PINs"))
        layout = QVBoxLayout(self)
        self.state_label = QLabel()
        self.state_label.setObjectName("rolesState")
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("rolesRole")
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.ADMIN.value))
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("rolesPin")
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("rolesPinAgain")
        for edit in (self.pin_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(access.MAX_PIN_LENGTH)
        form = QFormLayout()
        form.addRow(self.tr("Role:"), self.role_combo)
        form.addRow(self.tr("New PIN:"), self.pin_edit)
        form.addRow(self.tr("New PIN again:"), self.again_edit)
        layout.addLayout(form)
        self.message_label = QLabel()
        self.message_label.setObjectName("rolesMessage")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.set_button = QPushButton(self.tr("&Set PIN"))
        self.set_button.setObjectName("rolesSet")
        self.set_button.clicked.connect(self.set_pin)
        self.clear_button = QPushButton(self.tr("&Clear all PINs…"))
        self.clear_button.setObjectName("rolesClear")
        self.clear_button.clicked.connect(self.clear_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_state()
        self.resize(480, self.sizeHint().height())

    def show_state(self) -> None:
        with self.db.sessions() as session:
            state = access.status(session)
        if state.enforced:
            head = self.tr("PINs are on: every change needs a role signed in with its PIN.")
        else:
            head = self.tr(
                "Open mode: no admin PIN is set, so every action is allowed. Set the admin PIN first."
            )
        with_pin = [role_label(r) for r in Role if r in state.roles_with_pin]
        without = [role_label(r) for r in Role if r not in state.roles_with_pin]
        lines = [head]
        if with_pin:
            lines.append(self.tr("With a PIN: %1").replace("%1", "; ".join(with_pin)))
        if without:
            lines.append(self.tr("Without a PIN (cannot sign in): %1").replace("%1", "; ".join(without)))
        self.state_label.setText("\n".join(lines))
        self.clear_button.setEnabled(bool(state.roles_with_pin))

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b00020;" if error else "")
        self.message_label.setText(text)

    def set_pin(self) -> None:
        pin, again = self.pin_edit.text(), self.again_edit.text()
        self.pin_edit.clear()  # typed again after a refusal; never left on screen after a change
        self.again_edit.clear()
        if pin != again:
            self._say(self.tr("The two PINs differ; nothing was changed."), error=True)
            return
        role = str(self.role_combo.currentData())
        try:
            access.set_pin(self.db, role, pin)
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        self._say(self.tr("PIN set for %1.").replace("%1", role_label(Role(role))))
        self.show_state()
        refresh_access()

    def clear_all(self) -> None:
        sure = QMessageBox.question(
            self,
            self.tr("Clear all PINs"),
            self.tr("Remove every PIN? Every desk goes back to open mode, where anyone may do anything."),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return
        try:
            access.clear_pins(self.db)
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        self._say(self.tr("All PINs removed: open mode."))
        self.show_state()
        refresh_access()
