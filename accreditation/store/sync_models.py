"""The tables of offline desks (issue #16): the server's receipts and a replica's queue and bookkeeping.

Every desk that works against a server keeps a replica (:mod:`accreditation.offline`): a SQLite file
with the same schema, so check-in and printing run on it unchanged. These tables exist in every database
(one schema, one chain of migrations); each is used on one side only:

- on the server, :class:`SyncReceipt`: what desks pushed, so an item pushed twice is done once;
- on a replica, :class:`OfflineItem` (the queue), :class:`ReplicaState` and :class:`ReplicaPhoto`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from accreditation.store.base import Base, utcnow


class SyncReceipt(Base):
    """On the server: one row per item a desk pushed from its offline queue, keyed by the desk's id for it.

    Written in the same transaction as what the item does (the scan, the print, the hand-over), so an
    item pushed again after an interrupted push is recognised and not done twice.
    """

    __tablename__ = "sync_receipt"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    #: When the desk did it (its clock) and when the server took it.
    done_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    result: Mapped[str] = mapped_column(String(32), default="")


class OfflineItem(Base):
    """On a desk's replica: a scan, print or hand-over done while the server was gone, waiting to be pushed.

    Written in the transaction that does the thing on the replica, so a desk killed right after showing a
    verdict still has it. ``pushed_at`` is set once the server has it (the row stays, as the desk's log).
    """

    __tablename__ = "offline_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # scan, print, handover
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    done_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    pushed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    result: Mapped[str] = mapped_column(String(32), default="")


class ReplicaState(Base):
    """On a desk's replica: what it was copied from and how far (the server's address, the watermarks)."""

    __tablename__ = "replica_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ReplicaPhoto(Base):
    """On a desk's replica: the digest of each person's photo on the server; the photo itself is cached in
    ``delegate_photo`` when the desk first shows it, and dropped when the digest changes."""

    __tablename__ = "replica_photo"

    delegate_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
