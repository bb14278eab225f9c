"""The desk's link to its server, watched: the status indicator everyone at the desk reads at a glance.

:class:`LinkWatcher` drives a :class:`~accreditation.offline.link.DeskLink` from the window: every few
seconds it asks the server whether it is there (on the thread pool: the window never waits on a server
that does not answer), pushes what waited and goes online when it answers, and refreshes the replica
every half minute while online. :class:`ConnectionIndicator` is the status bar's word for it:

    ● Online                          (green)
    ● Offline since 10:42 — 12 waiting (red)
    ↻ Syncing…                         (amber)

The rules (when to push, what to refresh) are the core's; this module only schedules them.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from accreditation.offline.link import DeskLink, LinkState, LinkStatus
from accreditation.store.database import ServerUnreachable

from ..background import run_in_background
from ..labels import localized_digits

log = logging.getLogger(__name__)

#: How often the watcher looks at the server while offline (ms), and refreshes the replica while online.
PROBE_MS = 3_000
REFRESH_MS = 30_000


class LinkWatcher(QObject):
    """Probes, pushes and refreshes in the background; ``changed`` carries each new status."""

    changed = Signal(object)

    def __init__(self, link: DeskLink, parent: QObject | None = None, *, probe_ms: int = PROBE_MS) -> None:
        super().__init__(parent)
        self.link = link
        self._busy = False
        self._since_refresh_ms = REFRESH_MS  # the first tick refreshes a replica that may be old
        self._probe_ms = probe_ms
        self.timer = QTimer(self)
        self.timer.setInterval(probe_ms)
        self.timer.timeout.connect(self.tick)
        self.status = link.status()

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.tick)

    def stop(self) -> None:
        self.timer.stop()

    def publish(self) -> None:
        """Say the link's state now (after a scan went offline, for instance)."""
        self.status = self.link.status()
        self.changed.emit(self.status)

    def tick(self) -> None:
        if self._busy:
            return
        self._since_refresh_ms += self._probe_ms
        link = self.link
        self._busy = True  # every tick asks the server (one "SELECT 1"), so a server gone while idle shows
        refresh = self._since_refresh_ms >= REFRESH_MS

        def work() -> LinkStatus:
            if not link.probe():
                return link.status()
            if not link.online or link.status().waiting:
                self.changed.emit(
                    LinkStatus(
                        LinkState.SYNCING,
                        link.offline_since,
                        link.status().waiting,
                        link.replica_file,
                        None,
                        link.server_display,
                    )
                )
                link.sync()
            elif refresh:
                link.refresh()
            return link.status()

        def done(status: LinkStatus) -> None:
            self._busy = False
            if refresh and status.state is LinkState.ONLINE:
                self._since_refresh_ms = 0
            self.status = status
            self.changed.emit(status)

        def failed(exc: Exception) -> None:
            self._busy = False
            if not isinstance(exc, ServerUnreachable):
                log.error("the desk's link could not catch up", exc_info=exc)
            self.publish()

        run_in_background(work, done, failed, owner=self)


def status_text(status: LinkStatus, language: str) -> tuple[str, str]:
    """The indicator's words and colour for ``status``."""

    if status.state is LinkState.SYNCING:
        text = QCoreApplication.translate("Connection", "↻ Syncing… %1 waiting").replace(
            "%1", str(status.waiting)
        )
        colour = "#9A6B00"
    elif status.state is LinkState.OFFLINE:
        since = status.offline_since.astimezone() if status.offline_since else datetime.now(UTC).astimezone()
        text = (
            QCoreApplication.translate("Connection", "● Offline since %1 · %2 waiting")
            .replace("%1", since.strftime("%H:%M"))
            .replace("%2", str(status.waiting))
        )
        colour = "#B00020"
    else:
        text = QCoreApplication.translate("Connection", "● Online")
        if status.waiting:
            text += " — " + QCoreApplication.translate("Connection", "%1 waiting").replace(
                "%1", str(status.waiting)
            )
        colour = "#1B7F3B"
    return localized_digits(text, language), colour


class ConnectionIndicator(QLabel):
    """The status bar's "Online / Offline since … / Syncing" for a desk on a server."""

    def __init__(self, watcher: LinkWatcher, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionIndicator")
        self.language = language
        watcher.changed.connect(self.show_status)
        self.show_status(watcher.status)

    def show_status(self, status: LinkStatus) -> None:
        text, colour = status_text(status, self.language)
        self.setText(text)
        self.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(text) + 24
        )  # never elided in the status bar
        self.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; padding: 0 8px; }}")
        self.setToolTip(
            QCoreApplication.translate(
                "Connection",
                "Server: %1\nThis desk's copy: %2\nOffline, check-in and printing badges already issued work from "
                "the copy; the rest waits for the server.",
            )
            .replace("%1", status.server)
            .replace("%2", str(status.replica))
        )


def install_connection_indicator(window: QMainWindow, link: DeskLink, language: str) -> LinkWatcher:
    """Put the indicator in ``window``'s status bar and start watching the link; the watcher."""
    watcher = LinkWatcher(link, window)
    window.statusBar().addPermanentWidget(ConnectionIndicator(watcher, language, window))
    watcher.start()
    return watcher
