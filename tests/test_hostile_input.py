"""Hostile and broken input, property-based: never a crash at the desk, always a sentence, nothing changed.

Each property feeds one entry point what a region, a scanner or a person could send it by accident or on
purpose (any bytes, any encoding, formula-like cells, control characters, bidi marks, huge cells,
damaged pictures, decompression bombs) and checks the contract: a result or a ``UserError`` with a
readable one-line message, and the database exactly as before when the input is refused.
"""

from __future__ import annotations

import io
import sqlite3
import struct
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from accreditation.errors import UserError
from accreditation.intake import CANONICAL_HEADERS, ImportOptions, import_file

FIXTURE_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture
def event_db(db_path: Path):
    """The bundled event on SQLite (compared by dump below), whichever databases the suite runs on."""
    from accreditation.event.loader import load_event
    from accreditation.store.database import open_database

    db = open_database(db_path)
    with db.transaction() as session:
        load_event(session)
    yield db
    db.close()


@pytest.fixture
def demo_db(event_db):
    from accreditation.demo.generate import generate_demo

    with event_db.transaction() as session:
        generate_demo(session, delegates=300, seed=7)
    return event_db


def _huge(alphabet: str, low: int, high: int) -> st.SearchStrategy[str]:
    """Long text built by repetition: cheap to generate, unlike ``st.text(min_size=10_000)``."""
    return st.builds(
        lambda unit, n: (unit * (n // len(unit) + 1))[:n],
        st.text(alphabet=alphabet, min_size=1, max_size=6),
        st.integers(low, high),
    )


def _dump(db_file: Path) -> list[str]:
    connection = sqlite3.connect(db_file)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _assert_clear_message(exc: UserError) -> None:
    message = exc.message
    assert message.strip(), "an empty error message"
    assert "Traceback" not in message
    assert len(message) < 2000, f"a message too long to read at the desk: {message[:200]}…"


# --- the importer -------------------------------------------------------------------------------------------

#: What a hostile or careless cell holds: formulas, control characters, bidi overrides, NULs, huge text.
NASTY_CELLS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "=HYPERLINK(\"http://evil\",\"x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\u202eevil\u202c",
            "\u200f\u200e\u2066x\u2069",
            "\x00\x01\x1b[31m",
            "\ufeff",
            "\r\n",
            '"',
            "K12345678",
            "1404/08/26",
            "۱۴۰۴/۰۸/۲۶",
            "gilan",
            "delegate",
        ]
    ),
    _huge("aZж ش\u200c\u202e=\x00", 5000, 12000),
)


def _csv_text(headers: list[str], rows: list[list[str]], separator: str) -> str:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue()


def _try_import(db, db_path: Path, path: Path, **kwargs) -> None:
    before = _dump(db_path)
    try:
        import_file(db, path, operator="hypothesis", options=ImportOptions(region_code="gilan"), **kwargs)
    except UserError as exc:
        _assert_clear_message(exc)
        assert _dump(db_path) == before, "a refused import changed the database"


@FIXTURE_SETTINGS
@given(data=st.binary(max_size=3000))
def test_import_of_arbitrary_bytes_never_crashes(event_db, db_path: Path, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    _try_import(event_db, db_path, path)


@FIXTURE_SETTINGS
@given(
    headers=st.lists(st.one_of(st.sampled_from(CANONICAL_HEADERS), st.text(max_size=20)), min_size=1, max_size=12),
    rows=st.lists(st.lists(NASTY_CELLS, max_size=12), max_size=6),
    separator=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "cp1256", "latin-1"]),
)
def test_import_of_arbitrary_csv_text_never_crashes(
    event_db, db_path: Path, tmp_path: Path, headers, rows, separator, encoding
) -> None:
    text = _csv_text(headers, rows, separator)
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _try_import(event_db, db_path, path)


@FIXTURE_SETTINGS
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "given_name": NASTY_CELLS,
                "family_name": NASTY_CELLS,
                "name_fa": NASTY_CELLS,
                "title": NASTY_CELLS,
                "passport_no": NASTY_CELLS,
                "email": NASTY_CELLS,
                "arrival": NASTY_CELLS,
                "category": NASTY_CELLS,
                "notes": NASTY_CELLS,
            }
        ),
        min_size=1,
        max_size=5,
    ),
    skip_invalid=st.booleans(),
)
def test_import_of_recognised_columns_with_hostile_cells_never_crashes(
    event_db, db_path: Path, tmp_path: Path, rows, skip_invalid: bool
) -> None:
    headers = list(rows[0])
    text = _csv_text(headers, [[r[h] for h in headers] for r in rows], ",")
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    _try_import(event_db, db_path, path, skip_invalid=skip_invalid)


def _real_xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["given_name", "family_name", "region", "arrival"])
    sheet.append(["Ali", "Karimi", "gilan", "2025-11-17"])
    sheet.append(["Olga", "Petrova", "astrakhan", None])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


REAL_XLSX = _real_xlsx()


@FIXTURE_SETTINGS
@given(
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(min_value=0.0, max_value=1.0), st.integers(0, 255)), max_size=6),
)
def test_import_of_a_damaged_workbook_never_crashes(event_db, db_path: Path, tmp_path: Path, cut, flips) -> None:
    data = bytearray(REAL_XLSX)
    for where, byte in flips:
        data[min(int(where * len(data)), len(data) - 1)] = byte
    path = tmp_path / "list.xlsx"
    path.write_bytes(bytes(data[: max(5, int(cut * len(data)))]) if cut < 0.98 else bytes(data))
    _try_import(event_db, db_path, path, dry_run=True)


def test_a_cell_over_the_csv_modules_field_limit_is_a_row_problem_not_a_crash(
    event_db, db_path: Path, tmp_path: Path
) -> None:
    """Python's csv refuses fields over 128 KiB with ``_csv.Error``; a desk gets a sentence instead."""
    path = tmp_path / "list.csv"
    path.write_text(f"given_name,family_name,region\nAli,{'x' * 200_000},gilan\n", encoding="utf-8")
    _try_import(event_db, db_path, path)


# --- the editor's validation and a 10,000-character name everywhere ------------------------------------------

LONG_NAME = "Muhammad" * 1250  # 10,000 characters


def test_a_10000_character_name_is_refused_by_the_editor_with_a_clear_message() -> None:
    from accreditation.people.fields import validate_delegate_fields

    problems = validate_delegate_fields({"given_name": LONG_NAME, "family_name": "Rezaei"})
    assert [p.column for p in problems] == ["given_name"]
    message = problems[0].message
    assert "200" in message and "10,000" in message
    assert len(message) < 200  # the name itself is not echoed


def test_a_10000_character_name_in_an_import_is_a_row_problem(event_db, db_path: Path, tmp_path: Path) -> None:
    from accreditation.intake import ImportRejected

    path = tmp_path / "list.csv"
    path.write_text(f"given_name,family_name,region\n{LONG_NAME},Rezaei,gilan\nAli,Karimi,gilan\n", encoding="utf-8")
    before = _dump(db_path)
    with pytest.raises(ImportRejected) as caught:
        import_file(event_db, path, operator="t")
    problems = caught.value.result.problems
    assert [(p.row, p.column) for p in problems] == [(1, "given_name")]
    assert "200" in problems[0].message
    assert _dump(db_path) == before


def test_a_10000_character_query_and_name_search_safely(demo_db) -> None:
    from accreditation.search.engine import search, search_dicts

    with demo_db.sessions() as session:
        start = time.monotonic()
        assert search(session, LONG_NAME) == []
        assert search_dicts(session, "x" * 10_000) == []
        assert time.monotonic() - start < 5


def test_a_badge_with_the_longest_allowed_name_prints(demo_db, tmp_path: Path) -> None:
    """The editor refuses over 200 characters; the longest name it accepts still prints (text shrinks)."""
    from accreditation.badges.pdf import render_badges
    from accreditation.badges.print_run import prepare_badges
    from accreditation.badges.templates import load_template
    from accreditation.badges.token import ensure_event_secret
    from accreditation.event.loader import current_event
    from accreditation.store.models import Delegate

    with demo_db.transaction() as session:
        event = current_event(session)
        person = session.scalars(select(Delegate).order_by(Delegate.id).limit(1)).one()
        person.given_name = ("Abdolrahman " * 17)[:200]
        person.family_name = ("Mohammadzadeh-" * 15)[:200]
        person.title_en = ("Adviser " * 40)[:300]
        prepared = prepare_badges(session, [person], ensure_event_secret(event.code), "t")
        result = render_badges(prepared.views, load_template("a6"), tmp_path / "long.pdf")
    assert result.badges == 1
    assert (tmp_path / "long.pdf").read_bytes().startswith(b"%PDF")


# --- the scan decoder and check-in --------------------------------------------------------------------------

SCAN_TEXT = st.one_of(
    st.text(max_size=200),
    st.from_regex(r"C1\.[0-9A-Za-z_\-\.]{0,80}", fullmatch=True),
    st.text(alphabet="йцукенгшщзхъфывапролджэячсмитьбюضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپو.1234567890", max_size=120),
    _huge("C1.ab\x00\u202e\u0634ж", 2000, 20000),
)


@settings(max_examples=200, deadline=None)
@given(text=SCAN_TEXT)
def test_decode_scanned_never_raises(text: str) -> None:
    from accreditation.scanner_input import decode_scanned

    assert isinstance(decode_scanned(text), str)


@FIXTURE_SETTINGS
@given(text=SCAN_TEXT)
def test_every_scan_of_any_text_is_a_verdict_and_is_recorded(event_db, text: str) -> None:
    from accreditation.badges.token import ensure_event_secret
    from accreditation.checkin.desk import scan
    from accreditation.event.loader import current_event
    from accreditation.store.models import Scan, Verdict

    with event_db.sessions() as session:
        code = current_event(session).code
        before = session.scalar(select(func.count(Scan.id)))
    outcome = scan(event_db, text, desk="Desk 1", operator="hypothesis", secret=ensure_event_secret(code))
    assert isinstance(outcome.verdict, Verdict)
    assert outcome.verdict != Verdict.ADMITTED
    with event_db.sessions() as session:
        assert session.scalar(select(func.count(Scan.id))) == before + 1
        assert session.get(Scan, outcome.scan_id).verdict == outcome.verdict


# --- search -----------------------------------------------------------------------------------------------------

QUERY = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.sampled_from('"*():^-+~%_\\\'[]{}!?&|<>=;NEAROR AND\x00\u200c\u202e\u064b'), max_size=60),
    _huge('a"*()ж ش\u200c\x00%_', 1000, 12000),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=QUERY, limit=st.integers(min_value=-1, max_value=50))
def test_search_any_query_returns_a_list_quickly(demo_db, query: str, limit: int) -> None:
    from accreditation.search.engine import search, search_dicts

    with demo_db.sessions() as session:
        start = time.monotonic()
        hits = search(session, query, limit=limit)
        assert isinstance(hits, list)
        assert isinstance(search_dicts(session, query, limit=limit), list)
        assert time.monotonic() - start < 3, f"{len(query)} characters took too long"


# --- photos -------------------------------------------------------------------------------------------------------


def _real_images() -> dict[str, bytes]:
    from PIL import Image

    picture = Image.new("RGB", (120, 160), (200, 150, 100))
    for x in range(0, 120, 7):
        picture.putpixel((x, x % 160), (0, 0, 0))
    found = {}
    for fmt in ("JPEG", "PNG", "WEBP", "BMP", "TIFF", "GIF"):
        out = io.BytesIO()
        picture.save(out, fmt)
        found[fmt] = out.getvalue()
    return found


REAL_IMAGES = _real_images()


def _check_photo(data: bytes) -> None:
    from accreditation.people.photos import PhotoError, PhotoResult, load_photo

    try:
        result = load_photo(data)
    except PhotoError as exc:
        _assert_clear_message(exc)
        return
    assert isinstance(result, PhotoResult)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=4000))
def test_load_photo_of_arbitrary_bytes(data: bytes) -> None:
    _check_photo(data)


@settings(max_examples=250, deadline=None)
@given(
    fmt=st.sampled_from(sorted(REAL_IMAGES)),
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(min_value=0.0, max_value=1.0), st.integers(0, 255)), max_size=8),
)
def test_load_photo_of_mutated_real_images(fmt: str, cut: float, flips) -> None:
    data = bytearray(REAL_IMAGES[fmt])
    for where, byte in flips:
        data[min(int(where * len(data)), len(data) - 1)] = byte
    _check_photo(bytes(data[: max(1, int(cut * len(data)))]))


def _png_declaring(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\x00" * 3 * min(width, 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@settings(max_examples=60, deadline=None)
@given(width=st.integers(1, 2**31 - 1), height=st.integers(1, 2**31 - 1))
def test_load_photo_of_a_png_declaring_any_dimensions(width: int, height: int) -> None:
    """Decompression bombs: a tiny file declaring a huge picture is refused before it is decoded."""
    _check_photo(_png_declaring(width, height))


@settings(max_examples=25, deadline=None)
@given(width=st.integers(0, 65535), height=st.integers(0, 65535), fmt=st.sampled_from(["JPEG", "GIF", "BMP"]))
def test_load_photo_of_real_images_with_patched_dimensions(width: int, height: int, fmt: str) -> None:
    data = bytearray(REAL_IMAGES[fmt])
    if fmt == "JPEG":
        at = data.find(b"\xff\xc0")
        if at > 0:
            data[at + 5 : at + 9] = struct.pack(">HH", height, width)
    elif fmt == "GIF":
        data[6:10] = struct.pack("<HH", width, height)
    else:
        data[18:26] = struct.pack("<ii", width, height)
    _check_photo(bytes(data))


# --- oversized files ----------------------------------------------------------------------------------------


def test_a_list_over_the_size_limit_is_refused_before_it_is_read(
    event_db, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accreditation.intake import reading

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    path = tmp_path / "list.csv"
    path.write_bytes(b"given_name,family_name\n" + b"Ali,Karimi\n" * 300_000)  # 3.3 MB
    before = _dump(db_path)
    with pytest.raises(UserError) as caught:
        import_file(event_db, path, operator="t")
    assert "list.csv is 3 MB" in caught.value.message
    assert "over 2 MB are not accepted" in caught.value.message
    assert _dump(db_path) == before


def test_a_workbook_unpacking_past_the_limit_is_refused(
    event_db, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accreditation.intake import reading

    monkeypatch.setattr(reading, "MAX_XLSX_UNPACKED_BYTES", 1024)
    path = tmp_path / "list.xlsx"
    path.write_bytes(REAL_XLSX)
    with pytest.raises(UserError) as caught:
        import_file(event_db, path, operator="t")
    assert "unpacks to" in caught.value.message and "not accepted" in caught.value.message


def _run_measured(args: list[str], tmp_path: Path, timeout: float) -> tuple[int, str, float, float]:
    """Run ``main.py ARGS``: exit code, output and errors, peak RSS (MB) of that child alone, seconds."""
    import os
    import signal
    import subprocess
    import sys
    import threading

    from tests.conftest import ROOT

    log = tmp_path / "output.txt"
    start = time.monotonic()
    with open(log, "w") as handle:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), *args],
            cwd=ROOT,
            env=dict(os.environ),
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    timer = threading.Timer(timeout, lambda: os.kill(proc.pid, signal.SIGKILL))
    timer.start()
    # The kernel's ru_maxrss of a child counts the forking pytest process's memory from before exec (over
    # 1 GB late in a full run); VmHWM of /proc/PID/status is the high-water mark of the program itself.
    peak_kb = [0]
    stop = threading.Event()

    def watch() -> None:
        status_file = Path(f"/proc/{proc.pid}/status")
        while not stop.is_set():
            try:
                for line in status_file.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak_kb[0] = max(peak_kb[0], int(line.split()[1]))
            except (OSError, ValueError):
                pass
            stop.wait(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        _pid, status, _usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
        stop.set()
        watcher.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    return proc.returncode, log.read_text(), peak_kb[0] / 1024, seconds


def _stream_list(path: Path, target_bytes: int) -> int:
    """Write a plausible delegation list of about ``target_bytes``, a block at a time; its row count."""
    regions = ["gilan", "mazandaran", "astrakhan", "baku", "atyrau", "balkan"]
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("given_name,family_name,name_fa,region,category,passport_no,email,notes\n")
        while handle.tell() < target_bytes:
            block = []
            for _ in range(5000):
                block.append(
                    f"Given{rows},Family{rows},نام {rows} شیرازی,{regions[rows % 6]},delegate,"
                    f"K{rows:08d},person{rows}@example.org,{'x' * 60}\n"
                )
                rows += 1
            handle.write("".join(block))
    return rows


@pytest.mark.slow
def test_a_200_mb_list_is_refused_quickly_in_bounded_memory(event_db, db_path: Path, tmp_path: Path) -> None:
    event_db.close()
    big = tmp_path / "huge.csv"
    _stream_list(big, 200 * 1024 * 1024)
    before = _dump(db_path)
    code, output, peak_mb, seconds = _run_measured(
        ["--db", str(db_path), "import", str(big), "--dry-run"], tmp_path, timeout=120
    )
    print(f"200 MB list: exit {code}, peak RSS {peak_mb:.0f} MB, {seconds:.1f} s: {output.strip()}")
    assert code == 1, output
    assert "huge.csv is 200 MB; delegation lists over 10 MB are not accepted" in output
    assert "Traceback" not in output
    assert peak_mb < 500
    assert seconds < 60
    assert _dump(db_path) == before


@pytest.mark.slow
def test_a_list_just_under_the_limit_is_checked_in_bounded_memory(event_db, db_path: Path, tmp_path: Path) -> None:
    """The largest accepted file (~10 MB, 2.5 times a whole summit) still fits the desk PC."""
    event_db.close()
    big = tmp_path / "large.csv"
    rows = _stream_list(big, 9 * 1024 * 1024 + 512 * 1024)
    code, output, peak_mb, seconds = _run_measured(
        ["--db", str(db_path), "import", str(big), "--dry-run", "--json"], tmp_path, timeout=600
    )
    print(f"{big.stat().st_size / 1e6:.0f} MB list, {rows} rows: exit {code}, peak RSS {peak_mb:.0f} MB, {seconds:.1f} s")
    assert "Traceback" not in output
    assert f'"accepted": {rows}' in output, output[-2000:]
    assert peak_mb < 500
    assert seconds < 120


def test_an_organization_name_past_its_column_is_a_row_problem(event_db, db_path: Path, tmp_path: Path) -> None:
    from accreditation.intake import ImportRejected

    path = tmp_path / "list.csv"
    path.write_text(f"given_name,family_name,region,organization\nAli,Karimi,gilan,{'Ministry ' * 500}\n", encoding="utf-8")
    before = _dump(db_path)
    with pytest.raises(ImportRejected) as caught:
        import_file(event_db, path, operator="t")
    [problem] = caught.value.result.problems
    assert problem.column == "organization" and "at most 300 fit" in problem.message
    assert _dump(db_path) == before


def test_a_10000_character_name_already_stored_still_prints_or_is_refused_clearly(demo_db, tmp_path: Path) -> None:
    """SQLite databases from before the length check may hold one: the print run must not crash on it."""
    from accreditation.badges.pdf import render_badges
    from accreditation.badges.print_run import prepare_badges
    from accreditation.badges.templates import load_template
    from accreditation.badges.token import ensure_event_secret
    from accreditation.event.loader import current_event
    from accreditation.store.models import Delegate

    with demo_db.transaction() as session:
        event = current_event(session)
        person = session.scalars(select(Delegate).order_by(Delegate.id).limit(1)).one()
        person.given_name = LONG_NAME
        person.name_fa = "محمد" * 2500
        try:
            prepared = prepare_badges(session, [person], ensure_event_secret(event.code), "t")
            start = time.monotonic()
            result = render_badges(prepared.views, load_template("a6"), tmp_path / "huge.pdf")
        except UserError as exc:
            _assert_clear_message(exc)
            return
    assert result.badges == 1
    assert time.monotonic() - start < 30


@pytest.mark.parametrize("name", ["a\x00b.jpg", "\x00" * 5000, "x" * 5000 + ".jpg"])
def test_load_photo_of_an_impossible_file_name_is_a_photo_error(tmp_path: Path, name: str) -> None:
    """Found by the import property: a photo cell holding a NUL made ``Path.stat`` raise ValueError."""
    from accreditation.people.photos import PhotoError, load_photo

    with pytest.raises(PhotoError) as caught:
        load_photo(tmp_path / name)
    assert "cannot be opened" in caught.value.message
    assert len(caught.value.message) < 200
