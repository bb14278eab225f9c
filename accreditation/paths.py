"""Where the application keeps its files: the user's data folder, never the repository."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CaspianAccreditation"
APP_AUTHOR = "CaspianAccreditation"

#: Set to a folder to relocate everything (tests, portable installs).
DATA_DIR_ENV = "ACCREDITATION_DATA_DIR"


def resource_root() -> Path:
    """The folder holding ``assets/``, ``migrations/`` and ``ui/translations/``.

    From the source tree it is the repository; in a PyInstaller bundle it is the folder the bundle
    unpacked its data to (``sys._MEIPASS``: the ``_internal`` folder beside the executable). One
    function, so the source tree and the desk installer resolve every read-only file the same way.
    """
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    return Path(__file__).resolve().parent.parent


ASSETS_DIR = resource_root() / "assets"


def data_dir() -> Path:
    """The folder for databases, secrets and logs, created on first use."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "accreditation.sqlite"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return log_dir() / "accreditation.log"


def assets_dir() -> Path:
    return ASSETS_DIR


def program_name() -> str:
    """How the person started us: ``main.py`` from the source tree, the executable's name when installed."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).stem
    return "main.py"
