"""The main window's Badges menu and the badge buttons under the person's card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QMessageBox, QPushButton, QWidget
from shiboken6 import isValid

from accreditation.errors import UserError
from accreditation.names.display import name_for_reader

from ..desk import Desk
from ..labels import localized_digits
from ..widgets.icons import SP, set_icon

if TYPE_CHECKING:  # the screens themselves load when first opened (start-up speed)
    from accreditation.store.models import Delegate

    from .print_dialog import PrintBadgesDialog
    from .reissue import ReissueDialog


class BadgeActions(QObject):
    """The Badges menu and the card's buttons; one per main window."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.desk = desk
        self.db = desk.db
        self.language = desk.language
        self.people = desk.people
        self.dialog: QDialog | None = None
        self.queue: QDialog | None = None
        self.message_box: QMessageBox | None = None
        menu = QMenu(self.tr("&Badges"), desk.window)
        menu.setObjectName("badgesMenu")
        self.action_print = QAction(self.tr("&Print badges…"), desk.window)
        self.action_print.setObjectName("actionPrintBadges")
        self.action_print.setShortcut(QKeySequence.StandardKey.Print)  # Ctrl+P
        set_icon(self.action_print, "document-print", SP.SP_FileIcon)
        self.action_print.triggered.connect(lambda: self.print_badges())
        self.action_queue = QAction(self.tr("Print &queue…"), desk.window)
        self.action_queue.setObjectName("actionPrintQueue")
        self.action_queue.setShortcut(QKeySequence("Ctrl+Shift+B"))
        set_icon(self.action_queue, "view-list-details", SP.SP_FileDialogListView)
        self.action_queue.triggered.connect(lambda: self.print_queue())
        self.action_reissue = QAction(self.tr("&Reissue badge…"), desk.window)
        self.action_reissue.setObjectName("actionReissueBadge")
        set_icon(self.action_reissue, "view-refresh", SP.SP_BrowserReload)
        self.action_reissue.triggered.connect(lambda: self.reissue_badge())
        for action in (self.action_print, self.action_queue, self.action_reissue):
            menu.addAction(action)
        self.menu = menu
        self._card_buttons()

    def _card_buttons(self) -> None:
        """Under the person's card: print this badge, reissue it (the main window puts the row there)."""
        row = QWidget()
        row.setObjectName("badgeCardButtons")
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.card_print = QPushButton(self.tr("Print badge…"))
        self.card_print.setObjectName("cardPrintBadge")
        self.card_print.clicked.connect(lambda: self.print_badges([p] if (p := self.current_person()) else None))
        self.card_reissue = QPushButton(self.tr("Reissue badge…"))
        self.card_reissue.setObjectName("cardReissueBadge")
        self.card_reissue.clicked.connect(lambda: self.reissue_badge())
        row_layout.addWidget(self.card_print)
        row_layout.addWidget(self.card_reissue)
        self.card_buttons = row

    def operator(self) -> str | None:
        return self.desk.operator()

    def current_person(self) -> int | None:
        return self.people.current_person()

    def selected_people(self) -> list[int]:
        return self.people.selected_people()

    def _message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.desk.window)
        box.setObjectName("badgeMessage")
        self.message_box = box
        box.open()

    def print_badges(self, ids: list[int] | None = None) -> PrintBadgesDialog:
        from .print_dialog import PrintBadgesDialog

        node, name = self.people.branch()
        selected = ids if ids is not None else self.selected_people()
        dialog = PrintBadgesDialog(
            self.db, self.operator, self.language, self.desk.window,
            selected_ids=selected, node=node, node_name=name,
        )
        if ids:
            dialog.selected_radio.setChecked(True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda _ids: self._after_change())
        self.dialog = dialog
        dialog.show()
        return dialog

    def print_queue(self) -> QDialog:
        from .queue import PrintQueueDialog

        if self.queue is not None and isValid(self.queue):
            self.queue.raise_()
            self.queue.activateWindow()
            return self.queue
        queue = PrintQueueDialog(self.db, self.operator, self.language, self.desk.window, link=self.desk.link)
        queue.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        queue.print_requested.connect(self._print_from_queue)
        queue.changed.connect(self._after_change)
        self.queue = queue
        queue.show()
        return queue

    def _print_from_queue(self, ids: list[int]) -> PrintBadgesDialog:
        """The queue's rows chosen, or else everyone in the tree's branch whose badge is not printed yet."""
        dialog = self.print_badges(ids or None)
        if not ids:
            dialog.node_radio.setChecked(True)
            dialog.not_printed_box.setChecked(True)
        return dialog

    def _after_change(self) -> None:
        self.people.after_change(self.current_person())
        if self.queue is not None and isValid(self.queue):
            self.queue.reload()

    def reissue_badge(self, delegate_id: int | None = None) -> ReissueDialog | None:
        from accreditation.badges.issuing import current_badge
        from accreditation.store.models import Delegate

        from .reissue import ReissueDialog

        person = delegate_id if delegate_id is not None else self.current_person()
        if person is None:
            self._message(self.tr("No person selected"), self.tr("Select a person in the table first."),
                          QMessageBox.Icon.Information)
            return None
        with self.db.sessions() as session:
            delegate = session.get(Delegate, person)
            badge = current_badge(session, delegate) if delegate is not None else None
            if delegate is None:
                return None
            name = _reader_name(delegate, self.language)
            if badge is None:
                self._message(
                    self.tr("No badge to reissue"),
                    self.tr("%1 has no badge yet: print one with Badges › Print badges…").replace("%1", name),
                    QMessageBox.Icon.Information,
                )
                return None
            number, version = badge.number, badge.version
        dialog = ReissueDialog(name, number, version, self.language, self.desk.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(code: int) -> None:
            reason = dialog.reason()
            if code == QDialog.DialogCode.Accepted and reason:
                self.reissue_now(person, reason)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def reissue_now(self, delegate_id: int, reason: str) -> tuple[int, int] | None:
        """Reissue through the core, then offer to print the new version at once; (number, version)."""
        from accreditation.badges.issuing import reissue

        from .reissue import reason_label

        operator = self.operator()
        if not operator:
            return None
        try:
            with self.db.transaction() as session:
                badge = reissue(session, delegate_id, reason, operator)
                number, version = badge.number, badge.version
                name = _reader_name(badge.delegate, self.language)
        except UserError as exc:
            self._message(self.tr("Not reissued"), exc.message)
            return None
        self._after_change()
        text = self.tr(
            "Badge %1 of %2 is now version %3; version %4 is revoked (%5) and refused at every door.\n\n"
            "Print the new badge now?"
        )
        text = (
            text.replace("%1", f"{number:05d}").replace("%2", name).replace("%3", str(version))
            .replace("%4", str(version - 1)).replace("%5", reason_label(reason))
        )
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Badge reissued"), localized_digits(text, self.language),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.desk.window,
        )
        box.setObjectName("reissuedMessage")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(_code: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                dialog = self.print_badges([delegate_id])
                dialog.start_preview()

        box.finished.connect(answered)
        self.message_box = box
        box.open()
        return number, version


def _reader_name(delegate: Delegate, language: str) -> str:
    return name_for_reader(
        language, latin=delegate.latin_name, name_fa=delegate.name_fa, name_native=delegate.name_native
    )


def install_badge_actions(desk: Desk) -> BadgeActions:
    """The Badges menu (print, queue, reissue) and the card's badge buttons, for the main window to put in place."""
    return BadgeActions(desk)
