"""Benchmark: 1,000 badges with photos, QR codes and Persian names rendered to one PDF.

Targets on the 2-core desk PC: rendering in at most 5 s, peak memory at most 300 MB. The work runs in
a child process so its peak resident memory (``ru_maxrss``) is its own, not the runner's. Badges are
issued inside a transaction that is rolled back, so the benchmark leaves the database as it found it.

``bench(db)`` is called by the team's runner with the large demo database; run alone with
``python benchmarks/bench_badges.py`` (builds a 1,000-person demo database in a temporary folder).
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BADGES = 1_000
TARGETS = {"render_s": 5.0, "peak_rss_mb": 300.0}


def _distinct(jpeg: bytes, seed: int) -> bytes:
    """The same picture with a few pixels changed, so it is a different file."""
    from PIL import Image

    image = Image.open(io.BytesIO(jpeg)).convert("RGB")
    rng = random.Random(seed)
    for _ in range(40):
        image.putpixel((rng.randrange(image.width), rng.randrange(image.height)), (rng.randrange(256),) * 3)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _child(url: str, count: int, template: str, out: Path) -> dict[str, float]:
    import resource

    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from accreditation.badges.issuing import badge_view, ensure_badges
    from accreditation.badges.pdf import render_badges
    from accreditation.badges.token import make_payload
    from accreditation.demo.generate import synthetic_photo
    from accreditation.event.loader import current_event
    from accreditation.store.database import open_database
    from accreditation.store.models import (
        Category,
        Delegate,
        DelegatePhoto,
        DelegateStatus,
        Delegation,
        Region,
    )

    secret = os.urandom(32)  # never the event's real key: nothing signed here leaves this process
    db = open_database(url, migrate=False)
    figures: dict[str, float] = {}
    with db.sessions() as session:
        session.begin()
        event = current_event(session)
        event_id = event.id
        started = time.perf_counter()
        people = list(
            session.scalars(
                select(Delegate)
                .join(DelegatePhoto, DelegatePhoto.delegate_id == Delegate.id, isouter=True)
                .where(
                    Delegate.event_id == event.id,
                    Delegate.status != DelegateStatus.CANCELLED,
                    Delegate.name_fa != "",
                )
                .order_by(DelegatePhoto.delegate_id.is_(None), Delegate.id)
                .limit(count)
                .options(
                    selectinload(Delegate.category).selectinload(Category.zones),
                    selectinload(Delegate.photo),
                    selectinload(Delegate.delegation)
                    .selectinload(Delegation.region)
                    .selectinload(Region.country),
                    selectinload(Delegate.organization),
                )
            )
        )
        badges, _issued = ensure_badges(session, people, "benchmark")
        views = [badge_view(session, badge, secret) for badge in badges]
        figures["views_s"] = time.perf_counter() - started
        session.rollback()
    db.close()
    # Every badge gets a photo of its own: demo photos repeat, and a repeated image is embedded once,
    # which would flatter the figures. (Outside the timed part: it stands for photos already taken.)
    rng = random.Random(5)
    seen: set[bytes] = set()
    for i, view in enumerate(views):
        photo = view.photo_jpeg or synthetic_photo(rng)[0]
        if photo in seen:
            photo = _distinct(photo, i)
        seen.add(photo)
        views[i] = dataclasses.replace(view, photo_jpeg=photo)
    assert all(v.payload == make_payload(secret, event_id, v.number, v.version) for v in views[:3])
    figures["badges"] = float(len(views))
    figures["distinct_photos"] = float(len({v.photo_jpeg for v in views}))
    started, cpu = time.perf_counter(), time.process_time()
    result = render_badges(views, template, out)
    figures["render_s"] = time.perf_counter() - started
    # CPU seconds too: on a desk PC busy with other work the wall clock says more about the others.
    figures["render_cpu_s"] = time.process_time() - cpu
    figures["pages"] = float(result.pages)
    figures["pdf_mb"] = out.stat().st_size / 1e6
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return figures


def bench(db: object, count: int = BADGES, template: str = "a6") -> dict[str, float]:
    """Render ``count`` badges from ``db`` (a Database, a path or a URL) in a child process."""
    url = getattr(db, "url", None) or str(db)
    with tempfile.TemporaryDirectory(prefix="bench-badges-") as folder:
        out = Path(folder) / "badges.pdf"
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                url,
                "--count",
                str(count),
                "--template",
                template,
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        if done.returncode != 0:
            raise RuntimeError(f"badge benchmark failed:\n{done.stderr}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--db", help="an existing demo database (default: build a 1,000-person one)")
    parser.add_argument("--count", type=int, default=BADGES)
    parser.add_argument("--template", default="a6")
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.count, args.template, args.out)))
        return
    if args.db:
        figures = bench(args.db, args.count, args.template)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-badges-db-") as folder:
            os.environ.setdefault("ACCREDITATION_DATA_DIR", folder)
            path = Path(folder) / "demo.sqlite"
            from accreditation.demo.generate import generate_demo
            from accreditation.event.loader import load_event
            from accreditation.store.database import open_database

            db = open_database(path)
            with db.transaction() as session:
                load_event(session)
            with db.transaction() as session:
                generate_demo(session, delegates=args.count * 3, seed=1404, photos=True)
            db.close()
            figures = bench(path, args.count, args.template)
    for key, value in figures.items():
        target = TARGETS.get(key)
        verdict = "" if target is None else ("  ok" if value <= target else f"  OVER target {target}")
        print(f"{key:>16}: {value:10.3f}{verdict}")


if __name__ == "__main__":
    main()
