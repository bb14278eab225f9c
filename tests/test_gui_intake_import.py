"""The import wizard on the regions' real lists: problems at the right rows, valid rows imported once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

pytestmark = pytest.mark.gui

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
OPERATOR = "Import desk"

#: file -> (rows with problems, rows imported): what the samples' README promises.
EXPECTED = {
    "astrakhan.csv": ({7: "family_name", 8: "passport_no", 9: "arrival"}, 6),
    "mazandaran.csv": ({5: "family_name", 6: "arrival"}, 4),
    "baku.xlsx": ({}, 5),
    "guests.csv": ({}, 9),
}


def _sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"the shared sample {path} is not there")
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    store.setValue("operator/name", OPERATOR)
    return store


@pytest.fixture
def window(qtbot, event_db, settings):
    from ui.main_window import MainWindow

    win = MainWindow(event_db, settings, "en")
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.count_label.text() == "0 people", timeout=10_000)
    return win


def _count(db) -> int:
    from accreditation.store.models import Delegate

    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(Delegate))


def _open_wizard(qtbot, window, path: Path):
    from ui.import_wizard.dialog import ImportDialog

    dialog = window.intake.import_list()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.page() != dialog.PAGE_FILE, timeout=20_000)
    return dialog


def _wait_checked(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.preview is not None, timeout=20_000)


def _import(qtbot, dialog):
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.page() == dialog.PAGE_DONE
    return blocker.args[0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_shows_its_problems_then_imports_its_valid_rows_once(
    qtbot, window, event_db, name
) -> None:
    from ui.import_wizard.preview_model import PreviewModel

    problems, valid = EXPECTED[name]
    dialog = _open_wizard(qtbot, window, _sample(name))
    assert dialog.page() == dialog.PAGE_PREVIEW  # every header of the samples is recognised
    _wait_checked(qtbot, dialog)
    shown = {(row, column) for row, column, _message in dialog.problems()}
    assert shown == set(problems.items())
    model = dialog.preview_model
    for i in range(model.rowCount()):
        file_row = model.index(i, 1).data(Qt.ItemDataRole.EditRole)
        has_problem = file_row in problems
        assert (
            model.index(i, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        ) != has_problem
        assert (model.index(i, 2).data() == "Has problems") == has_problem
        assert (model.index(i, 4).data(Qt.ItemDataRole.BackgroundRole) is not None) == has_problem
    # The problems list names the row, the file's own column header and the reason.
    listed = {
        int(dialog.problems_table.item(r, 0).text())
        for r in range(dialog.problems_table.rowCount())
        if dialog.problems_table.item(r, 2).text() == "Problem"
    }
    assert listed == set(problems)
    assert dialog.import_button.text() == f"Import the ticked rows ({valid})"
    assert model.columnCount() == PreviewModel.FIXED + len(dialog.table.headers) + 1

    result = _import(qtbot, dialog)
    assert (result.accepted, result.rejected, result.skipped) == (valid, 0, len(problems))
    assert _count(event_db) == valid
    assert f"{valid} new people" in dialog.done_text.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.count_label.text() == f"{valid} people", timeout=10_000)

    # The same file again: everyone is recognised, nobody is added.
    again = _open_wizard(qtbot, window, _sample(name))
    _wait_checked(qtbot, again)
    verdicts = {again.preview_model.index(i, 2).data() for i in range(again.preview_model.rowCount())}
    assert "New person" not in verdicts
    second = _import(qtbot, again)
    assert second.accepted == 0 and second.updated == valid
    assert _count(event_db) == valid


def test_the_samples_land_as_the_readme_says(qtbot, window, event_db) -> None:
    from accreditation.store.models import Delegate

    for name in ("astrakhan.csv", "mazandaran.csv", "baku.xlsx"):
        dialog = _open_wizard(qtbot, window, _sample(name))
        _wait_checked(qtbot, dialog)
        _import(qtbot, dialog)
        dialog.accept()
    with event_db.sessions() as session:
        people = {(d.family_name, d.given_name): d for d in session.scalars(select(Delegate))}
    pavel = people[("VORONTSOV", "PAVEL")]
    assert (
        pavel.latin_to_verify and pavel.name_native.startswith("Павел") and "Андреевич" in pavel.name_native
    )
    shirazi = next(d for d in people.values() if d.family_name == "Shirazi")
    assert "شیرازی" in shirazi.name_fa and "ي" not in shirazi.name_fa
    assert any(d.arrival == datetime(2025, 11, 17) for d in people.values() if d.name_fa)
    assert ("Həsənov", "Elşən") in people and "oğlu" in people[("Həsənov", "Elşən")].name_native


def test_a_cell_fixed_in_place_is_checked_again_and_imported(qtbot, window, event_db) -> None:
    dialog = _open_wizard(qtbot, window, _sample("astrakhan.csv"))
    _wait_checked(qtbot, dialog)
    model, view = dialog.preview_model, dialog.preview_view
    row = model.row_of_file_row(9)
    column = dialog.preview_model.FIXED + dialog.table.headers.index("Прибытие")
    index = model.index(row, column)
    assert index.data() == "\u206832.11.2025\u2069"
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "30.11.2025")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not dialog.is_busy() and 9 not in {r for r, _c, _m in dialog.problems()}, timeout=20_000
    )
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert {r for r, _c, _m in dialog.problems()} == {7, 8}
    result = _import(qtbot, dialog)
    assert result.accepted == 7
    from accreditation.store.models import Delegate

    with event_db.sessions() as session:
        guzel = session.scalars(select(Delegate).where(Delegate.family_name == "SHAMSUTDINOVA")).one()
    assert guzel.arrival == datetime(2025, 11, 30)


def test_unticked_rows_are_skipped(qtbot, window, event_db) -> None:
    dialog = _open_wizard(qtbot, window, _sample("guests.csv"))
    _wait_checked(qtbot, dialog)
    model = dialog.preview_model
    rect = dialog.preview_view.visualRect(model.index(0, 0))
    # Click the row's tick box (at the left of its cell) to untick it.
    from PySide6.QtCore import QPoint

    pos = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(dialog.preview_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.import_button.text() == "Import the ticked rows (8)"
    result = _import(qtbot, dialog)
    assert (result.accepted, result.skipped) == (8, 1)
    assert _count(event_db) == 8


def test_ticking_a_row_with_problems_rejects_the_import_and_writes_nothing(qtbot, window, event_db) -> None:
    dialog = _open_wizard(qtbot, window, _sample("mazandaran.csv"))
    _wait_checked(qtbot, dialog)
    model = dialog.preview_model
    model.setData(
        model.index(model.row_of_file_row(6), 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert "Rows 6 have problems but are ticked" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.message_text(), timeout=20_000)
    assert dialog.page() == dialog.PAGE_PREVIEW
    assert _count(event_db) == 0
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)


def test_unknown_headers_are_mapped_once_and_remembered(qtbot, window, event_db, tmp_path) -> None:
    first = tmp_path / "chamber.csv"
    first.write_text(
        "Vorname;Nachname;Reisepass;Kategorie;Bemerkung\n"
        "Anna;Schmidt;C01X00T47;chamber;Exporteur\n"
        "Jonas;Weber;C01X00T48;chamber;\n",
        encoding="utf-8",
    )
    dialog = _open_wizard(qtbot, window, first)
    assert dialog.page() == dialog.PAGE_MAPPING
    assert dialog.mapping_table.rowCount() == 5
    assert dialog.mapping_table.item(0, 0).text() == "Vorname"
    assert "Anna" in dialog.mapping_table.item(0, 1).text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # nothing holds names yet
    assert "holds names" in dialog.message_text()
    for column, field in enumerate(("given_name", "family_name", "passport_no", "category", "notes")):
        combo = dialog.mapping_combos[column]
        combo.setCurrentIndex(combo.findData(field))
    # A field is read from one column only: choosing it again moves it.
    dialog.mapping_combos[4].setCurrentIndex(dialog.mapping_combos[4].findData("given_name"))
    assert dialog.mapping_combos[0].currentData() is None
    dialog.mapping_combos[0].setCurrentIndex(dialog.mapping_combos[0].findData("given_name"))
    dialog.mapping_combos[4].setCurrentIndex(dialog.mapping_combos[4].findData("notes"))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_checked(qtbot, dialog)
    assert dialog.page() == dialog.PAGE_PREVIEW and dialog.problems() == []
    result = _import(qtbot, dialog)
    assert result.accepted == 2
    dialog.accept()

    second = tmp_path / "chamber-2.csv"
    second.write_text(
        "Vorname;Nachname;Reisepass;Kategorie;Bemerkung\nLena;Fischer;C01X00T49;chamber;\n", encoding="utf-8"
    )
    again = _open_wizard(qtbot, window, second)
    assert again.page() == again.PAGE_PREVIEW  # the desk is not asked again
    assert again.mapping.remembered
    _wait_checked(qtbot, again)
    assert _import(qtbot, again).accepted == 1
    assert _count(event_db) == 3


def test_a_file_that_cannot_be_read_is_explained(qtbot, window, tmp_path) -> None:
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    from ui.import_wizard.dialog import ImportDialog

    dialog = window.intake.import_list()
    assert isinstance(dialog, ImportDialog)
    dialog.open_file(tmp_path / "old.xls")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.page() == dialog.PAGE_FILE
    assert "old Excel" in dialog.message_text()
    dialog.open_file(tmp_path / "missing.csv")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert "There is no file" in dialog.message_text()


def test_the_preview_model_passes_qt_model_checks(qtbot, qtmodeltester, window) -> None:
    dialog = _open_wizard(qtbot, window, _sample("astrakhan.csv"))
    _wait_checked(qtbot, dialog)
    qtmodeltester.check(dialog.preview_model)
