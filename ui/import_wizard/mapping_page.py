"""The import's second step: which field each column of the file holds, recognised by the core or chosen by
the desk. Its words are the wizard's (the "ImportDialog" translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accreditation.intake import ColumnMapping
from accreditation.intake.headers import ALL_FIELDS
from accreditation.intake.reading import Table

from ..labels import isolated
from .preview_model import NOTICE_CELL, cell_text


def import_field_label(field: str) -> str:
    return {
        "given_name": QCoreApplication.translate("ImportFields", "Given name (Latin)"),
        "family_name": QCoreApplication.translate("ImportFields", "Family name (Latin)"),
        "name_fa": QCoreApplication.translate("ImportFields", "Full name in Persian"),
        "name_native": QCoreApplication.translate("ImportFields", "Full native name"),
        "region": QCoreApplication.translate("ImportFields", "Region"),
        "organization": QCoreApplication.translate("ImportFields", "Organization"),
        "category": QCoreApplication.translate("ImportFields", "Category"),
        "title": QCoreApplication.translate("ImportFields", "Title (English)"),
        "title_fa": QCoreApplication.translate("ImportFields", "Title (Persian)"),
        "title_ru": QCoreApplication.translate("ImportFields", "Title (Russian)"),
        "gender": QCoreApplication.translate("ImportFields", "Gender"),
        "nationality": QCoreApplication.translate("ImportFields", "Nationality"),
        "passport_no": QCoreApplication.translate("ImportFields", "Passport number"),
        "email": QCoreApplication.translate("ImportFields", "Email"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "arrival": QCoreApplication.translate("ImportFields", "Arrival"),
        "departure": QCoreApplication.translate("ImportFields", "Departure"),
        "dietary": QCoreApplication.translate("ImportFields", "Dietary needs"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
        "photo": QCoreApplication.translate("ImportFields", "Photo file"),
        "given_name_fa": QCoreApplication.translate("ImportFields", "Given name in Persian"),
        "family_name_fa": QCoreApplication.translate("ImportFields", "Family name in Persian"),
        "given_name_native": QCoreApplication.translate("ImportFields", "Given name, native script"),
        "family_name_native": QCoreApplication.translate("ImportFields", "Family name, native script"),
        "patronymic": QCoreApplication.translate("ImportFields", "Patronymic"),
        "birth_date": QCoreApplication.translate("ImportFields", "Birth date (checked, not stored)"),
        "national_id": QCoreApplication.translate("ImportFields", "National ID (not stored)"),
        "row_number": QCoreApplication.translate("ImportFields", "Row number (not stored)"),
    }.get(field, field)


class MappingPage(QWidget):
    """Step 2: each column of the file with its first values and a choice of what it holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Column in the file"),
                QCoreApplication.translate("ImportDialog", "First values"),
                QCoreApplication.translate("ImportDialog", "Holds"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.remember = QCheckBox(
            QCoreApplication.translate(
                "ImportDialog", "Remember these columns for the next file with the same headers"
            )
        )
        self.remember.setObjectName("rememberMapping")
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        #: One choice per column of the file (the same list object for the dialog's whole life).
        self.combos: list[QComboBox] = []

    def fill(self, table: Table, mapping: ColumnMapping, needs_desk: bool) -> None:
        """The file's columns, their first values and what each holds (``needs_desk``: some unrecognised)."""
        if mapping.remembered:
            intro = QCoreApplication.translate(
                "ImportDialog",
                "These columns were set by the desk for an earlier file with the same headers. "
                "Check them and press Next.",
            )
        elif needs_desk:
            intro = QCoreApplication.translate(
                "ImportDialog",
                "Some columns of this file were not recognised. For each column, choose what it holds "
                "(or leave it «not imported»), then press Next.",
            )
        else:
            intro = QCoreApplication.translate(
                "ImportDialog", "All columns were recognised. Change any that are wrong, then press Next."
            )
        self.intro.setText(intro)
        self.table.setRowCount(len(mapping.headers))
        self.combos.clear()
        for i, header in enumerate(mapping.headers):
            self.table.setItem(i, 0, QTableWidgetItem(header))
            values = [cell_text(r[i]) for r in table.rows[:50] if i < len(r) and r[i] not in (None, "")][:3]
            self.table.setItem(i, 1, QTableWidgetItem(" · ".join(isolated(v) for v in values)))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{i}")
            combo.addItem(QCoreApplication.translate("ImportDialog", "— not imported —"), None)
            for field in ALL_FIELDS:
                combo.addItem(import_field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(mapping.fields[i]), 0))
            if mapping.fields[i] is None and header.strip():
                self.table.item(i, 0).setBackground(QBrush(NOTICE_CELL))
            combo.currentIndexChanged.connect(lambda _x, column=i: self._changed(column))
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(2)

    def _changed(self, column: int) -> None:
        """A field is filled by one column only: choosing it here clears it elsewhere."""
        field = self.combos[column].currentData()
        if field is None:
            return
        for other, combo in enumerate(self.combos):
            if other != column and combo.currentData() == field:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)

    def set_column(self, column: int, field: str | None) -> None:
        """Choose a column's field as the desk would in its combo."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def fields(self) -> list[str | None]:
        """What each column holds, as chosen."""
        return [combo.currentData() for combo in self.combos]
