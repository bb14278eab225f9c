"""Smoke test of the built desk installer: the frozen program, copied elsewhere, run with a clean environment.

    .venv/bin/python packaging/smoke_test.py [dist/accreditation | dist/accreditation-*.tar.gz] [--screenshot window.png]

The bundle (the folder, or the archive build.py makes for the USB stick) is copied or unpacked to a
fresh temporary folder first, as staff install it, and every run gets an environment without the
virtual environment, PYTHONPATH or PYTHONHOME, a new empty data folder (ACCREDITATION_DATA_DIR) and
QT_QPA_PLATFORM=offscreen. Steps: --version, init, info, the PostgreSQL driver (an absent server is
refused by it), demo, badges to a PDF (pages checked), check-in of the payload read back from the PDF's
first QR code, and the window opening and closing (the ACCREDITATION_SMOKE_EXIT_MS hook of ui/app.py).
Any failure exits 1.
It prints each step's wall time; the first --version and the window's appearance are the cold-start
figures the README reports.

The payload is decoded from the printed page when pdftoppm (poppler-utils) and zxing-cpp are available
(the test suite needs both); otherwise it is computed from the bundle's event secret and the badge
number in the database with the source tree's ``make_payload`` -- the same signature the QR carries.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
TIMEOUT_S = 300
WINDOW_OPEN_MS = 4000
WINDOW_TIMEOUT_S = 120


class SmokeFailure(Exception):
    pass


@dataclass
class Step:
    name: str
    seconds: float
    stdout: str
    stderr: str
    returncode: int


@dataclass
class Smoke:
    bundle: Path
    work: Path
    env: dict[str, str]
    steps: list[Step] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return Path(self.env["ACCREDITATION_DATA_DIR"])

    def exe(self, name: str) -> Path:
        return self.bundle / f"{name}{EXE}"

    def run(
        self,
        name: str,
        program: str,
        *args: str,
        ok: tuple[int, ...] = (0,),
        extra_env: dict[str, str] | None = None,
    ) -> Step:
        command = [str(self.exe(program)), *args]
        started = time.perf_counter()
        done = subprocess.run(
            command,
            cwd=self.work,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
        )
        step = Step(name, time.perf_counter() - started, done.stdout, done.stderr, done.returncode)
        self.steps.append(step)
        print(f"  {name:<34} {step.seconds:6.2f} s  exit {done.returncode}", flush=True)
        if done.returncode not in ok:
            raise SmokeFailure(
                f"{name}: {' '.join(command[1:])} exited {done.returncode}\n"
                f"--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}"
            )
        return step


def clean_environment(data: Path, home: Path) -> dict[str, str]:
    """The caller's environment without any trace of Python or of this project's virtual environment."""
    venv = os.environ.get("VIRTUAL_ENV") or str(ROOT / ".venv")
    dropped = ("PYTHON", "VIRTUAL_ENV", "CONDA", "QT_", "ACCREDITATION_", "LD_LIBRARY_PATH", "LD_PRELOAD")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(dropped)}
    path = [
        p
        for p in env.get("PATH", "").split(os.pathsep)
        if p and not Path(p).resolve().is_relative_to(Path(venv).resolve()) and ".venv" not in Path(p).parts
    ]
    env["PATH"] = os.pathsep.join(path)
    env["ACCREDITATION_DATA_DIR"] = str(data)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if not WINDOWS:
        env["HOME"] = str(home)  # no settings or caches of the person running the test
        env.pop("XDG_CONFIG_HOME", None)
        env.pop("XDG_DATA_HOME", None)
    return env


def source_version() -> str:
    text = (ROOT / "accreditation" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not match:
        raise SmokeFailure("no __version__ in accreditation/__init__.py")
    return match.group(1)


def pdf_page_count(pdf: Path) -> int:
    """Pages of a reportlab PDF (its page objects are not in compressed object streams)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


def png_size(png: Path) -> tuple[int, int]:
    header = png.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{png} is not a PNG")
    return struct.unpack(">II", header[16:24])


def payload_from_pdf(pdf: Path, work: Path) -> str | None:
    """The first QR code on the first page, or None when pdftoppm or zxing-cpp is not available."""
    pdftoppm = shutil.which("pdftoppm")
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        return None
    if pdftoppm is None:
        return None
    prefix = work / "page"
    subprocess.run([pdftoppm, "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf), str(prefix)], check=True)
    page = next(work.glob("page*.png"))
    with Image.open(page) as image:
        codes = [c.text for c in zxingcpp.read_barcodes(image) if c.format == zxingcpp.BarcodeFormat.QRCode]
    return codes[0] if codes else None


def payload_from_database(data: Path) -> str:
    """The first printed badge's payload, signed with the event secret the frozen program made."""
    sys.path.insert(0, str(ROOT))
    from accreditation.badges.token import make_payload

    with sqlite3.connect(data / "accreditation.sqlite") as conn:
        code, event_id, number, version = conn.execute(
            "SELECT e.code, b.event_id, b.number, b.version FROM badge b JOIN event e ON e.id = b.event_id "
            "ORDER BY b.number LIMIT 1"
        ).fetchone()
    secret = (data / "secrets" / f"{code}.key").read_bytes()
    return make_payload(secret, event_id, number, version)


def event_days(smoke: Smoke) -> list[str]:
    """The bundled event's first and last day (ISO dates), read from the bundle's own event file."""
    event_file = next((smoke.bundle / "_internal" / "assets" / "events").glob("*.json"))
    event = json.loads(event_file.read_text(encoding="utf-8"))["event"]
    return [event["start_date"], event["end_date"]]


def open_and_close_window(smoke: Smoke, language: str) -> tuple[float | None, int, float, str]:
    """Start the windowed program with the smoke hook: (seconds to shown, exit status, seconds, stderr).

    A window that does not close by itself (a modal error box, a hang) is killed after WINDOW_TIMEOUT_S.
    """
    errors = smoke.work / "window-stderr.txt"
    shown: list[float] = []
    started = time.perf_counter()
    with errors.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [str(smoke.exe("accreditation")), "--lang", language],
            cwd=smoke.work,
            env={**smoke.env, "ACCREDITATION_SMOKE_EXIT_MS": str(WINDOW_OPEN_MS)},
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            errors="replace",
        )

        def read_stdout() -> None:  # Linux: the hook says when the window is up (a Windows GUI has no stdout)
            assert process.stdout is not None
            for line in process.stdout:
                if "window shown" in line and not shown:
                    shown.append(time.perf_counter() - started)

        reader = threading.Thread(target=read_stdout, daemon=True)
        reader.start()
        try:
            returncode = process.wait(timeout=WINDOW_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise SmokeFailure(
                f"the window did not close within {WINDOW_TIMEOUT_S} s (a modal error box?)\n--- log errors\n"
                + "\n".join(log_errors(smoke)[:30])
            ) from None
        reader.join(timeout=10)
    total = time.perf_counter() - started
    return (
        (shown[0] if shown else None),
        returncode,
        total,
        errors.read_text(encoding="utf-8", errors="replace"),
    )


def log_lines(smoke: Smoke) -> list[str]:
    log = smoke.data / "logs" / "accreditation.log"
    return log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []


def log_errors(smoke: Smoke) -> list[str]:
    """Errors, tracebacks and missing translations in the program's log, with their traceback lines."""
    lines = log_lines(smoke)
    bad: list[str] = []
    for i, line in enumerate(lines):
        if re.search(r" (ERROR|CRITICAL) ", line) or "no compiled translation" in line:
            bad.append(line)
            bad.extend(ln for ln in lines[i + 1 : i + 12] if not re.match(r"\d{4}-\d\d-\d\d ", ln))
    return bad


def smoke_test(source: Path, screenshot: Path | None, language: str, keep: bool) -> list[Step]:
    temp = Path(tempfile.mkdtemp(prefix="accreditation-smoke-"))
    try:
        started = time.perf_counter()
        bundle = temp / "accreditation"
        if source.is_dir():
            shutil.copytree(source, bundle, symlinks=True)
        else:  # the archive for the USB stick (packaging/build.py): its top folder is accreditation/
            shutil.unpack_archive(source, temp)
        print(f"copied {source} to {bundle} in {time.perf_counter() - started:.1f} s", flush=True)
        (temp / "home").mkdir()
        smoke = Smoke(bundle, temp, clean_environment(temp / "data", temp / "home"))
        version = source_version()

        # The first run after copying: the cold start of a command.
        step = smoke.run("--version (first run)", "accreditation-cli", "--version")
        if version not in step.stdout:
            raise SmokeFailure(f"--version printed {step.stdout!r}, expected {version}")
        if not WINDOWS:  # a windowed .exe has no stdout on Windows; on Linux it prints like the CLI
            step = smoke.run("--version (window executable)", "accreditation", "--version")
            if version not in step.stdout:
                raise SmokeFailure(f"the window executable's --version printed {step.stdout!r}")

        smoke.run("init", "accreditation-cli", "init")
        info = json.loads(smoke.run("info --json", "accreditation-cli", "info", "--json").stdout)
        if not info["installed"] or Path(info["program_files"]).resolve() != (bundle / "_internal").resolve():
            raise SmokeFailure(f"info does not describe the copied bundle: {info}")
        if info["database_revision"] != info["schema_head"]:
            raise SmokeFailure(f"the database is not at the schema head after init: {info}")
        if Path(info["data_folder"]).resolve() != smoke.data.resolve():
            raise SmokeFailure(f"data folder {info['data_folder']}, expected {smoke.data}")

        # The PostgreSQL driver is bundled: a server that is not there is the driver's refusal, not "no module".
        step = smoke.run(
            "info on an absent PostgreSQL server",
            "accreditation-cli",
            "--db",
            "postgresql+psycopg://desk@127.0.0.1:1/summit",
            "info",
            ok=(1,),
        )
        if "Cannot read the database" not in step.stderr or "No module named" in step.stderr:
            raise SmokeFailure(f"PostgreSQL driver: {step.stderr.strip()}")

        smoke.run("demo --delegates 50", "accreditation-cli", "demo", "--delegates", "50")
        pdf = temp / "badges.pdf"
        summary = json.loads(
            smoke.run(
                "badges --out badges.pdf", "accreditation-cli", "badges", "--out", str(pdf), "--json"
            ).stdout
        )
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise SmokeFailure(f"no PDF at {pdf}")
        pages = pdf_page_count(pdf)
        if pages < 1 or pages != summary["pages"] or summary["badges"] < 1:
            raise SmokeFailure(f"PDF has {pages} pages; the command said {summary}")
        print(f"  badges.pdf: {summary['badges']} badges on {pages} pages, {pdf.stat().st_size // 1024} KB")

        payload = payload_from_pdf(pdf, temp)
        source_of_payload = "decoded from the PDF's first QR code"
        if payload is None:
            payload = payload_from_database(smoke.data)
            source_of_payload = "computed from the event secret (pdftoppm or zxing-cpp not available)"
        print(f"  payload {payload}: {source_of_payload}")
        verdict: dict = {}
        for day in event_days(smoke):  # a demo person may arrive on the second day
            verdict = json.loads(
                smoke.run(
                    f"checkin PAYLOAD --json ({day})",
                    "accreditation-cli",
                    "checkin",
                    payload,
                    "--json",
                    "--desk",
                    "smoke",
                    "--at",
                    f"{day}T10:00",
                    ok=(0, 2),
                ).stdout
            )
            if verdict["verdict"] != "not_valid_today":
                break
        if verdict["verdict"] != "admitted":
            raise SmokeFailure(f"checkin verdict {verdict}")

        shot = temp / "window.png"
        smoke.env["ACCREDITATION_SMOKE_SCREENSHOT"] = str(shot)
        shown_after, returncode, total, rest_err = open_and_close_window(smoke, language)
        smoke.steps.append(Step("window shown", shown_after or float("nan"), "", rest_err, returncode))
        print(
            f"  {'window shown':<34} {shown_after or float('nan'):6.2f} s  (closed after {total:.2f} s, "
            f"exit {returncode})",
            flush=True,
        )
        if returncode != 0:
            raise SmokeFailure(
                f"the window exited {returncode}\n--- stderr\n{rest_err[-3000:]}\n"
                f"--- log errors\n" + "\n".join(log_errors(smoke)[:30])
            )
        if not shot.is_file():
            raise SmokeFailure("the window did not save its picture: it never showed")
        width, height = png_size(shot)
        if width < 640 or height < 400:
            raise SmokeFailure(f"the window's picture is {width}x{height}")
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, screenshot)
            print(f"  window picture ({width}x{height}) saved to {screenshot}")

        bad = log_errors(smoke)
        if bad:
            raise SmokeFailure("the log file has errors:\n" + "\n".join(bad[:30]))
        for line in log_lines(smoke):
            if " WARNING " in line:
                print(f"  log warning: {line[:200]}")
        return smoke.steps
    finally:
        if keep:
            print(f"kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "bundle",
        nargs="?",
        type=Path,
        default=ROOT / "dist" / "accreditation",
        help="the built folder, or its .tar.gz/.zip (default dist/accreditation)",
    )
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="keep the window's picture here")
    parser.add_argument(
        "--lang", choices=["fa", "en", "ru"], default="fa", help="window language (default fa)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder for inspection")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / f"accreditation-cli{EXE}").is_file() and not bundle.name.endswith((".tar.gz", ".zip")):
        print(f"smoke test: no built bundle at {bundle} (run packaging/build.py)", file=sys.stderr)
        return 1
    try:
        steps = smoke_test(bundle, args.screenshot, args.lang, args.keep)
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    first = steps[0].seconds
    window = next(s.seconds for s in steps if s.name == "window shown")
    print(f"smoke test passed: cold start {first:.2f} s to --version, {window:.2f} s to the window shown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
