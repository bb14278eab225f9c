"""The protocol officer's search in the window: type anywhere, results follow, keyboard only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_db, tmp_path: Path):
    from ui.main_window import MainWindow

    win = MainWindow(demo_db, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.table.currentIndex().isValid(), timeout=10_000)
    return win


def type_text(widget, text: str) -> None:
    """Key events carrying the characters, as a Persian or Russian keyboard layout produces them.

    (QTest.keyClicks only knows ASCII keys.)"""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _results(window) -> list[str]:
    model = window.search.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_typing_in_the_table_searches_in_any_script(qtbot, window) -> None:
    window.table.setFocus()
    with qtbot.waitSignal(window.search.results_ready, timeout=10_000):
        type_text(window.table, "بابوشکین")
    assert window.search.box.text() == "بابوشکین"
    assert window.centre.currentWidget() is window.search
    assert "Igor Babushkin" in _results(window)[0]
    # Keyboard only: down into the list, Enter opens the card.
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.detail.heading.text() == "Igor Babushkin"
    assert window.detail.field_text("name_native") == "Игорь Бабушкин"
    assert window.detail.field_text("badge") == "Not issued yet"


def test_ctrl_f_focuses_the_box_and_escape_returns_to_the_table(qtbot, window) -> None:
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    with qtbot.waitSignal(window.search.results_ready, timeout=10_000):
        type_text(window.search.box, "Хагшенас")
    assert "Hadi Haghshenas" in _results(window)[0]
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # Enter on the box opens the best match
    assert window.detail.heading.text() == "Hadi Haghshenas"
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.search.box.text() == ""
    assert window.centre.currentWidget() is window.table


@pytest.mark.parametrize("query", ['"', "*", "(", "-", "OR", "NEAR", "a OR (b*", "%_\\'"])
def test_search_syntax_characters_are_plain_text(qtbot, window, query: str) -> None:
    with qtbot.waitSignal(window.search.results_ready, timeout=10_000):
        window.search.box.setText(query)
    text = window.search.summary.text()
    assert text == "Nobody found" or "found" in text


def test_region_filter_narrows_the_results(qtbot, window) -> None:
    with qtbot.waitSignal(window.search.results_ready, timeout=10_000):
        window.search.box.setText("a")
    combo = window.search.region
    with qtbot.waitSignal(window.search.results_ready, timeout=10_000):
        combo.setCurrentIndex(combo.findData("baku"))
    rows = [window.search.model.result(r).row for r in range(window.search.model.rowCount())]
    assert rows and all(row.region_code == "baku" for row in rows)
