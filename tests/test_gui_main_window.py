"""The main window driven as a person would: click the tree, click a row, read the detail pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_db, settings):
    from ui.main_window import MainWindow

    win = MainWindow(demo_db, settings, "en")
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    _wait_for_people(qtbot, win)
    return win


def _wait_for_people(qtbot, window) -> None:
    """Rows are loaded off the UI thread: wait until they are in and the first person is shown."""
    qtbot.waitUntil(lambda: window.people_model.total() > 0 and window.table.currentIndex().isValid(), timeout=10_000)


def _click_tree(qtbot, window, index) -> None:
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_models_pass_qt_model_checks(qtbot, qtmodeltester, demo_db) -> None:
    from accreditation.event.loader import current_event
    from accreditation.people.directory import directory_tree
    from ui.people.table_model import PeopleTableModel
    from ui.people.tree_model import DirectoryTreeModel

    with demo_db.sessions() as session:
        event = current_event(session)
        nodes = directory_tree(session, event)
    tree = DirectoryTreeModel("en")
    tree.set_nodes(nodes)
    qtmodeltester.check(tree)
    people = PeopleTableModel(demo_db, event, "en")
    people.reload_now()
    qtmodeltester.check(people)
    with qtbot.waitSignal(people.loaded, timeout=10_000):
        people.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(people)
    assert people.index(0, 0).data() >= people.index(people.rowCount() - 1, 0).data()


def test_tree_shows_countries_regions_and_guests(window) -> None:
    model = window.tree_model
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top[0].startswith("Everyone (300)")
    assert [t.split(" (")[0] for t in top[1:6]] == [
        "Iran", "Russian Federation", "Republic of Azerbaijan", "Republic of Kazakhstan", "Turkmenistan"]
    assert top[-1].startswith("Guests")
    regions = sum(model.rowCount(model.index(r, 0)) for r in range(1, 6))
    assert regions == 14


def test_clicking_a_region_lists_its_people_and_a_row_shows_the_person(qtbot, window) -> None:
    astrakhan = window.tree_model.find("region")
    for row in range(window.tree_model.rowCount()):
        candidate = window.tree_model.index(row, 0)
        if candidate.data().startswith("Russian"):
            astrakhan = window.tree_model.index(0, 0, candidate)
    with qtbot.waitSignal(window.people_model.loaded, timeout=10_000):
        _click_tree(qtbot, window, astrakhan)
    count = window.people_model.rowCount()
    assert 10 <= count < 300
    assert window.count_label.text() == f"{count} people"
    natives = [window.people_model.index(r, window.people_model.column_of("name_native")).data() for r in range(count)]
    cyrillic = [n for n in natives if n and all("\u0400" <= ch <= "\u04ff" or not ch.isalpha() for ch in n)]
    assert len(cyrillic) >= count - 2  # Russians in Cyrillic; the delegation's Iranian interpreter has none
    # The head of delegation comes first (protocol order) and is the seeded governor.
    first_row = window.table.visualRect(window.people_model.index(0, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=first_row.center())
    assert window.detail.heading.text() == "Igor Babushkin"
    assert window.detail.field_text("name_native") == "Игорь Бабушкин"
    assert window.detail.field_text("category") == "Head of delegation"
    assert "Astrakhan Oblast" in window.detail.field_text("region")
    assert window.detail.photo.pixmap() is not None and not window.detail.photo.pixmap().isNull()


def test_clicking_a_header_sorts_through_the_database(qtbot, window) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    with qtbot.waitSignal(window.people_model.loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    names = [window.people_model.index(r, 0).data() for r in range(window.people_model.rowCount())]
    # Alphabetical as a reader expects (capitals and diacritics do not move a name), not code points.
    from accreditation.names.collation import sort_key

    keys = [sort_key(n, "en")[0] for n in names]
    assert keys == sorted(keys) or keys == sorted(keys, reverse=True)
    assert len(names) == 300


def test_status_bar_names_the_database(window, demo_db) -> None:
    assert demo_db.display_name in window.database_label.text()
    assert ":accreditation_test@" not in window.database_label.text()  # a server's password is never shown


def test_window_state_is_restored_on_the_next_start(qtbot, demo_db, settings) -> None:
    from ui.main_window import MainWindow

    first = MainWindow(demo_db, settings, "en")
    qtbot.addWidget(first)
    first.resize(711, 533)
    first.show()
    guests = first.tree_model.find("guests")
    with qtbot.waitSignal(first.people_model.loaded, timeout=10_000):
        first.tree.setCurrentIndex(guests)
    first.close()

    second = MainWindow(demo_db, settings, "en")
    qtbot.addWidget(second)
    second.show()
    _wait_for_people(qtbot, second)
    assert (second.size().width(), second.size().height()) == (711, 533)
    assert second.tree.currentIndex().data().startswith("Guests")
    assert second.people_model.rowCount() == second.people_model.total() > 0


def test_persian_window_is_mirrored_and_translated(qtbot, demo_db, settings) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators
    from ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        install_translators(app, "fa")
        win = MainWindow(demo_db, settings, "fa")
        qtbot.addWidget(win)
        win.show()
        _wait_for_people(qtbot, win)
        assert win.isRightToLeft()
        menus = [a.text() for a in win.menuBar().actions()]
        assert "&پرونده" in menus
        assert win.tree_model.index(0, 0).data() == "همه (۳۰۰)"
        assert win.count_label.text().endswith("نفر")
        assert win.windowTitle().endswith("نخستین اجلاس استانداران استان‌های ساحلی کشورهای حاشیه دریای خزر")
    finally:
        install_translators(app, "en")
    assert not QApplication.instance().isRightToLeft()


def test_opening_a_new_database_loads_the_bundled_event(qtbot, db_target: str, settings) -> None:
    """What ``main.py --db FILE`` and ``--db postgresql+psycopg://...`` do: the window on that database."""
    from PySide6.QtWidgets import QApplication

    from ui.app import Application

    controller = Application(QApplication.instance(), settings, "en")
    assert controller.show(db_target)
    qtbot.addWidget(controller.window)
    model = controller.window.tree_model
    assert model.index(0, 0).data() == "Everyone (0)"
    qtbot.waitUntil(lambda: controller.window.count_label.text() == "0 people", timeout=10_000)
    assert sum(model.rowCount(model.index(r, 0)) for r in range(1, 6)) == 14
    assert settings.value("database") == db_target
    assert controller.db.engine.dialect.name == ("sqlite" if db_target.endswith(".sqlite") else "postgresql")


def test_people_an_import_left_unkeyed_are_findable_once_the_window_opens(
    qtbot, db_target: str, settings, tmp_path: Path
) -> None:
    """An import commits its people, then keys them for search in a second transaction; a desk PC that
    dies in between must not leave them unfindable. Opening the window keys them."""
    from PySide6.QtWidgets import QApplication

    from accreditation.event.loader import load_event
    from accreditation.intake import build_preview, read_table, write_preview
    from accreditation.search.engine import search
    from accreditation.store.database import open_database
    from accreditation.store.models import Delegate
    from ui.app import Application

    people = tmp_path / "gilan.csv"
    people.write_text("given_name,family_name,passport_no\nParisa,Hagh-Shenas,K55500011\n", encoding="utf-8")
    db = open_database(db_target)
    with db.transaction() as session:
        load_event(session)
        # The import's own transaction, committed; the process "dies" before index_imported runs.
        write_preview(session, build_preview(session, read_table(people)), "desk 1", index=False)
    with db.sessions() as session:
        assert search(session, "Hagh-Shenas") == []
    db.close()

    controller = Application(QApplication.instance(), settings, "en")
    assert controller.show(db_target)
    qtbot.addWidget(controller.window)
    with controller.db.sessions() as session:
        found = search(session, "Hagh-Shenas")
        assert [session.get(Delegate, hit.delegate_id).document_no for hit in found] == ["K55500011"]


def test_backup_and_restore_from_the_file_menu(qtbot, window, tmp_path: Path) -> None:
    from sqlalchemy import text

    if not window.db.is_sqlite:
        # The window's background loads outlive the test and meet the PostgreSQL fixture dropping its
        # database; backup and restore themselves are tested on PostgreSQL in tests/test_backup.py.
        pytest.skip("the File-menu path is exercised on SQLite; the core restore on both databases")
    target = tmp_path / "from-window.sqlite"
    assert window.action_backup.text() and window.action_restore.text()
    window.backup_now(str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage(), timeout=10_000)
    with window.db.transaction() as session:
        session.execute(text("UPDATE delegate SET status = 'cancelled'"))
    window.refresh()
    qtbot.waitUntil(lambda: window.tree_model.index(0, 0).data() == "Everyone (0)", timeout=10_000)
    window.restore_backup(str(target), confirm=False)
    qtbot.waitUntil(lambda: window.tree_model.index(0, 0).data() == "Everyone (300)", timeout=10_000)
    assert "Restored" in window.statusBar().currentMessage()


def test_the_first_open_of_a_day_shows_people_before_the_days_backup_ends(
    qtbot, db_path: Path, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The day's copy of a large file takes seconds: the window is at work while it is made, and says
    in its status bar how far the copy is and where it went."""
    import threading

    from PySide6.QtWidgets import QApplication

    import ui.app
    from accreditation.backup import backups_folder, take_daily_backup
    from accreditation.demo.generate import generate_demo
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database
    from ui.app import Application

    db = open_database(db_path)
    with db.transaction() as session:
        load_event(session)
        generate_demo(session, delegates=60, seed=3)
    db.close()
    release = threading.Event()
    started = threading.Event()

    def slow_copy(database, progress=None):  # the real copy, held back until the test has looked
        started.set()
        release.wait(30)
        return take_daily_backup(database, progress)

    monkeypatch.setattr(ui.app, "take_daily_backup", slow_copy)
    controller = Application(QApplication.instance(), settings, "en")
    assert controller.show(str(db_path))
    window = controller.window
    qtbot.addWidget(window)
    _wait_for_people(qtbot, window)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    # People are listed and the copy is still being made.
    assert window.people_model.total() == 60
    assert not list(backups_folder(controller.db).glob("*.daily-*.sqlite"))
    assert window.statusBar().currentMessage().startswith("Saving today's backup of the database")
    release.set()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Today's backup is saved"), timeout=20_000)
    (copy,) = backups_folder(controller.db).glob("*.daily-*.sqlite")
    assert str(copy) in window.statusBar().currentMessage()
    assert not list(copy.parent.glob("*.partial"))  # written under a temporary name, then renamed


def test_a_copy_interrupted_midway_leaves_no_file_under_the_backups_name(tmp_path: Path) -> None:
    """A crash or a full disk in the middle of a copy: nothing half-written carries a backup's name."""
    import sqlite3

    from accreditation.store.database import backup_sqlite

    source = tmp_path / "live.sqlite"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE t (x BLOB)")
        conn.executemany("INSERT INTO t VALUES (?)", [(b"x" * 4000,) for _ in range(3000)])
    target = tmp_path / "copy.sqlite"

    def power_cut(copied: int, total: int) -> None:
        assert copied < total
        raise KeyboardInterrupt  # what a killed process looks like from inside

    with pytest.raises(KeyboardInterrupt):
        backup_sqlite(source, target, progress=power_cut)
    assert list(tmp_path.iterdir()) == [source]
    seen: list[tuple[int, int]] = []
    backup_sqlite(source, target, progress=lambda copied, total: seen.append((copied, total)))
    assert seen[-1][0] == seen[-1][1] > 1 and len(seen) > 1
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 3000
