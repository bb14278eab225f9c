"""Build the desk installer folder on this machine: dist/accreditation/ (Windows build on Windows, Linux on Linux).

    python3 packaging/build.py          Linux (any Python 3.11+; the build itself runs in .venv)
    py -3.11 packaging\\build.py         Windows

Steps: make .venv if there is none and install the program with its ``build`` extra (PyInstaller) when
PySide6 or PyInstaller is missing from it; compile the translations (pyside6-lrelease); run PyInstaller on
packaging/accreditation.spec; print the folder's size; pack it into one archive for the USB stick. PyInstaller cannot cross-compile: a Windows bundle is
built on Windows. Build Linux bundles on the oldest distribution the desks run (glibc is not bundled).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "accreditation.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "accreditation"
WINDOWS = sys.platform == "win32"


def venv_tool(name: str) -> Path:
    folder = ROOT / ".venv" / ("Scripts" if WINDOWS else "bin")
    return folder / (f"{name}.exe" if WINDOWS else name)


def run(*command: str | Path) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], cwd=ROOT, check=True)


def ensure_venv() -> Path:
    """The .venv's Python, with the program's dependencies and PyInstaller installed."""
    python = venv_tool("python")
    if not python.exists():
        run(sys.executable, "-m", "venv", ROOT / ".venv")
    probe = subprocess.run([str(python), "-c", "import PyInstaller, PySide6"], cwd=ROOT, capture_output=True)
    if probe.returncode != 0:
        run(python, "-m", "pip", "install", "-q", "--upgrade", "pip")
        run(python, "-m", "pip", "install", "-q", "-e", ".[build]")
    if WINDOWS and subprocess.run([str(python), "-c", "import tzdata"], capture_output=True).returncode != 0:
        # Windows has no time-zone database for zoneinfo; without it check-in days fall back to UTC.
        run(python, "-m", "pip", "install", "-q", "tzdata")
    return python


def compile_translations() -> None:
    sources = sorted((ROOT / "ui" / "translations").glob("*.ts"))
    run(venv_tool("pyside6-lrelease"), "-silent", *sources)


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under ``folder``."""
    total = count = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
                count += 1
    return total, count


def archive(bundle: Path) -> Path:
    """The folder as one file for the USB stick: .tar.gz on Linux (a FAT or exFAT stick would lose the
    executable bits and the library symlinks of a copied folder), .zip on Windows."""
    text = (ROOT / "accreditation" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)  # type: ignore[union-attr]
    system = "windows" if WINDOWS else sys.platform
    base = bundle.parent / f"accreditation-{version}-{system}-{platform.machine().lower()}"
    made = shutil.make_archive(str(base), "zip" if WINDOWS else "gztar", bundle.parent, bundle.name)
    return Path(made)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--keep-work", action="store_true", help="reuse PyInstaller's work folder (faster rebuild)"
    )
    parser.add_argument(
        "--no-archive", action="store_true", help="do not pack the folder into a .tar.gz/.zip"
    )
    args = parser.parse_args(argv)

    python = ensure_venv()
    compile_translations()
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    started = time.monotonic()
    command: list[str | Path] = [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if not args.keep_work:
        command.append("--clean")
    run(*command, "--distpath", DIST, "--workpath", WORK, SPEC)
    size, files = folder_size(BUNDLE)
    built_in = time.monotonic() - started
    packed = ""
    if not args.no_archive:
        made = archive(BUNDLE)
        packed = f"  for the USB stick:  {made} ({made.stat().st_size / 1_000_000:.0f} MB)\n"
    suffix = ".exe" if WINDOWS else ""
    print(
        f"\nBuilt {BUNDLE} in {built_in:.0f} s: {size / 1_000_000:.0f} MB in {files} files.\n{packed}"
        f"  the window:         {BUNDLE / ('accreditation' + suffix)}\n"
        f"  commands (console): {BUNDLE / ('accreditation-cli' + suffix)} --help\n"
        f"  smoke test:         {python} packaging/smoke_test.py {BUNDLE}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
