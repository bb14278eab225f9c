"""A scanner's keys told from a person's typing, in every widget of one window.

A keyboard-wedge scanner "types" the badge payload fast and ends with Enter. While a window that takes
scans is shown (the check-in desk, the print queue at hand-over), :class:`ScanDetector` watches every
key press of the application that is bound for a widget of that window, whatever has focus: keys
arriving in a fast burst (each within ``max_gap_ms`` of the previous; twice that while the burst has
our payload's shape, digits on any layout) are held back; a burst of at least ``min_chars`` characters
ended by Enter is a scan, decoded by the core through any keyboard layout. Keys a person types
(slower) are given back to the focused widget after ``hold_ms``, so a name search on the same screen
keeps working.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from accreditation.badges.token import PAYLOAD_LENGTH
from accreditation.scanner_input import decode_scanned


class ScanDetector(QObject):
    """Tells a scanner's burst of keys from a person's typing, for every widget inside ``scope``.

    Installed on the application while ``scope`` is shown (:meth:`start` / :meth:`stop`). A scan is a
    burst of at least ``min_chars`` keys, each within ``max_gap_ms`` of the previous, ended by Enter.
    Held keys that turn out not to be a scan are delivered to the focused widget as they were typed.
    """

    scanned = Signal(str)

    def __init__(self, scope: QWidget, *, min_chars: int = 8, max_gap_ms: float = 30.0, hold_ms: int = 60) -> None:
        super().__init__(scope)
        self.scope = scope
        self.min_chars = min_chars
        self.max_gap_ms = max_gap_ms
        self._held: list[tuple[QWidget, int, Qt.KeyboardModifier, str]] = []
        self._last = 0.0
        self._replaying = False
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.release)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self.release()

    @staticmethod
    def looks_like_payload(text: str) -> bool:
        """The shape of our badges: the payload's length in digits once the layout is undone."""
        decoded = decode_scanned(text)
        return len(decoded) == PAYLOAD_LENGTH and decoded.isascii() and decoded.isdigit()

    def _gap_limit(self) -> float:
        """The longest pause still inside a scan. Our payloads are digits on every layout, so a burst
        with that shape so far may be a little slower (a scanner behind a USB hub or a remote desktop)
        without being mistaken for a person, who types digits far slower than that."""
        held = "".join(h[3] for h in self._held)
        decoded = decode_scanned(held)
        if decoded and decoded.isascii() and decoded.isdigit():
            return self.max_gap_ms * 2
        return self.max_gap_ms

    def _in_scope(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget):
            return False
        # Key events propagate from the focused widget to its parents; look at the first delivery only.
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False
        return watched is self.scope or watched.window() is self.scope

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self._in_scope(watched):
            return False
        now = time.monotonic() * 1000
        gap = now - self._last
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = "".join(h[3] for h in self._held)
            if self._held and gap <= self._gap_limit() and (
                len(text) >= self.min_chars or self.looks_like_payload(text)
            ):
                self._held.clear()
                self._timer.stop()
                self._last = 0.0
                self.scanned.emit(text)
                return True
            self.release()
            return False
        text = event.text()
        if modifiers or not text or not text.isprintable():
            self.release()
            return False
        if self._held and gap > self._gap_limit():
            self.release()  # a pause: what was held was typed by a person
        self._held.append((watched, key, event.modifiers(), text))  # type: ignore[arg-type]
        self._last = now
        self._timer.start()
        return True

    def release(self) -> None:
        """Give held keys to the widget they were meant for (a person typed them)."""
        self._timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for widget, key, modifiers, text in held:
                target = widget if widget is not None and isValid(widget) else QApplication.focusWidget()
                if target is None:
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
        finally:
            self._replaying = False

