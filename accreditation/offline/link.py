"""A desk's link to its server: online while the server answers, on the replica when it does not.

:class:`DeskLink` is what the check-in window and the ``checkin``/``badges``/``sync`` commands talk to
when the database is a server. Every scan first goes to the server; if the server does not answer within
the timeout (:func:`~accreditation.store.database.server_timeout`, 2 s unless configured), the link
switches to the replica by itself and the scan is decided there, recorded and queued. While offline,
scans go straight to the replica (as fast as online) and :meth:`DeskLink.probe` (the window calls it every
few seconds) looks for the server; when it answers, :meth:`DeskLink.sync` pushes the queue and refreshes
the replica, and the link is online again.

An online scan carries the same kind of desk-made id as an offline one: if the server took the scan but
its answer was lost when it went down, the desk records the scan offline too, and the push recognises the
id and does not count it twice.

Whether the link is offline, and since when, is kept in the replica, so every process of the desk (the
window, a command in a terminal) says the same.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from accreditation.checkin.desk import badge_pdf_for
from accreditation.checkin.verdicts import ScanOutcome
from accreditation.offline import queue
from accreditation.offline.push import SyncReport, push
from accreditation.offline.replica import (
    RefreshReport,
    cache_photo,
    note_checkin,
    open_replica,
    refresh,
    refreshed_at,
    replica_path,
    state,
)
from accreditation.store.database import Database, ServerUnreachable, is_connection_error, open_database
from accreditation.store.models import CheckIn, Verdict
from accreditation.store.sync_models import ReplicaState

if TYPE_CHECKING:
    from accreditation.badges.print_run import HandOver

log = logging.getLogger(__name__)

T = TypeVar("T")


class LinkState(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"


@dataclass(frozen=True)
class LinkStatus:
    """What the desk's status indicator and ``sync --status`` say."""

    state: LinkState
    offline_since: datetime | None
    waiting: int
    replica: Path
    refreshed_at: datetime | None
    server: str

    def replica_age_seconds(self, now: datetime | None = None) -> float | None:
        if self.refreshed_at is None:
            return None
        return ((now or datetime.now(UTC)) - self.refreshed_at).total_seconds()

    def as_json(self) -> dict[str, Any]:
        age = self.replica_age_seconds()
        return {
            "state": self.state.value,
            "online": self.state is not LinkState.OFFLINE,
            "offline_since": self.offline_since.isoformat() if self.offline_since else None,
            "waiting": self.waiting,
            "replica": str(self.replica),
            "replica_refreshed_at": self.refreshed_at.isoformat() if self.refreshed_at else None,
            "replica_age_seconds": None if age is None else round(age, 1),
            "server": self.server,
        }


class DeskLink:
    """The server and the replica of one desk, and which of them answers now."""

    def __init__(
        self, server_url: str, *, server: Database | None = None, replica_file: Path | None = None
    ) -> None:
        self.server_url = server_url
        self._server = server
        self.replica_file = replica_file or replica_path(server_url)
        self.replica = open_replica(server_url, self.replica_file)
        self._lock = threading.RLock()
        self._syncing = False
        since = state(self.replica, "offline_since")
        self._offline_since = datetime.fromisoformat(since) if since else None

    # --- the state ------------------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self._offline_since is None

    @property
    def offline_since(self) -> datetime | None:
        return self._offline_since

    def _remember(self, since: datetime | None) -> None:
        with self._lock:
            if (since is None) == (self._offline_since is None):
                return
            self._offline_since = since
            with self.replica.transaction() as session:
                row = session.get(ReplicaState, "offline_since")
                value = since.isoformat() if since else ""
                if row is None:
                    session.add(ReplicaState(key="offline_since", value=value))
                else:
                    row.value = value
        if since is None:
            log.warning("server %s answers again: the desk is online", self.server_display)
        else:
            log.warning("server %s does not answer: the desk works from its replica", self.server_display)

    def went_offline(self) -> None:
        self._remember(datetime.now(UTC))

    def status(self) -> LinkStatus:
        if self._syncing:
            current = LinkState.SYNCING
        else:
            current = LinkState.ONLINE if self.online else LinkState.OFFLINE
        return LinkStatus(
            state=current,
            offline_since=self._offline_since,
            waiting=queue.waiting(self.replica),
            replica=self.replica_file,
            refreshed_at=refreshed_at(self.replica),
            server=self.server_display,
        )

    @property
    def server_display(self) -> str:
        return make_url(self.server_url).render_as_string(hide_password=True)

    # --- the server -----------------------------------------------------------------------------------

    def attach(self, server: Database) -> None:
        """Use ``server`` (already open, as the window's database) rather than opening another."""
        self._server = server

    def server(self) -> Database:
        """The server database, opened on first use (raises ServerUnreachable when it does not answer)."""
        if self._server is None or self._server.closed:
            self._server = open_database(self.server_url)
        return self._server

    def _online(self, work: Callable[[Database], T]) -> T:
        try:
            return work(self.server())
        except Exception as exc:
            if is_connection_error(exc):
                self.went_offline()
                raise ServerUnreachable(
                    str(exc).splitlines()[0] if str(exc) else "server unreachable"
                ) from exc
            raise

    def probe(self) -> bool:
        """Ask the server whether it is there (within the timeout); True when it answered."""
        try:
            db = self.server()
            with db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001 - any failure to answer means: not there
            if not is_connection_error(exc):
                log.exception("the server probe failed")
            self.went_offline()
            return False
        return True

    # --- what the desk does ----------------------------------------------------------------------------

    def scan(
        self,
        raw_text: str,
        *,
        desk: str,
        operator: str,
        session_code: str | None = None,
        now: datetime | None = None,
        language: str = "en",
    ) -> ScanOutcome:
        """One scan: on the server when it answers, else from the replica (``outcome.offline``)."""
        client_id = queue.new_client_id()
        if self.online:
            try:
                return self._online(
                    lambda db: self._scan_online(
                        db, self.replica, raw_text, client_id, desk, operator, session_code, now, language
                    )
                )
            except ServerUnreachable:
                pass
        outcome = queue.scan_offline(
            self.replica,
            raw_text,
            desk=desk,
            operator=operator,
            session_code=session_code,
            now=now,
            language=language,
            client_id=client_id,
        )
        return replace(outcome, client_id=client_id)

    @staticmethod
    def _scan_online(
        db: Database,
        replica: Database,
        raw_text: str,
        client_id: str,
        desk: str,
        operator: str,
        session_code: str | None,
        now: datetime | None,
        language: str,
    ) -> ScanOutcome:
        where = dict(desk=desk, operator=operator, session_code=session_code, now=now, language=language)
        with queue.scanned(db, raw_text, client_id, **where) as (session, outcome):  # type: ignore[arg-type]
            checkin = None
            if outcome.verdict is Verdict.ADMITTED and outcome.checkin_id is not None:
                checkin = session.execute(
                    select(CheckIn.__table__).where(CheckIn.id == outcome.checkin_id)
                ).first()
        if checkin is not None:
            try:
                note_checkin(replica, dict(checkin._mapping))
            except Exception:  # noqa: BLE001 - the scan is on the server; the next refresh brings it
                log.exception("the replica could not note check-in %s", outcome.checkin_id)
        return replace(outcome, offline=False, client_id=client_id)

    def print_badge(
        self, delegate_id: int, out: str | Path, *, desk: str, operator: str, template: str = "a6"
    ) -> tuple[Path, bool]:
        """Print a person's badge on the spot; (the PDF, whether it came from the replica)."""
        if self.online:
            try:

                def work(db: Database) -> Path:
                    with db.transaction() as session:
                        return badge_pdf_for(session, delegate_id, out, operator=operator, template=template)

                return self._online(work), False
            except ServerUnreachable:
                pass
        return queue.print_offline(
            self.replica, delegate_id, out, desk=desk, operator=operator, template=template
        ), True

    def hand_over(self, raw_text: str, *, desk: str, operator: str) -> tuple[HandOver, bool]:
        """A badge scanned at hand-over marked collected; (what happened, whether on the replica)."""
        if self.online:
            try:

                def work(db: Database) -> HandOver:
                    with db.transaction() as session:
                        return queue.collected(session, raw_text, operator)

                return self._online(work), False
            except ServerUnreachable:
                pass
        return queue.handover_offline(self.replica, raw_text, desk=desk, operator=operator), True

    def cache_photo(self, delegate_id: int, jpeg: bytes, width: int, height: int) -> None:
        """Keep a photo the desk just showed from the server, for when the server is gone."""
        try:
            cache_photo(self.replica, delegate_id, jpeg, width, height)
        except Exception:  # noqa: BLE001 - the verdict is shown either way; the next showing retries
            log.exception("the replica could not keep the photo of %s", delegate_id)

    # --- catching up ----------------------------------------------------------------------------------

    def reconnect(self) -> SyncReport | None:
        """The server answers: push what waits (without refreshing), and be online. Raises ServerUnreachable."""
        if queue.waiting(self.replica):
            report, _ = self.sync(refresh_replica=False)
            return report
        self._remember(None)
        return None

    def sync(self, *, refresh_replica: bool = True) -> tuple[SyncReport, RefreshReport | None]:
        """Push the queue, then refresh the replica; the link is online after. Raises ServerUnreachable."""
        with self._lock:
            self._syncing = True
            try:
                report = self._online(lambda db: push(db, self.replica))
                self._remember(None)
                fresh = None
                if refresh_replica and report.waiting == 0:
                    fresh = self._online(lambda db: refresh(db, self.replica))
                return report, fresh
            finally:
                self._syncing = False

    def refresh(self) -> RefreshReport | None:
        """Refresh the replica if nothing waits to be pushed (a push comes first); None when skipped."""
        if queue.waiting(self.replica):
            return None
        return self._online(lambda db: refresh(db, self.replica))

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
        self.replica.close()


__all__ = ["DeskLink", "LinkState", "LinkStatus"]
