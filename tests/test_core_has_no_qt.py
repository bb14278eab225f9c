"""The core never imports Qt: importing every core module with PySide6 blocked must work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROGRAM = r"""
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "ui"):
            raise ImportError(f"the core imported {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import accreditation
for module in pkgutil.walk_packages(accreditation.__path__, "accreditation."):
    importlib.import_module(module.name)
print("ok")
"""


def test_every_core_module_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_core_cli_runs_without_qt(tmp_path: Path) -> None:
    program = PROGRAM.replace('print("ok")', "") + (
        f"\nfrom accreditation.cli.main import run\nsys.exit(run(['--db', {str(tmp_path / 'x.sqlite')!r}, 'init']))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
