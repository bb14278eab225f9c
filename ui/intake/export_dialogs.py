"""Exporting people (a spreadsheet) and the audit trail (CSV): what, and where to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..labels import localized_number


class ExportDialog(QDialog):
    """What to export (the selected rows or the whole tree selection), where, and whether with passports."""

    def __init__(
        self,
        selected: int,
        listed: int,
        listed_name: str,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export people"))
        layout = QVBoxLayout(self)
        self.selected_radio = QRadioButton(
            self.tr("Only the selected rows (%1)").replace("%1", localized_number(selected, language))
        )
        self.selected_radio.setObjectName("exportSelected")
        self.listed_radio = QRadioButton(
            self.tr("Everyone listed for «%1» (%2 people)")
            .replace("%1", listed_name)
            .replace("%2", localized_number(listed, language))
        )
        self.listed_radio.setObjectName("exportListed")
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.listed_radio)
        (self.selected_radio if selected > 1 else self.listed_radio).setChecked(True)
        self.selected_radio.setEnabled(selected > 0)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.listed_radio)
        self.passports = QCheckBox(self.tr("Include passport numbers (only for those who need them)"))
        self.passports.setObjectName("exportPassports")
        layout.addWidget(self.passports)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(Path.home() / "people.xlsx"))
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.path_edit.setText(path)


class AuditExportDialog(QDialog):
    def __init__(self, person: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditExportDialog")
        self.setWindowTitle(self.tr("Export audit trail"))
        layout = QVBoxLayout(self)
        self.all_radio = QRadioButton(self.tr("Every change to every record"))
        self.person_radio = QRadioButton(self.tr("Only %1's changes").replace("%1", person or ""))
        self.person_radio.setObjectName("auditPerson")
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.person_radio)
        self.all_radio.setChecked(True)
        self.person_radio.setEnabled(person is not None)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.person_radio)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(Path.home() / "audit-trail.csv"))
        self.path_edit.setObjectName("auditPath")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), self.tr("CSV (*.csv)")
        )
        if path:
            self.path_edit.setText(path)
