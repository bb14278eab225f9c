"""The window of a desk on a server when the server goes (issue #16): the indicator, the verdict from the
replica, the catch-up when the server is back, the conflicts on the dashboard, a window started offline.

The server is the test PostgreSQL server behind the TCP proxy of ``tests/tcp_proxy.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from accreditation.offline.link import DeskLink, LinkState
from accreditation.store.database import open_database
from accreditation.store.models import Scan, Verdict
from tests.test_offline import AT, proxy, server, through  # noqa: F401 - fixtures

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("pg_databases")]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    from ui.operator import remember_operator

    store = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    remember_operator(store, "Maryam")
    return store


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ACCREDITATION_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _main_window(qtbot, url: str, settings: QSettings, language: str = "en"):
    from ui.app import open_for_window
    from ui.main_window import MainWindow

    link = DeskLink(url)
    db = open_for_window(url)
    link.attach(db)
    link.sync()
    window = MainWindow(db, settings, language, link=link)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, link


def test_the_desk_scans_on_through_a_server_loss_and_catches_up(qtbot, server, proxy, settings, tmp_path) -> None:
    from ui.checkin.window import CheckInWindow

    url, payloads = server
    window, link = _main_window(qtbot, through(url, proxy), settings)
    indicator = window.findChild(QLabel, "connectionIndicator")
    qtbot.waitUntil(lambda: "Online" in indicator.text())

    desk = CheckInWindow(window.db, settings, "en", operator="Maryam", now=AT, link=link)
    qtbot.addWidget(desk)
    desk.desk_edit.setText("Desk 1")
    desk.show()
    with qtbot.waitSignal(desk.verdict_shown, timeout=20_000) as shown:
        desk.handle_scan(payloads[0])
    assert shown.args[0].verdict is Verdict.ADMITTED and not shown.args[0].offline

    proxy.cut()
    with qtbot.waitSignal(desk.verdict_shown, timeout=20_000) as shown:
        desk.handle_scan(payloads[1])
    outcome = shown.args[0]
    assert outcome.verdict is Verdict.ADMITTED and outcome.offline
    assert "this desk's copy" in desk.verdict.message.text()
    window.link_watcher.tick()
    qtbot.waitUntil(lambda: "Offline since" in indicator.text() and "1 waiting" in indicator.text(), timeout=20_000)
    window.grab().save(str(shots(tmp_path) / "offline-main-window-en.png"))
    desk.grab().save(str(shots(tmp_path) / "offline-checkin-en.png"))

    proxy.restore()
    window.link_watcher.tick()
    qtbot.waitUntil(lambda: link.status().state is LinkState.ONLINE and link.status().waiting == 0, timeout=30_000)
    qtbot.waitUntil(lambda: indicator.text().endswith("Online"), timeout=20_000)
    db = open_database(url)
    with db.sessions() as session:
        assert [s.verdict for s in session.scalars(select(Scan).order_by(Scan.id))] == [Verdict.ADMITTED] * 2
    db.close()


def test_the_dashboard_lists_a_double_admission_until_it_is_resolved(qtbot, server, proxy, tmp_path) -> None:
    from ui.dashboard import DashboardWindow

    url, payloads = server
    desk_a = DeskLink(through(url, proxy), replica_file=tmp_path / "a.sqlite")
    desk_b = DeskLink(through(url, proxy), replica_file=tmp_path / "b.sqlite")
    desk_a.sync()
    desk_b.sync()
    proxy.cut()
    desk_a.scan(payloads[2], desk="Gate A", operator="a", now=AT)
    desk_b.scan(payloads[2], desk="Gate B", operator="b", now=AT.replace(minute=5))
    proxy.restore()
    desk_a.sync()
    desk_b.sync()
    desk_a.close()
    desk_b.close()

    db = open_database(url)
    board = DashboardWindow(db, "fa", now=AT.replace(hour=12))
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.conflicts.count() == 1, timeout=20_000)
    assert board.conflicts_title.isVisible()
    assert "Gate B" in board.conflicts.item(0).text()
    board.grab().save(str(shots(tmp_path) / "offline-dashboard-conflict-fa.png"))
    board.conflicts.setCurrentRow(0)
    board.resolve_selected(note="one person, two gates")
    qtbot.waitUntil(lambda: board.conflicts.count() == 0 and not board.conflicts_title.isVisible(), timeout=20_000)
    board.close()
    db.close()


def test_a_window_started_while_the_server_is_gone_opens_on_the_replica(qtbot, server, proxy, settings) -> None:
    from PySide6.QtWidgets import QApplication

    from accreditation.errors import UserError
    from ui.app import Application

    url, _payloads = server
    target = through(url, proxy)
    earlier = DeskLink(target)
    earlier.sync()  # the desk refreshed its copy while the server answered
    earlier.close()
    proxy.cut()
    controller = Application(QApplication.instance(), settings, "en")
    assert controller.show(target)
    window = controller.window
    qtbot.addWidget(window)
    assert window.db.refuse_writes
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 120, timeout=20_000)  # found from the copy
    edit = window.findChild(QAction, "actionEditPerson")
    assert edit is not None and not edit.isEnabled()
    assert window.findChild(QAction, "actionCheckinDesk").isEnabled()
    with pytest.raises(UserError, match="server does not answer"), window.db.transaction():
        pass
    controller.link.close()
