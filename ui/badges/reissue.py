"""Reissuing a badge from the person's card: why it is replaced."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from accreditation.store.enums import REISSUE_REASONS

from ..labels import localized_digits


def reason_label(reason: str) -> str:
    return {
        "lost": QCoreApplication.translate("BadgeReason", "lost"),
        "damaged": QCoreApplication.translate("BadgeReason", "damaged"),
        "data-changed": QCoreApplication.translate("BadgeReason", "data changed"),
        "cancelled": QCoreApplication.translate("BadgeReason", "person cancelled"),
    }.get(reason, reason)


class ReissueDialog(QDialog):
    """Why the badge is replaced: lost, damaged, or the printed data changed."""

    def __init__(self, person: str, number: int, version: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reissueDialog")
        self.setWindowTitle(self.tr("Reissue badge"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            localized_digits(
                self.tr("Badge %1 of %2 (version %3) will be revoked at every door, and version %4 issued.")
                .replace("%1", f"{number:05d}")
                .replace("%2", person)
                .replace("%3", str(version))
                .replace("%4", str(version + 1)),
                language,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reasons = QButtonGroup(self)
        for reason in REISSUE_REASONS:
            radio = QRadioButton(reason_label(reason))
            radio.setObjectName(f"reason_{reason}")
            radio.setProperty("reason", reason)
            self.reasons.addButton(radio)
            layout.addWidget(radio)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Reissue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("reissueButton")
        self.ok_button.setEnabled(False)
        self.reasons.buttonToggled.connect(lambda *_: self.ok_button.setEnabled(self.reason() is not None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reason(self) -> str | None:
        checked = self.reasons.checkedButton()
        return str(checked.property("reason")) if checked is not None else None
