"""A possible duplicate in the editor: a warning strip with a way to open the other record, never a refusal.

Its words are the editor's (the "DelegateEditor" translation context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from accreditation.store.models import Delegate, DelegateStatus

from ..labels import isolated, localized_number

_WARNING_STYLE = (
    "QFrame#duplicateBanner { background: #FFF8E1; border: 1px solid #F9A825; border-radius: 4px; }"
)


class DuplicateBanner(QFrame):
    """Who the person may already be, and why; a button per other record to open it instead."""

    #: The desk chose to open this other record.
    open_other = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self.setStyleSheet(_WARNING_STYLE)
        self.language = language
        banner = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("duplicateText")
        self.text.setWordWrap(True)
        banner.addWidget(self.text)
        self.buttons = QHBoxLayout()
        banner.addLayout(self.buttons)
        self.setVisible(False)

    def show_people(self, others: list[Delegate], document: str | None) -> None:
        """Show the first five of ``others``; ``document`` is the form's passport number, cleaned."""
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        lines = []
        for other in others[:5]:
            why = (
                QCoreApplication.translate("DelegateEditor", "the same passport number")
                if document and other.document_no == document
                else QCoreApplication.translate("DelegateEditor", "the same name in the same region")
            )
            name = other.latin_name or other.name_fa or other.name_native
            state = (
                " " + QCoreApplication.translate("DelegateEditor", "(cancelled)")
                if other.status == DelegateStatus.CANCELLED
                else ""
            )
            lines.append(
                QCoreApplication.translate("DelegateEditor", "#%1 %2%3: %4")
                .replace("%1", localized_number(other.id, self.language))
                .replace("%2", isolated(name))
                .replace("%3", state)
                .replace("%4", why)
            )
            button = QPushButton(
                QCoreApplication.translate("DelegateEditor", "Open #%1 instead").replace(
                    "%1", localized_number(other.id, self.language)
                )
            )
            button.setObjectName(f"openDuplicate{other.id}")
            button.clicked.connect(lambda _c=False, pid=other.id: self.open_other.emit(pid))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.text.setText(
            QCoreApplication.translate("DelegateEditor", "This may be someone already registered:")
            + "\n"
            + "\n".join(lines)
            + "\n"
            + QCoreApplication.translate(
                "DelegateEditor",
                "Open that record instead, or press «Save anyway» if this is a different person.",
            )
        )
        self.setVisible(True)
