"""Cancelling a person: the record is kept, a reason is required."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class CancelPersonDialog(QDialog):
    """Cancelling keeps the record (badges, check-ins and the trail still point at it); a reason is required."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelPersonDialog")
        self.setWindowTitle(self.tr("Cancel this person"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "%1 will be marked as cancelled; the record and its history are kept and their badge stops working."
            ).replace("%1", name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(self.tr("Reason (for example: the region withdrew this person)"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Cancel this person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("confirmCancelButton")
        self.buttons.addButton(self.tr("Keep"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(False)
        self.resize(460, self.sizeHint().height())

    def reason_text(self) -> str:
        return self.reason.text().strip()
