"""Who is at the desk: asked once per shift, before the first change, and written into every audit entry.

The name lives in the window's settings (so it survives a restart of the program during the shift) until
someone picks "Change operator…". The core never guesses it: every call that changes data gets it here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

SETTINGS_KEY = "operator/name"
#: The audit trail keeps at most this many characters of the name.
MAX_LENGTH = 100


def saved_operator(settings: QSettings) -> str:
    """The operator remembered in ``settings``, or "" when nobody has signed in yet."""
    value = settings.value(SETTINGS_KEY, "")
    return str(value or "").strip()


def remember_operator(settings: QSettings, name: str) -> None:
    settings.setValue(SETTINGS_KEY, name.strip()[:MAX_LENGTH])
    settings.sync()


class OperatorDialog(QDialog):
    """A one-field dialog: the name of the person working at this desk."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorDialog")
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(420, self.sizeHint().height())

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name().strip()))

    def name(self) -> str:
        return self.name_edit.text().strip()


def ask_operator(parent: QWidget | None, settings: QSettings, *, force: bool = False) -> str | None:
    """The operator's name, asking for it if nobody is remembered (or always, with ``force``).

    Returns None when the person closed the dialog: the caller then changes nothing.
    """
    current = saved_operator(settings)
    if current and not force:
        return current
    dialog = OperatorDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
        return None
    remember_operator(settings, dialog.name())
    return saved_operator(settings)
