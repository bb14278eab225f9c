"""Seating charts and "your seat" slips carry the session's day in both calendars (the desk reads
Solar Hijri with Persian digits, visitors read Gregorian), read back from the PDF's text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from accreditation.seating.chart import render_seating_chart
from accreditation.seating.drawing import starts_at_text
from accreditation.seating.slips import render_seat_slips


@pytest.fixture
def plenary(demo_db):
    from accreditation.event.loader import current_event
    from accreditation.seating.plans import plan_for_session
    from accreditation.seating.precedence import arrange
    from accreditation.seating.views import plan_view

    with demo_db.transaction() as session:
        arrange(session, plan_for_session(session, current_event(session), "plenary"))
    with demo_db.sessions() as session:
        return plan_view(session, plan_for_session(session, current_event(session), "plenary"))


def test_session_day_in_each_calendar(plenary) -> None:
    assert starts_at_text(plenary, "fa") == "۲۷ آبان ۱۴۰۴، ۰۹:۰۰"
    assert starts_at_text(plenary, "en") == "18 November 2025, 09:00"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_chart_and_slips_print_both_dates(plenary, db_kind: str, tmp_path: Path) -> None:
    if db_kind != "sqlite":
        pytest.skip("the same PDF on both databases")
    for render, name in ((render_seating_chart, "chart.pdf"), (render_seat_slips, "slips.pdf")):
        render(plenary, tmp_path / name)
        text = subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", str(tmp_path / name), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "18 November 2025, 09:00" in text
        # Persian is drawn as shaped glyphs in visual order; its digits survive extraction.
        assert "۱۴۰۴" in text or "۴۰۴۱" in text
