"""The import's last step: what was written, and every row that was not. Its words are the wizard's (the
"ImportDialog" translation context)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from accreditation.intake import ColumnMapping, ImportPreview, ImportResult

from ..labels import core_sentence, isolated, localized_number


class DonePage(QWidget):
    """Step 4: what the import did."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("doneText")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        layout.addWidget(self.text)
        self.list = QListWidget()
        self.list.setObjectName("doneList")
        layout.addWidget(self.list, 1)

    def fill(
        self,
        result: ImportResult,
        skipped: set[int],
        mapping: ColumnMapping | None,
        preview: ImportPreview | None,
        language: str,
    ) -> None:
        """What was imported, in one transaction; then each row not imported and why, and the notes."""
        lines = [
            QCoreApplication.translate("ImportDialog", "Imported from %1 in one transaction:").replace(
                "%1", Path(result.source).name
            ),
            "• "
            + QCoreApplication.translate("ImportDialog", "%1 new people (accepted)").replace(
                "%1", localized_number(result.accepted, language)
            ),
            "• "
            + QCoreApplication.translate("ImportDialog", "%1 people already registered were updated").replace(
                "%1", localized_number(len(result.updated_ids), language)
            ),
            "• "
            + QCoreApplication.translate(
                "ImportDialog", "%1 people already registered were unchanged"
            ).replace("%1", localized_number(result.unchanged, language)),
            "• "
            + QCoreApplication.translate(
                "ImportDialog", "%1 rows rejected, %2 rows not ticked (not imported)"
            )
            .replace("%1", localized_number(result.rejected, language))
            .replace("%2", localized_number(result.skipped, language)),
        ]
        self.text.setText("\n".join(lines))
        self.list.clear()
        header_of = mapping.header_of if mapping is not None else (lambda f: f)
        for problem in result.problems:
            self.list.addItem(
                QCoreApplication.translate("ImportDialog", "Row %1, %2: %3")
                .replace("%1", localized_number(problem.row, language))
                .replace("%2", isolated(header_of(problem.column)))
                .replace("%3", core_sentence(problem.message))
            )
        if preview is not None:
            for row in preview.rows:
                if row.row in skipped:
                    reasons = core_sentence(
                        " ".join(p.message for p in row.problems)
                    ) or QCoreApplication.translate("ImportDialog", "unticked by the desk")
                    self.list.addItem(
                        QCoreApplication.translate("ImportDialog", "Row %1 not imported: %2")
                        .replace("%1", localized_number(row.row, language))
                        .replace("%2", reasons)
                    )
        for notice in result.notices:
            if notice.row not in skipped:
                self.list.addItem(
                    QCoreApplication.translate("ImportDialog", "Row %1, note: %2")
                    .replace("%1", localized_number(notice.row, language))
                    .replace("%2", core_sentence(notice.message))
                )
