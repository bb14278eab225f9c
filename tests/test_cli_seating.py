"""The seating and cards commands as a desk script runs them, and their PDFs read back."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import run_main

needs_tools = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("tesseract") and shutil.which("pdfinfo")),
    reason="needs poppler-utils and tesseract-ocr",
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seating")
    db = folder / "summit.sqlite"
    env = {"ACCREDITATION_DATA_DIR": str(folder / "data")}
    for args in (("init",), ("demo", "--delegates", "300")):
        result = run_main("--db", str(db), *args, env=env)
        assert result.returncode == 0, result.stderr
    return db


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True).stdout
    return re.findall(r"Page\s+\d+ size:\s+([\d.]+ x [\d.]+)", info)


def _ocr(image: Image.Image, path: Path) -> str:
    image.save(path)
    result = subprocess.run(["tesseract", str(path), "-", "-l", "fas"], capture_output=True, text=True)
    return " ".join(result.stdout.split())


def test_seating_plenary_arranged_to_pdf_and_json(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    env = {"ACCREDITATION_DATA_DIR": str(tmp_path / "data")}
    result = run_main("--db", str(demo_file), "seating", "--session", "plenary", "--arrange", "--out", str(out),
                      env=env)
    assert result.returncode == 0, result.stderr
    assert "plenary in plenary-hall" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
    result = run_main("--db", str(demo_file), "seating", "--session", "plenary", "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    seats = data["assignments"]
    host = next(a for a in seats if a["role"] == "host")
    assert host["name_latin"] == "Hadi Haghshenas" and host["position"] == 0
    assert host["name_fa"] == "هادی حق‌شناس"
    heads = [a for a in seats if a["row"] == 0 and a["delegate_id"] and a["role"] in ("head", "host")]
    assert len(heads) == 14 and len({a["delegate_id"] for a in heads}) == 14
    ids = [a["delegate_id"] for a in seats if a["delegate_id"]]
    assert len(ids) == len(set(ids))
    labels = [a["seat"] for a in seats]
    assert len(labels) == len(set(labels))
    ordered = sorted((a for a in heads if a["role"] == "head"), key=lambda a: int(a["rule"].split()[1]))
    assert [a["position"] for a in ordered[:4]] == [1, -1, 2, -2]
    assert all(a["rule"] for a in seats)
    assert data["conflicts"] == []


def test_unknown_session_is_one_clear_line(demo_file: Path, tmp_path: Path) -> None:
    result = run_main("--db", str(demo_file), "seating", "--session", "gala", "--out", str(tmp_path / "x.pdf"),
                      env={"ACCREDITATION_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode != 0
    assert "No session with code 'gala'" in result.stderr


@needs_tools
def test_region_cards_read_back_and_back_face_is_upside_down(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    result = run_main("--db", str(demo_file), "cards", "--regions", "--out", str(out),
                      env={"ACCREDITATION_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    sizes = _pages(out)
    assert len(sizes) == 14
    assert set(sizes) == {"841.89 x 595.276"}  # A4, landscape, exactly
    # Gilan (host, page 1) and Baku (page 9): Persian read back from the front face, and from the back
    # face only once it is turned the right way up.
    for page, expected in ((1, "گیلان"), (9, "باکو")):
        prefix = tmp_path / f"p{page}"
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page), str(out), str(prefix)],
                       check=True)
        png = next(tmp_path.glob(f"p{page}*.png"))
        image = Image.open(png).convert("L")
        w, h = image.size
        front = image.crop((0, h // 2, w, h))
        back = image.crop((0, 0, w, h // 2))
        front_text = _ocr(front, tmp_path / f"front{page}.png")
        assert expected in front_text, front_text
        turned = _ocr(back.rotate(180), tmp_path / f"turned{page}.png")
        assert expected in turned, turned
        as_printed = _ocr(back, tmp_path / f"back{page}.png")
        assert expected not in as_printed
        # The two halves are the same drawing turned by 180 degrees.
        a = front.resize((w // 8, h // 16))
        b = back.rotate(180).resize((w // 8, h // 16))
        diff = sum(abs(x - y) for x, y in zip(a.tobytes(), b.tobytes(), strict=True)) / (a.width * a.height)
        assert diff < 8, diff


@needs_tools
def test_session_name_cards_one_per_seated_person(demo_file: Path, tmp_path: Path) -> None:
    env = {"ACCREDITATION_DATA_DIR": str(tmp_path / "data")}
    assert run_main("--db", str(demo_file), "seating", "--session", "environment", "--arrange", env=env).returncode == 0
    out = tmp_path / "env-cards.pdf"
    result = run_main("--db", str(demo_file), "cards", "--session", "environment", "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(run_main("--db", str(demo_file), "seating", "--session", "environment", "--json",
                               env=env).stdout)
    assert len(_pages(out)) == len(data["assignments"])
    # The first card is the host's: his Persian name reads back from the front face.
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "c")], check=True)
    image = Image.open(next(tmp_path.glob("c*.png"))).convert("L")
    w, h = image.size
    text = _ocr(image.crop((0, h // 2, w, h)), tmp_path / "host.png")
    assert "حق" in text and "هادی" in text, text


def test_rooms_add_export_edit_import(demo_file: Path, tmp_path: Path) -> None:
    env = {"ACCREDITATION_DATA_DIR": str(tmp_path / "data")}
    db = tmp_path / "rooms.sqlite"
    shutil.copy(demo_file, db)
    result = run_main("--db", str(db), "rooms", "add", "--code", "bilateral", "--shape", "round", "--seats", "8",
                      "--option", "back_chairs=false", env=env)
    assert result.returncode == 0, result.stderr
    exported = tmp_path / "bilateral.json"
    assert run_main("--db", str(db), "rooms", "export", "bilateral", "--out", str(exported), env=env).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["seats"] = [s for s in data["seats"] if s["label"] != "5"]  # a chair taken away by hand
    exported.write_text(json.dumps(data), encoding="utf-8")
    assert run_main("--db", str(db), "rooms", "import", str(exported), env=env).returncode == 0
    rooms = json.loads(run_main("--db", str(db), "rooms", "list", "--json", env=env).stdout)
    bilateral = next(r for r in rooms if r["code"] == "bilateral")
    assert bilateral["seats"] == 7 and bilateral["shape"] == "round"
    assert {"plenary-hall", "panel-economy", "panel-transit", "panel-environment"} <= {r["code"] for r in rooms}
