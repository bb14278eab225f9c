"""One log file in the user's data folder: tracebacks go there, never to the person at the desk."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from accreditation import paths

_configured = False


def configure_logging(level: int = logging.INFO) -> Path:
    """Route every logger to a rotating file; safe to call more than once."""
    global _configured
    target = paths.log_file()
    if _configured:
        return target
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True
    return target
