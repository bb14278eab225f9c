"""The window as a desk works it (issue #20): the menus where people look for them, with their shortcuts and
icons, and every name in the reader's own script first, in English, Persian and Russian."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

pytestmark = pytest.mark.gui

OPERATOR = "Sara Ahmadi"
NOW = datetime(2025, 11, 18, 9, 30)
#: Babushkin, the seeded head of the Astrakhan delegation, as each reader reads him first.
BABUSHKIN = {"en": "Igor Babushkin", "fa": "ایگور بابوشکین", "ru": "Игорь Бабушкин"}
GOVERNOR = {"en": "Governor", "fa": "استاندار", "ru": "Губернатор"}
#: The menu bar left to right (Persian mirrors it), by what each menu is called in that language.
MENU_TITLES = {
    "en": ["&File", "&Edit", "&View", "&People", "&Badges", "&Check-in", "&Seating", "&Protocol", "&Help"],
}


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    store.setValue("operator/name", OPERATOR)
    return store


@pytest.fixture
def in_language():
    """Switch the application's language for one test, and back to English after it."""
    from ui.app import install_translators

    app = QApplication.instance()
    yield lambda code: install_translators(app, code)
    install_translators(app, "en")


def _window(qtbot, db, settings, language: str):
    from ui.main_window import MainWindow

    win = MainWindow(db, settings, language)
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.people_model.total() > 0 and win.table.currentIndex().isValid(), timeout=10_000)
    return win


def _babushkin(db) -> int:
    from accreditation.store.models import Delegate

    with db.sessions() as session:
        return session.scalars(select(Delegate.id).where(Delegate.family_name == "Babushkin")).one()


# --- menus -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_menus_in_the_order_desktop_users_expect_and_help_last(qtbot, demo_db, settings, in_language, language) -> None:
    from ui.main_window import MENU_ORDER

    in_language(language)
    win = _window(qtbot, demo_db, settings, language)
    menus = [a.menu() for a in win.menuBar().actions()]
    assert [m.objectName() for m in menus] == list(MENU_ORDER)
    titles = [m.title() for m in menus]
    assert titles[-1] == win.help_menu.title()
    assert all(titles) and len(set(titles)) == len(titles)
    if language == "en":
        assert titles == MENU_TITLES["en"]
    else:
        assert titles[0] != "&File" and titles[-1] != "&Help", "the menu bar is translated"
    # Persian mirrors the bar: File at the right edge, Help at the left.
    assert win.isRightToLeft() == (language == "fa")
    bar = win.menuBar()
    first, last = (bar.actionGeometry(a) for a in (bar.actions()[0], bar.actions()[-1]))
    assert (first.x() > last.x()) == (language == "fa")


def test_a_menu_placed_late_still_goes_to_its_place(qtbot, demo_db, settings) -> None:
    from PySide6.QtWidgets import QMenu

    win = _window(qtbot, demo_db, settings, "en")
    bar = win.menuBar()
    # A screen installed after the others (the lead's offline tools, say) with no place of its own.
    extra = QMenu("&Tools", win)
    win.place_menu(extra)
    names = [a.menu().objectName() for a in bar.actions()]
    assert names[-1] == "helpMenu" and names[-2] == "" and bar.actions()[-2].menu() is extra
    # Re-placing the People menu (removed and put back) brings it back after View.
    bar.removeAction(win.intake.menu.menuAction())
    win.place_menu(win.intake.menu)
    assert [a.menu().objectName() for a in bar.actions()][3] == "peopleMenu"


FREQUENT = {
    # object name: (the menu it is in, the shortcut it shows)
    "actionNewPerson": ("peopleMenu", "Ctrl+N"),
    "actionEditPerson": ("peopleMenu", "F2"),
    "actionFind": ("editMenu", "Ctrl+F"),
    "actionCopy": ("editMenu", "Ctrl+C"),
    "actionCheckinDesk": ("checkinMenu", "Ctrl+K"),
    "actionDashboard": ("checkinMenu", "Ctrl+Shift+D"),
    "actionPrintBadges": ("badgesMenu", "Ctrl+P"),
    "actionApprovalQueue": ("protocolMenu", "Ctrl+Shift+A"),
}


def test_frequent_actions_show_their_shortcuts_and_icons_in_their_menus(qtbot, demo_db, settings) -> None:
    win = _window(qtbot, demo_db, settings, "en")
    menus = {a.menu().objectName(): a.menu() for a in win.menuBar().actions()}
    for name, (menu_name, keys) in FREQUENT.items():
        action = win.findChild(QAction, name)
        assert action is not None, name
        assert action in menus[menu_name].actions(), (name, menu_name)
        assert action.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == keys, name
        assert not action.icon().isNull(), name
    # The edit action answers F2 and the old Ctrl+E, both shown.
    assert [s.toString() for s in win.intake.action_edit_person.shortcuts()] == ["F2", "Ctrl+E"]
    # Every toolbar button has an icon beside its words.
    for toolbar in (win.intake.toolbar, win.desk_toolbar):
        assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for action in toolbar.actions():
            assert action.isSeparator() or not action.icon().isNull(), action.text()


def test_no_two_enabled_actions_share_a_shortcut(qtbot, demo_db, settings) -> None:
    win = _window(qtbot, demo_db, settings, "en")
    owners: dict[str, set[str]] = {}
    for action in set(win.findChildren(QAction)):
        if not action.isEnabled():
            continue
        for key in action.shortcuts():
            owners.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), set()).add(
                action.objectName() or action.text()
            )
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared


def test_the_keys_do_what_the_menus_say(qtbot, demo_db, settings) -> None:
    win = _window(qtbot, demo_db, settings, "en")
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_F)  # a printable key starts a search; Ctrl+F only focuses it
    win.search.box.clear()
    win.table.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.search.box.hasFocus()
    win.table.setFocus()
    person = win.intake.current_person()
    qtbot.keyClick(win.table, Qt.Key.Key_F2)
    editor = win.intake.dialog
    assert editor is not None and editor.isVisible() and editor.delegate_id == person
    editor.reject()
    # Ctrl+C on the table copies the selected row as it reads.
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    row = win.people_model.row_of(person)
    assert copied.split("\t")[0] == win.people_model.index(row, 0).data()


# --- names in the reader's script ----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_table_card_and_search_show_the_readers_script_first(qtbot, demo_db, settings, in_language, language) -> None:
    in_language(language)
    win = _window(qtbot, demo_db, settings, language)
    person = _babushkin(demo_db)
    win.show_person(person)
    # The card: the heading in the reader's script, the other spellings under it; the title in their language.
    assert win.detail.heading.text() == BABUSHKIN[language]
    others = win.detail.other_names.text()
    assert all(name in others for lang, name in BABUSHKIN.items() if lang != language)
    assert win.detail.field_text("title").splitlines()[0] == GOVERNOR[language]
    if language == "ru":
        assert win.detail.field_text("delegation") == "Официальная делегация Астраханской области"
        assert win.detail.field_text("region").startswith("Астраханская область")
    # The table's first column: the name as the reader reads it.
    model = win.people_model
    qtbot.waitUntil(lambda: model.row_of(person) is not None, timeout=10_000)
    row = model.row_of(person)
    assert model.headerData(0, Qt.Orientation.Horizontal) == model.tr("Name")
    assert model.index(row, 0).data() == BABUSHKIN[language]
    assert model.index(row, model.column_of("title")).data() == GOVERNOR[language]
    # Search: the result line starts with the reader's script.
    with qtbot.waitSignal(win.search.results_ready, timeout=15_000):
        win.search.box.setText("Babushkin")
    first = win.search.model.index(0, 0)
    assert first.data(win.search.model.DelegateIdRole) == person
    assert first.data().startswith(BABUSHKIN[language])
    assert win.search.model.second_line(0).startswith(GOVERNOR[language])


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_the_table_sorts_by_the_name_the_reader_sees(qtbot, demo_db, settings, in_language, language) -> None:
    from accreditation.names.collation import sort_key

    in_language(language)
    win = _window(qtbot, demo_db, settings, language)
    model = win.people_model
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    # The names in the reader's script come in the reader's alphabet.
    script = {"fa": "\u0600", "ru": "\u0400", "en": "A"}[language]
    own = [n for n in names if n and (n[0] >= script if language != "en" else n.isascii())]
    assert len(own) > 50
    if language != "en":
        own = [n for n in own if sort_key(n, language)]
        keys = [sort_key(n, language) for n in own]
        assert keys == sorted(keys)


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_dashboard_heads_in_the_readers_script(qtbot, demo_db, in_language, language) -> None:
    from ui.dashboard import DashboardWindow

    in_language(language)
    dash = DashboardWindow(demo_db, language, now=NOW, refresh_ms=60_000)
    qtbot.addWidget(dash)
    dash.show()
    qtbot.waitUntil(lambda: dash.data is not None, timeout=15_000)
    person = _babushkin(demo_db)
    item = next(
        dash.heads.item(r) for r in range(dash.heads.count())
        if dash.heads.item(r).data(Qt.ItemDataRole.UserRole) == person
    )
    first_line, second_line = item.text().split("\n")
    assert first_line.startswith(BABUSHKIN[language])
    assert second_line.startswith(GOVERNOR[language])
    if language == "ru":
        assert item.text().startswith("Игорь Бабушкин  (Igor Babushkin)")
        assert second_line == "Губернатор — Астраханская область"
    dash.close()


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_checkin_verdict_puts_the_readers_script_first_and_biggest(
    qtbot, demo_db, settings, in_language, language
) -> None:
    from ui.checkin.window import CheckInWindow

    in_language(language)
    win = CheckInWindow(demo_db, settings, language, door=False, operator=OPERATOR, now=NOW)
    qtbot.addWidget(win)
    win.desk_edit.setText("Desk 1")
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.search.results_ready, timeout=15_000):
        win.search.box.setText("Babushkin")
    win.search.results.setCurrentIndex(win.search.model.index(0, 0))
    with qtbot.waitSignal(win.verdict_shown, timeout=15_000):
        qtbot.mouseClick(win.checkin_button, Qt.MouseButton.LeftButton)
    column = win.verdict.names_column
    shown = [column.itemAt(i).widget() for i in range(column.count())]
    visible = [label for label in shown if label.isVisible()]
    assert visible[0].text().lstrip("\u200e\u200f") == BABUSHKIN[language]
    assert visible[0].font().pointSize() > visible[1].font().pointSize()
    assert win.verdict.fields["title"].text().lstrip("\u200e\u200f") == GOVERNOR[language]


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_badge_queue_shows_the_readers_script_first(qtbot, demo_db, settings, in_language, language) -> None:
    from accreditation.badges.print_run import QueueStage, print_queue
    from accreditation.event.loader import current_event
    from ui.badges.queue import QueueTableModel

    with demo_db.sessions() as session:
        rows = print_queue(session, current_event(session), language)[QueueStage.TO_PRINT]
    model = QueueTableModel(QueueStage.TO_PRINT, language)
    model.set_rows(rows)
    person = _babushkin(demo_db)
    row = model.delegate_ids().index(person)
    assert model.index(row, 0).data() == BABUSHKIN[language]
    others = model.index(row, 1).data()
    assert all(name in others for lang, name in BABUSHKIN.items() if lang != language)


# --- the Russian title: editor and import ------------------------------------------------------------


def test_the_russian_title_round_trips_through_the_editor(qtbot, demo_db, settings) -> None:
    from accreditation.store.models import Delegate

    win = _window(qtbot, demo_db, settings, "en")
    person = _babushkin(demo_db)
    win.show_person(person)
    editor = win.intake.edit_person(person)
    assert editor.title_ru.text() == "Губернатор"
    editor.title_ru.selectAll()
    qtbot.keyClick(editor.title_ru, Qt.Key.Key_Delete)
    for ch in "Губернатор Астраханской области":  # typed as a Russian keyboard sends it
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor.title_ru, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    with demo_db.sessions() as session:
        assert session.get(Delegate, person).title_ru == "Губернатор Астраханской области"
    # Read back in a Russian window's card.
    from accreditation.people.directory import person_detail
    from ui.people.detail_pane import DetailPane

    card = DetailPane("ru")
    qtbot.addWidget(card)
    with demo_db.sessions() as session:
        card.show_person(person_detail(session, person))
    assert card.field_text("title").splitlines()[0] == "Губернатор Астраханской области"


@pytest.mark.parametrize(
    ("header", "value", "stored"),
    [
        ("title_ru", "Советник губернатора", ("", "Советник губернатора")),
        ("Title (RU)", "Советник губернатора", ("", "Советник губернатора")),
        ("Должность", "Советник губернатора", ("", "Советник губернатора")),
        ("title", "Советник губернатора", ("", "Советник губернатора")),  # Cyrillic under the English header
        ("title", "Adviser", ("Adviser", "")),
    ],
)
def test_the_import_recognises_the_russian_title(tmp_path: Path, event_db, header, value, stored) -> None:
    from accreditation.intake import import_file
    from accreditation.store.models import Delegate

    path = tmp_path / "astrakhan.csv"
    path.write_text(f"given_name,family_name,region,{header}\nPavel,Vorontsov,astrakhan,{value}\n", encoding="utf-8")
    assert import_file(event_db, path, operator="t").accepted == 1
    with event_db.sessions() as session:
        person = session.scalars(select(Delegate).where(Delegate.family_name == "Vorontsov")).one()
        assert (person.title_en, person.title_ru) == stored


def test_the_russian_title_survives_export_and_import(tmp_path: Path, demo_db) -> None:
    """A list exported from one desk (the canonical columns, title_ru among them) imports on another."""
    from accreditation.event.loader import load_event
    from accreditation.intake import import_file
    from accreditation.intake.export import export_delegates
    from accreditation.store.database import open_database
    from accreditation.store.models import Delegate

    out = tmp_path / "astrakhan-head.csv"
    with demo_db.sessions() as session:
        assert export_delegates(session, out, delegate_ids=[_babushkin(demo_db)]) == 1
    other = open_database(tmp_path / "other-desk.sqlite")
    try:
        with other.transaction() as session:
            load_event(session)
        assert import_file(other, out, operator="t").accepted == 1
        with other.sessions() as session:
            person = session.scalars(select(Delegate).where(Delegate.family_name == "Babushkin")).one()
            assert (person.title_en, person.title_fa, person.title_ru) == ("Governor", "استاندار", "Губернатор")
    finally:
        other.close()
