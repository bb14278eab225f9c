"""Another desk saved the person first: both versions side by side, field by field."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..labels import isolated


class StaleEditDialog(QDialog):
    """Another desk saved this person first: their version and this form's, field by field."""

    RELOAD = 2

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleEditDialog")
        self.setWindowTitle(self.tr("Someone else saved this person"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Another desk saved this person while you were editing, so your changes were not saved. "
                "Compare the two versions, then reload the saved one and make your changes again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("staleTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved by the other desk"), self.tr("Your copy")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for r, (label, theirs, mine) in enumerate(rows):
            for c, text in enumerate((label, theirs, mine)):
                # Values keep their own direction ("+98 911 ..." stays in order in a Persian table).
                item = QTableWidgetItem(text if c == 0 else isolated(text))
                if c == 2:
                    item.setBackground(QColor("#FFF3E0"))
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(
            self.tr("Reload the saved version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.setObjectName("reloadButton")
        self.back_button = buttons.addButton(
            self.tr("Back to my copy"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reload_button.clicked.connect(lambda: self.done(self.RELOAD))
        self.back_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)
