"""The background helper: answers come back on the UI thread, never to a widget that is gone."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from ui.background import run_in_background

pytestmark = pytest.mark.gui


def test_result_arrives_on_the_ui_thread(qtbot) -> None:
    seen: list[tuple[int, bool]] = []
    ui_thread = threading.get_ident()
    done = threading.Event()

    def work() -> int:
        assert threading.get_ident() != ui_thread
        return 42

    run_in_background(work, lambda value: (seen.append((value, threading.get_ident() == ui_thread)), done.set()))
    qtbot.waitUntil(done.is_set, timeout=5_000)
    assert seen == [(42, True)]


def test_failure_goes_to_the_error_callback(qtbot) -> None:
    errors: list[str] = []

    def work() -> None:
        raise ValueError("bad file")

    run_in_background(work, lambda _v: None, lambda exc: errors.append(str(exc)))
    qtbot.waitUntil(lambda: errors == ["bad file"], timeout=5_000)


def test_a_deleted_owner_gets_no_answer(qtbot) -> None:
    owner = QWidget()
    release = threading.Event()
    answered: list[object] = []
    finished = threading.Event()

    def work() -> str:
        release.wait(5)
        finished.set()
        return "late"

    run_in_background(work, answered.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5_000)
    release.set()
    qtbot.waitUntil(finished.is_set, timeout=5_000)
    qtbot.wait(100)
    assert answered == []
