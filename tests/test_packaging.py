"""The desk installer without building it: the spec's contents, frozen-path resolution, version facts.

The real build and its smoke test run in CI after the suite (packaging/build.py, packaging/smoke_test.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "accreditation.spec"


class _Recorded(SimpleNamespace):
    pass


def _run_spec() -> dict[str, list[_Recorded]]:
    """Execute the spec with PyInstaller's build classes replaced by recorders of their arguments."""
    calls: dict[str, list[_Recorded]] = {"Analysis": [], "PYZ": [], "EXE": [], "COLLECT": []}

    def recorder(kind: str):
        def make(*args, **kwargs):
            rec = _Recorded(args=args, **kwargs)
            if kind == "Analysis":
                rec.pure, rec.scripts, rec.binaries = ["pure"], ["scripts"], ["binaries"]
            calls[kind].append(rec)
            return rec

        return make

    namespace = {name: recorder(name) for name in calls}
    namespace.update(SPECPATH=str(SPEC.parent), __file__=str(SPEC), __name__="__spec__")
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    return calls


@pytest.fixture(scope="module")
def spec() -> dict[str, list[_Recorded]]:
    if not list((ROOT / "ui" / "translations").glob("*.qm")):
        pytest.skip("translations not compiled (run.sh and packaging/build.py compile them)")
    return _run_spec()


def test_spec_bundles_every_asset_migration_and_translation(spec) -> None:
    (analysis,) = spec["Analysis"]
    bundled = {(Path(src).resolve(), dest.replace("\\", "/")) for src, dest in analysis.datas}
    expected = [
        *(ROOT / "assets").rglob("*.json"),
        ROOT / "migrations" / "env.py",
        *(ROOT / "migrations" / "versions").glob("*.py"),
        *(ROOT / "ui" / "translations").glob("*.qm"),
    ]
    for path in expected:
        dest = path.parent.relative_to(ROOT).as_posix()
        assert (path.resolve(), dest) in bundled, f"{path.relative_to(ROOT)} is not bundled into {dest}/"
    assert not [src for src, _ in analysis.datas if "__pycache__" in Path(src).parts]
    assert analysis.args[0] == [str(ROOT / "main.py")]


def test_spec_imports_what_is_only_found_at_run_time(spec) -> None:
    (analysis,) = spec["Analysis"]
    hidden = set(analysis.hiddenimports)
    commands = {
        f"accreditation.cli.commands.{p.stem}"
        for p in (ROOT / "accreditation" / "cli" / "commands").glob("*.py")
    }
    assert "accreditation.cli.commands.checkin" in commands  # the folder the CLI finds its commands in
    assert commands - {"accreditation.cli.commands.__init__"} <= hidden | {"accreditation.cli.commands"}
    assert {"ui.main_window", "alembic.op", "alembic.context", "PySide6.QtPrintSupport"} <= hidden


def test_spec_makes_a_windowed_program_and_a_console_one_in_one_folder(spec) -> None:
    executables = {exe.name: exe for exe in spec["EXE"]}
    assert executables["accreditation"].console is False
    assert executables["accreditation-cli"].console is True
    assert all(exe.exclude_binaries for exe in executables.values())  # one folder, not one file
    (collect,) = spec["COLLECT"]
    assert collect.name == "accreditation"
    assert all(any(exe is arg for arg in collect.args) for exe in executables.values())


def test_resource_root_is_the_source_tree_when_not_frozen() -> None:
    from accreditation import paths
    from accreditation.store import database

    assert paths.resource_root() == ROOT
    assert paths.assets_dir() == ROOT / "assets"
    assert database.MIGRATIONS_DIR == ROOT / "migrations"


@pytest.mark.gui
def test_translations_are_found_under_the_resource_root() -> None:
    from accreditation.paths import resource_root
    from ui.app import TRANSLATIONS_DIR

    assert TRANSLATIONS_DIR == resource_root() / "ui" / "translations"


def test_resource_root_is_the_bundle_folder_when_frozen(monkeypatch, tmp_path: Path) -> None:
    from accreditation.paths import resource_root

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resource_root() == tmp_path / "_internal"

    monkeypatch.delattr(sys, "_MEIPASS")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "accreditation"))
    assert resource_root() == tmp_path


def test_info_reads_a_database_without_creating_or_upgrading_it(tmp_path: Path, isolated_data_dir) -> None:
    from accreditation import __version__
    from accreditation.installation import installation_info_for
    from accreditation.store.database import head_revision, open_database

    target = tmp_path / "new.sqlite"
    before = installation_info_for(target)
    assert not target.exists()
    assert before.database_revision is None and before.schema_head == head_revision()
    assert before.version == __version__ and not before.installed
    assert Path(before.data_folder) == isolated_data_dir
    assert Path(before.log_file).parent.parent == isolated_data_dir
    assert "none yet" in before.schema_state

    open_database(target).close()
    after = installation_info_for(target)
    assert after.database == str(target.resolve())
    assert after.database_revision == head_revision()
    assert after.schema_state == f"{head_revision()} (current)"


def test_info_command_prints_version_schema_and_log_file(tmp_path: Path, capsys) -> None:
    from accreditation import __version__
    from accreditation.cli.main import run
    from accreditation.store.database import head_revision

    target = tmp_path / "desk.sqlite"
    assert run(["--db", str(target), "init"]) == 0
    capsys.readouterr()
    assert run(["--db", str(target), "info", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["version"] == __version__
    assert facts["database_revision"] == facts["schema_head"] == head_revision()
    assert facts["log_file"].endswith("accreditation.log")
    assert run(["--db", str(target), "info"]) == 0
    text = capsys.readouterr().out
    assert f"Caspian Accreditation {__version__} (source tree)" in text
    assert f"database schema: {head_revision()} (current)" in text


def test_info_on_an_unreachable_server_is_one_line_without_the_password(capsys) -> None:
    from accreditation.cli.main import run

    status = run(["--db", "postgresql://desk:s3cret@127.0.0.1:1/summit", "info"])
    err = capsys.readouterr().err
    assert status != 0
    assert err.startswith("error: Cannot read the database postgresql://desk:***@127.0.0.1:1/summit")
    assert "s3cret" not in err


@pytest.mark.gui
def test_about_box_shows_version_schema_database_and_log_file(
    qtbot, event_db, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from accreditation import __version__
    from accreditation.paths import log_file
    from accreditation.store.database import head_revision
    from ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _parent, _title, text: shown.append(text)))
    window = MainWindow(event_db, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(window)
    window.action_about.trigger()
    (text,) = shown
    plain = text.replace("\u2066", "").replace("\u2069", "")
    assert f"Accreditation {__version__}" in plain
    assert f"Database: {event_db.display_name}" in plain
    assert f"Log file: {log_file()}" in plain
    assert f"Database schema: {head_revision()} (this program's: {head_revision()})" in plain


@pytest.mark.gui
def test_smoke_hook_saves_a_picture_of_the_window_and_quits(
    qtbot, tmp_path: Path, monkeypatch, capsys
) -> None:
    from PySide6.QtWidgets import QLabel

    from ui import app as app_module

    label = QLabel("smoke")
    qtbot.addWidget(label)
    label.resize(320, 200)
    label.show()
    quits: list[bool] = []
    shot = tmp_path / "window.png"
    monkeypatch.setenv(app_module.SMOKE_SCREENSHOT_ENV, str(shot))
    controller = SimpleNamespace(window=label)
    app_module._close_after_smoke_delay(SimpleNamespace(quit=lambda: quits.append(True)), controller, 50)
    qtbot.waitUntil(lambda: bool(quits), timeout=5000)
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert not label.isVisible()
    assert "smoke: window shown" in capsys.readouterr().out


def test_smoke_hook_says_when_the_first_screen_of_people_is_drawn(
    qtbot, demo_db, tmp_path: Path, monkeypatch, capsys
) -> None:
    """benchmarks/bench_startup.py times the window's start by these lines."""
    from PySide6.QtCore import QSettings

    from ui import app as app_module
    from ui.main_window import MainWindow

    monkeypatch.delenv(app_module.SMOKE_SCREENSHOT_ENV, raising=False)
    window = MainWindow(demo_db, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(window)
    window.show()
    quits: list[bool] = []
    controller = SimpleNamespace(window=window)
    app_module._close_after_smoke_delay(SimpleNamespace(quit=lambda: quits.append(True)), controller, 1500)
    qtbot.waitUntil(lambda: "smoke: people shown" in capsys.readouterr().out, timeout=10_000)
    assert window.people_model.rowCount() > 0
    qtbot.waitUntil(lambda: bool(quits), timeout=10_000)  # the hook closes the window, then quits
