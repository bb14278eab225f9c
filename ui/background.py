"""The one way slow work leaves the UI thread: a function on the thread pool, callbacks on the UI thread.

The worker never touches widgets; it returns a value (or raises), and the callbacks run back on the
thread that asked, through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.work = work
        self.bridge = bridge

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the UI thread, which decides what the person sees
            log.exception("background task failed")
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


_alive: set[_Bridge] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``work`` on the pool; ``on_done``/``on_error`` run on this thread, unless ``owner`` (the widget
    that asked) was deleted meanwhile — a closed window does not receive its late answers."""
    bridge = _Bridge()
    _alive.add(bridge)

    def owner_gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def finished(result: Any) -> None:
        _alive.discard(bridge)
        if owner_gone():
            return
        on_done(result)

    def failed(exc: Exception) -> None:
        _alive.discard(bridge)
        if owner_gone():
            return
        if on_error is not None:
            on_error(exc)
        else:
            raise exc

    bridge.done.connect(finished)
    bridge.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(work, bridge))
