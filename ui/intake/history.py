"""Under the person's card: who changed what and when, newest first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from accreditation.i18n.dates import format_datetime
from accreditation.i18n.languages import language as language_for
from accreditation.store.audit import history

from ..labels import display_value, field_label, isolated, localized_number, value_names


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("History", "created"),
        "edit": QCoreApplication.translate("History", "edited"),
        "cancel": QCoreApplication.translate("History", "cancelled"),
        "import": QCoreApplication.translate("History", "imported"),
        "photo": QCoreApplication.translate("History", "photo changed"),
        "reinstate": QCoreApplication.translate("History", "reinstated"),
        "approve": QCoreApplication.translate("History", "approved"),
        "reject": QCoreApplication.translate("History", "rejected"),
        "send-back": QCoreApplication.translate("History", "sent back for correction"),
        "unapprove": QCoreApplication.translate("History", "back to pending approval"),
        "print-override": QCoreApplication.translate("History", "badge printed without approval"),
        "persian-name-reviewed": QCoreApplication.translate("History", "Persian name reviewed"),
    }.get(action, action)


def _local(moment: datetime) -> datetime:
    """Audit times are stored in UTC; the desk reads its own clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


class HistoryPanel(QGroupBox):
    """Under the person's card: who changed what and when, newest first."""

    MAX_ENTRIES = 50

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setTitle(self.tr("History"))
        self.language = language
        self._rtl = language_for(language).right_to_left
        layout = QVBoxLayout(self)
        self.body = QLabel()
        self.body.setObjectName("historyText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.body)
        self._entries: list[str] = []

    def entries(self) -> list[str]:
        return list(self._entries)

    def show_history(self, session: Any, delegate_id: int | None) -> None:
        if delegate_id is None:
            self._entries = []
            self.body.setText(self.tr("No person selected."))
            return
        entries = list(reversed(history(session, "delegate", delegate_id)))
        names = value_names(session, self.language)
        # "before → after" in reading order: in a right-to-left history the arrow points left.
        arrow = "←" if self._rtl else "→"
        texts: list[str] = []
        for entry in entries[: self.MAX_ENTRIES]:
            when = format_datetime(_local(entry.at), self.language) if entry.at else ""
            who = isolated(entry.operator) if entry.operator else self.tr("(unknown operator)")
            head = f"{when} · {who} · {action_label(entry.action)}"
            if entry.detail:
                head += f" ({isolated(entry.detail)})"
            lines = [head]
            for field, pair in (entry.changes or {}).items():
                before, after = (list(pair) + [None, None])[:2] if isinstance(pair, list) else (None, pair)
                old = isolated(display_value(before, field, names, self.language)) or "∅"
                new = isolated(display_value(after, field, names, self.language)) or "∅"
                if entry.action in ("create", "import") and before is None:
                    lines.append(f"  {field_label(field)}: {new}")
                else:
                    lines.append(f"  {field_label(field)}: {old} {arrow} {new}")
            texts.append("\n".join(lines))
        if len(entries) > self.MAX_ENTRIES:
            texts.append(
                self.tr("… and %1 older entries (File › Export audit trail).").replace(
                    "%1", localized_number(len(entries) - self.MAX_ENTRIES, self.language)
                )
            )
        self._entries = texts
        text = "\n\n".join(texts) if texts else self.tr("No changes recorded.")
        if self._rtl:
            # A Persian history reads right to left whatever script a line's first word is in (each line
            # of a label is a paragraph of its own, with its own direction).
            text = "\n".join("\u200f" + line for line in text.split("\n"))
        self.body.setText(text)
