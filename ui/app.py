"""Starting the window: the application object, language and direction, the crash hook, the database."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from accreditation.access import policy as access
from accreditation.backup import daily_backup_due, take_daily_backup
from accreditation.errors import UserError
from accreditation.event.loader import load_event
from accreditation.i18n import set_language as set_core_language
from accreditation.i18n.languages import language as language_for
from accreditation.logging_setup import configure_logging
from accreditation.offline import is_server_url
from accreditation.paths import data_dir, default_database_path, log_file, resource_root
from accreditation.store.database import Database, is_connection_error, open_database

from .background import run_in_background
from .labels import localized_digits
from .main_window import MainWindow
from .operator import ask_operator, pins_on

if TYPE_CHECKING:
    from accreditation.offline.link import DeskLink

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

TRANSLATIONS_DIR = resource_root() / "ui" / "translations"
LANG_ENV = "ACCREDITATION_LANG"
#: For the installer's smoke test (packaging/smoke_test.py): close the window this many milliseconds after
#: it showed, saving a picture of it first to the PNG file named by SMOKE_SCREENSHOT_ENV if that is set.
SMOKE_EXIT_ENV = "ACCREDITATION_SMOKE_EXIT_MS"
SMOKE_SCREENSHOT_ENV = "ACCREDITATION_SMOKE_SCREENSHOT"


def settings() -> QSettings:
    """Window settings live beside the data, so tests and portable installs stay self-contained."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


def chosen_language(store: QSettings, requested: str | None = None) -> str:
    """--lang, then the environment, then the saved choice, then the system locale on first start."""
    code = requested or os.environ.get(LANG_ENV) or store.value("language") or QLocale.system().name()
    return language_for(str(code)).code


def install_translators(app: QApplication, code: str) -> list[QTranslator]:
    """Our own strings and Qt's standard dialogs in ``code``; the layout mirrors for RTL languages."""
    set_core_language(code)  # the core's messages shown in dialogs (import problems, refusals) follow
    for old in getattr(app, "_accreditation_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    if code != "en":
        ours = QTranslator(app)
        if ours.load(f"accreditation_{code}", str(TRANSLATIONS_DIR)):
            translators.append(ours)
        else:
            log.warning("no compiled translation for %s in %s", code, TRANSLATIONS_DIR)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    app._accreditation_translators = translators  # type: ignore[attr-defined]
    if code == "fa":
        # A Persian-capable UI font first, so row heights are measured on Persian glyphs (Linux, Windows).
        font = QFont(app.font())
        font.setFamilies(["Noto Sans Arabic UI", "Noto Sans Arabic", "Segoe UI", "Tahoma", *font.families()])
        app.setFont(font)
    direction = language_for(code)
    QGuiApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if direction.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return translators


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, message)


def install_crash_hook() -> None:
    """An unexpected error is logged with its traceback; the person sees a plain message."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, UserError):
            QMessageBox.warning(None, QApplication.translate("App", "Cannot do that"), value.message)
            return
        if is_connection_error(value):  # the server went away under an action that needs it
            log.warning("the server does not answer", exc_info=(kind, value, tb))
            QMessageBox.warning(None, QApplication.translate("App", "The server does not answer"), server_gone())
            return
        log.critical("unhandled error", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "Something went wrong"),
                          QApplication.translate("App", "The last action could not be completed. Your saved work "
                                                 "is safe. Details were written to the log file:") + f"\n{log_file()}")
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.exec()

    sys.excepthook = hook


def server_gone() -> str:
    """The one sentence for an action that needs the server while it is gone."""
    return QApplication.translate(
        "App",
        "The server does not answer, and this needs it. Check-in and printing badges already issued go on "
        "from this desk's copy and reach the server when it is back.",
    )


def open_replica_for_window(link: DeskLink) -> Database | None:
    """The desk's replica for a window started while its server is gone (None: never refreshed): people
    can be found and checked in, and nothing else changes it."""
    from accreditation.offline.replica import refreshed_at

    if refreshed_at(link.replica) is None:
        return None
    db = open_database(link.replica_file)
    db.refuse_writes = server_gone()
    return db


def open_for_window(target: str | Path) -> Database:
    """Open and migrate; a database without an event gets the bundled one (``init`` is idempotent), and
    people an import committed but did not live to key for search are keyed (one query when there are none)."""
    db = open_database(target)
    from accreditation.badges.token import ensure_event_secret
    from accreditation.store.models import Event
    from accreditation.store.search_index import index_missing

    with db.transaction() as session:
        event = session.query(Event).first() or load_event(session)
        code = event.code
        index_missing(session)
    ensure_event_secret(code)
    return db


#: What the screens need and the first screen does not (reportlab, Pillow, openpyxl...): the menus import
#: their screens when first opened, and these core modules are loaded on the thread pool once the first
#: screen of people is drawn, so the first Print or Import does not wait for them either. Only the core,
#: which never touches Qt, is imported off the UI thread.
PRELOADED = (
    "accreditation.badges.pdf",
    "accreditation.badges.print_run",
    "accreditation.intake",
    "accreditation.intake.export",
    "accreditation.people.photos",
    "accreditation.passports.mrz",
    "accreditation.seating.chart",
    "accreditation.seating.tent_cards",
)


def preload_after_first_screen(window: MainWindow) -> None:
    model = window.people_model

    def preload() -> None:
        model.loaded.disconnect(preload)
        run_in_background(lambda: [importlib.import_module(name) for name in PRELOADED], lambda _: None)

    model.loaded.connect(preload)


class _BackupProgress(QObject):
    """Carries the copy's progress from the worker thread to the status bar (a queued signal)."""

    changed = Signal(int)


def start_daily_backup(window: MainWindow, db: Database) -> None:
    """Take the day's copy on the thread pool, its progress in the window's status bar."""
    bar = window.statusBar()
    progress = _BackupProgress(window)
    progress.changed.connect(
        lambda percent: bar.showMessage(
            QApplication.translate("App", "Saving today's backup of the database… %1%").replace(
                "%1", localized_digits(str(percent), window.language)
            )
        )
    )
    progress.changed.emit(0)

    def report(copied: int, total: int) -> None:
        # Called on the worker thread: a window closed meanwhile must not stop the copy itself.
        if shiboken6.isValid(progress):
            with contextlib.suppress(RuntimeError):
                progress.changed.emit(int(100 * copied / total) if total else 100)

    def done(path: Path | None) -> None:
        if path is None and not daily_backup_due(db):
            bar.clearMessage()  # another desk process on this PC made today's copy meanwhile
        elif path is None:
            bar.showMessage(QApplication.translate("App", "Today's backup could not be saved: see the log file."))
        else:
            bar.showMessage(QApplication.translate("App", "Today's backup is saved: %1").replace("%1", str(path)), 15_000)

    run_in_background(lambda: take_daily_backup(db, report), done, owner=window)


class Application:
    """Owns the window and swaps it when the database or the language changes."""

    def __init__(self, app: QApplication, store: QSettings, language: str) -> None:
        self.app = app
        self.store = store
        self.language = language
        self.window: MainWindow | None = None
        self.db: Database | None = None
        #: What the window was opened on (a server's URL even while the window shows its replica).
        self.target: str | None = None
        self.link: DeskLink | None = None

    def show(self, target: str | Path) -> bool:
        link = None
        if is_server_url(str(target)):
            from accreditation.offline.link import DeskLink

            link = DeskLink(str(target))
        try:
            db = open_for_window(target)
        except UserError as exc:
            replica = open_replica_for_window(link) if link is not None and is_connection_error(exc) else None
            if replica is None:
                QMessageBox.warning(self.window, QApplication.translate("App", "Cannot open the database"), exc.message)
                return False
            assert link is not None
            link.went_offline()
            db = replica
        else:
            if link is not None:
                link.attach(db)
        old_window, old_db, old_link = self.window, self.db, self.link
        self.db, self.link, self.target = db, link, str(target)
        self.window = MainWindow(db, self.store, self.language, link=link)
        if db.refuse_writes and link is not None:  # started on the replica: back on the server when it is
            self.window.link_watcher.changed.connect(lambda status: self._server_back(str(target), status))
        self.window.database_requested.connect(self.show)
        self.window.language_requested.connect(self.switch_language)
        if old_window is not None:
            old_window.save_state()
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            if old_db.url != db.url:
                access.sign_out()  # a PIN proved on one database says nothing on another
            old_db.close()
        if old_link is not None:
            old_link.close()
        self.store.setValue("database", str(target))
        self.window.show()
        preload_after_first_screen(self.window)
        if daily_backup_due(db):
            # After the first screen: the copy of a large file takes seconds, and nobody waits for it.
            window = self.window
            QTimer.singleShot(0, lambda: start_daily_backup(window, db))
        signed = access.current()
        if pins_on(db) and (signed is None or signed.role is None):
            # PINs are on: the shift starts by signing in (until then the window only looks people up).
            window = self.window
            QTimer.singleShot(0, lambda: ask_operator(window, self.store, force=True))
        return True

    def _server_back(self, target: str, status: object) -> None:
        """A window started on the replica reopens on the server once it is back, when nothing else of the
        desk is open (a check-in screen is never closed under the operator; the link serves it already)."""
        from accreditation.offline.link import LinkState

        window = self.window
        if window is None or getattr(status, "state", None) is not LinkState.ONLINE:
            return
        others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
        if others:
            window.statusBar().showMessage(
                QApplication.translate("App", "The server is back: close the other windows to reopen on it."), 10_000
            )
            return
        self.show(target)

    def switch_language(self, code: str) -> None:
        """Apply a language at once: the window is rebuilt on the same database, nothing is lost."""
        self.language = code
        self.store.setValue("language", code)
        install_translators(self.app, code)
        if self.target is not None:
            self.show(self.target)


def parse_window_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=["fa", "en", "ru"])
    args, _qt_args = parser.parse_known_args(argv)
    return args


def run_app(argv: list[str]) -> int:
    configure_logging()
    qInstallMessageHandler(_qt_message)
    args = parse_window_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Caspian Accreditation")
    app.setOrganizationName("CaspianAccreditation")
    install_crash_hook()
    store = settings()
    code = chosen_language(store, args.lang)
    store.setValue("language", code)
    install_translators(app, code)
    controller = Application(app, store, code)
    target = args.db or store.value("database") or default_database_path()
    if not controller.show(target):
        if target == default_database_path() or not controller.show(default_database_path()):
            return 1
    if os.environ.get(SMOKE_EXIT_ENV):
        _close_after_smoke_delay(app, controller, int(os.environ[SMOKE_EXIT_ENV]))
    status = app.exec()
    # Work still on the pool (a page of people, a backup) finishes before Python shuts down under it.
    QThreadPool.globalInstance().waitForDone(30_000)
    return status


def _close_after_smoke_delay(app: QApplication, controller: Application, delay_ms: int) -> None:
    """Say on stdout when the event loop runs with the window shown and when its first screen of people
    is drawn (``benchmarks/bench_startup.py`` times those lines); later save a picture and close it."""

    def say(line: str) -> None:
        if sys.stdout is not None:  # a windowed Windows executable has no stdout
            print(line, flush=True)

    def shown() -> None:
        log.info("smoke test: window shown; closing in %d ms", delay_ms)
        say("smoke: window shown")

    def people_drawn() -> None:
        window = controller.window
        if window is not None and window.people_model.rowCount() > 0:
            window.table.viewport().repaint()  # the first screen of rows, drawn now rather than later
            say("smoke: people shown")

    model = getattr(controller.window, "people_model", None)  # a main window; anything else is only shown
    if model is not None:
        if model.rowCount() > 0:
            QTimer.singleShot(0, people_drawn)
        else:
            model.loaded.connect(lambda: QTimer.singleShot(0, people_drawn))

    def close() -> None:
        target = os.environ.get(SMOKE_SCREENSHOT_ENV)
        if target and controller.window is not None:
            partial = f"{target}.part.png"
            controller.window.grab().save(partial)
            os.replace(partial, target)  # the test sees the file only once it is complete
        if controller.window is not None:
            controller.window.close()
        app.quit()

    QTimer.singleShot(0, shown)
    QTimer.singleShot(delay_ms, close)
