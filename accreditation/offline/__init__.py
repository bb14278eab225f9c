"""Offline desks: a desk that uses a server keeps working when the server or the network is gone.

- :mod:`.replica`: the desk's SQLite copy of the server (same schema), refreshed by change.
- :mod:`.queue`: scans, prints and hand-overs made on the replica, each queued durably with a desk-made id.
- :mod:`.push`: the queue pushed to the server, each item once; double admissions and refusals flagged.
- :mod:`.conflicts`: the flagged scans a supervisor resolves on the dashboard.
- :mod:`.link`: :class:`~.link.DeskLink`, online while the server answers, on the replica when not.

Above check-in and badges (it runs their code on the replica and on the server); below the command line
and the window.
"""

from pathlib import Path


def is_server_url(target: str | Path | None) -> bool:
    """Whether a ``--db`` names a database server (the desks that keep a replica). Here, not in
    :mod:`.link`, so a command can ask without loading check-in and printing."""
    return target is not None and "://" in str(target) and not str(target).startswith("sqlite")
