"""Names in each reader's alphabetical order: پ after ب (not after ی), ё after е, ə after e.

Through the core (the keys the database sorts by, on SQLite and PostgreSQL) and through the window
(click the header of a name column and read the rows).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from accreditation.names.collation import sort_bytes, sort_key, sort_string

#: In Persian alphabetical order: ب < پ, ج < چ, ز < ژ, ک < گ, و < ه.
PERSIAN_IN_ORDER = ["بهرام", "پرویز", "جواد", "چنگیز", "زهرا", "ژاله", "کامران", "گلاره", "وحید", "هادی"]
RUSSIAN_IN_ORDER = ["Евгений", "Ёлкин", "Жуков", "Яковлев"]
AZERBAIJANI_IN_ORDER = ["Cavid", "Çingiz", "Elvin", "Əli", "Fərid", "Gülnar", "Ğ", "Həsən", "Xəyyam", "İlham"]


@pytest.mark.parametrize(
    ("names", "language"),
    [(PERSIAN_IN_ORDER, "fa"), (RUSSIAN_IN_ORDER, "ru"), (AZERBAIJANI_IN_ORDER, "az")],
)
def test_sort_bytes_order_like_the_alphabet(names: list[str], language: str) -> None:
    shuffled = list(reversed(names))
    assert sorted(shuffled, key=lambda n: sort_bytes(n, language)) == names
    assert sorted(shuffled, key=lambda n: sort_key(n, language)) == names
    assert sorted(shuffled, key=lambda n: sort_string(n, language)) == names  # what Qt sort models compare
    # Code-point order is what the database did before: wrong for these alphabets.
    assert sorted(shuffled) != names


def test_empty_names_sort_last_and_scripts_stay_together() -> None:
    mixed = ["", "Ivanov", "Иванов", "احمدی"]
    assert sorted(mixed, key=lambda n: sort_bytes(n, "fa")) == ["احمدی", "Ivanov", "Иванов", ""]


def _people(session, event) -> dict[str, int]:
    from accreditation.people.delegates import create_delegates
    from accreditation.store.models import Category

    category = session.query(Category).filter(Category.event_id == event.id).first()
    items = []
    for i, fa in enumerate(reversed(PERSIAN_IN_ORDER)):
        native, nationality = (RUSSIAN_IN_ORDER + AZERBAIJANI_IN_ORDER)[i], "RUS" if i < 4 else "AZE"
        items.append(
            {
                "given_name": f"G{i}",
                "family_name": f"F{i}",
                "name_fa": fa,
                "name_native": native,
                "nationality": nationality,
                "category_id": category.id,
            }
        )
    ids = create_delegates(session, items, "test", checked=True)
    return dict(zip((i["name_fa"] for i in items), ids, strict=True))


def test_people_ids_sort_names_by_their_alphabets(event_db) -> None:
    from accreditation.event.loader import current_event
    from accreditation.people.delegates import update_delegate
    from accreditation.people.directory import PeopleFilter, people_ids, people_rows

    with event_db.transaction() as session:
        event = current_event(session)
        by_name = _people(session, event)
    with event_db.sessions() as session:
        event = current_event(session)
        ids = people_ids(session, event, PeopleFilter(), "name_fa", language="fa")
        rows = people_rows(session, ids)
        assert [rows[i].name_fa for i in ids] == PERSIAN_IN_ORDER
        descending = people_ids(session, event, PeopleFilter(), "name_fa", descending=True, language="fa")
        assert descending == list(reversed(ids))
        native = [rows[i].name_native for i in people_ids(session, event, PeopleFilter(), "name_native")]
        assert native == AZERBAIJANI_IN_ORDER[:6] + RUSSIAN_IN_ORDER  # Latin script before Cyrillic
    # An edit re-keys the person: «آرش» is now first.
    with event_db.transaction() as session:
        update_delegate(session, by_name["هادی"], {"name_fa": "آرش"}, "test")
    with event_db.sessions() as session:
        event = current_event(session)
        ids = people_ids(session, event, PeopleFilter(), "name_fa", language="fa")
        assert people_rows(session, ids[:1])[ids[0]].name_fa == "آرش"


@pytest.mark.gui
def test_clicking_the_persian_name_header_lists_persian_order(qtbot, event_db, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from accreditation.event.loader import current_event
    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.people.table_model import PeopleTableModel

    with event_db.transaction() as session:
        _people(session, current_event(session))
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    try:
        install_translators(app, "fa")
        win = MainWindow(event_db, settings, "fa")
        qtbot.addWidget(win)
        win.resize(1300, 800)
        win.show()
        qtbot.waitUntil(lambda: win.people_model.total() == len(PERSIAN_IN_ORDER), timeout=10_000)
        column = PeopleTableModel.column_of("name_fa")
        header = win.table.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        with qtbot.waitSignal(win.people_model.loaded, timeout=10_000):
            qtbot.mouseClick(
                header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
            )
        names = [win.people_model.index(r, column).data() for r in range(win.people_model.rowCount())]
        assert names in (PERSIAN_IN_ORDER, list(reversed(PERSIAN_IN_ORDER)))
        if names != PERSIAN_IN_ORDER:  # a second click turns the order round
            with qtbot.waitSignal(win.people_model.loaded, timeout=10_000):
                qtbot.mouseClick(
                    header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
                )
            names = [win.people_model.index(r, column).data() for r in range(win.people_model.rowCount())]
        assert names == PERSIAN_IN_ORDER
    finally:
        install_translators(app, "en")


def test_exported_lists_follow_the_lists_language(event_db, tmp_path: Path) -> None:
    import csv

    from accreditation.event.loader import current_event
    from accreditation.intake.export import export_delegates

    with event_db.transaction() as session:
        _people(session, current_event(session))
    with event_db.sessions() as session:
        export_delegates(session, tmp_path / "fa.csv", language="fa")
        export_delegates(session, tmp_path / "ru.csv", language="ru")
    with open(tmp_path / "fa.csv", encoding="utf-8-sig") as f:
        assert [r["name_fa"] for r in csv.DictReader(f)] == PERSIAN_IN_ORDER
    with open(tmp_path / "ru.csv", encoding="utf-8-sig") as f:
        assert [r["name_native"] for r in csv.DictReader(f)] == AZERBAIJANI_IN_ORDER[:6] + RUSSIAN_IN_ORDER


def test_cli_export_sorts_in_the_asked_language(event_db, tmp_path: Path) -> None:
    import csv

    from accreditation.event.loader import current_event
    from tests.conftest import run_main

    if event_db.engine.dialect.name != "sqlite":
        pytest.skip("the CLI path is the same on both databases; the core test covers PostgreSQL")
    with event_db.transaction() as session:
        _people(session, current_event(session))
    out = tmp_path / "list.csv"
    result = run_main("--db", str(event_db.engine.url.database), "export", str(out), "--sort-language", "fa")
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig") as f:
        assert [r["name_fa"] for r in csv.DictReader(f)] == PERSIAN_IN_ORDER


@pytest.mark.gui
def test_approval_queue_sorts_persian_names_by_the_alphabet(qtbot) -> None:
    from PySide6.QtCore import Qt

    from accreditation.store.models import DelegateStatus
    from ui.approval.model import ApprovalFilter, ApprovalQueueModel, QueueRow

    model = ApprovalQueueModel("fa")
    fields = {f: "" for f in QueueRow.__dataclass_fields__}
    rows = []
    for i, name in enumerate(reversed(PERSIAN_IN_ORDER)):
        rows.append(
            QueueRow(
                **{
                    **fields,
                    "delegate_id": i + 1,
                    "name_fa": name,
                    "category_id": 1,
                    "version": 1,
                    "region_id": None,
                    "status": DelegateStatus.REGISTERED,
                }
            )
        )
    model.set_rows(rows)
    proxy = ApprovalFilter()
    proxy.setSourceModel(model)
    column = ApprovalQueueModel.COLUMNS.index("name_fa")
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, column).data() for r in range(proxy.rowCount())] == PERSIAN_IN_ORDER


def test_badges_to_print_are_listed_in_the_readers_alphabet(event_db) -> None:
    from accreditation.badges.print_run import QueueStage, print_queue
    from accreditation.event.loader import current_event

    with event_db.transaction() as session:
        _people(session, current_event(session))
    with event_db.sessions() as session:
        rows = print_queue(session, current_event(session), "fa")[QueueStage.TO_PRINT]
    assert [r.name_fa for r in rows] == PERSIAN_IN_ORDER


def test_tree_lists_organizations_in_the_readers_alphabet(demo_db) -> None:
    from accreditation.event.loader import current_event
    from accreditation.people.directory import directory_tree

    with demo_db.sessions() as session:
        event = current_event(session)
        for language in ("fa", "en"):
            guests = directory_tree(session, event, language)[-1]
            for kind in guests.children:
                labels = [(n.label_fa if language == "fa" else n.label_en) for n in kind.children]
                assert labels == sorted(labels, key=lambda t: sort_key(t, language)), kind.label_en


def test_latin_letters_without_decomposition_sort_with_their_base_letter_in_english() -> None:
    names = ["Zhumabaev", "Əliyeva", "Ali", "Eldar", "Ismayilov", "Ilham"]
    assert sorted(names, key=lambda n: sort_key(n, "en")) == [
        "Ali",
        "Eldar",
        "Əliyeva",
        "Ilham",
        "Ismayilov",
        "Zhumabaev",
    ]
    # In Azerbaijani ə is its own letter, after e.
    assert sorted(["Əli", "Emin", "Fərid"], key=lambda n: sort_key(n, "az")) == ["Emin", "Əli", "Fərid"]


def test_equally_good_matches_are_listed_alphabetically() -> None:
    from accreditation.names.collation import order_ties

    hits = [("exact", 1.0, "هادی"), ("exact", 1.0, "بهرام"), ("exact", 1.0, "پرویز"), ("prefix", 0.5, "آرش")]
    ordered = order_ties(hits, lambda h: (h[0], h[1]), lambda h: h[2], "fa")
    assert [h[2] for h in ordered] == ["بهرام", "پرویز", "هادی", "آرش"]  # tiers stay first
