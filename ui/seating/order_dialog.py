"""The order of precedence set by hand: the delegations in a list the officer drags into order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class OrderDialog(QDialog):
    """The delegations in a list the officer drags into the order of precedence (the host stays first)."""

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order of precedence"))
        self.list = QListWidget()
        self.list.setObjectName("orderList")
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        for code, name in regions:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Drag the delegations into order; the host stays at the centre.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(380, 480)

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
