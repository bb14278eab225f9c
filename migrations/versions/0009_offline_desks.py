"""offline desks: scans pushed from replicas, their flags, the server's receipts, a replica's queue

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("scan") as batch:
        batch.add_column(sa.Column("client_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("offline_verdict", sa.String(length=32), nullable=False, server_default=""))
        batch.add_column(sa.Column("flag", sa.String(length=32), nullable=False, server_default=""))
        batch.add_column(sa.Column("flag_resolved_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("flag_resolved_by", sa.String(length=100), nullable=False, server_default=""))
        batch.create_unique_constraint(op.f("uq_scan_client_id"), ["client_id"])
        batch.create_index(op.f("ix_scan_flag"), ["flag"], unique=False)
    op.create_table(
        "sync_receipt",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("result", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_sync_receipt")),
    )
    op.create_table(
        "offline_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("pushed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("result", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_item")),
        sa.UniqueConstraint("client_id", name=op.f("uq_offline_item_client_id")),
    )
    op.create_index(op.f("ix_offline_item_pushed_at"), "offline_item", ["pushed_at"], unique=False)
    op.create_table(
        "replica_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_replica_state")),
    )
    op.create_table(
        "replica_photo",
        sa.Column("delegate_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("delegate_id", name=op.f("pk_replica_photo")),
    )


def downgrade() -> None:
    op.drop_table("replica_photo")
    op.drop_table("replica_state")
    op.drop_index(op.f("ix_offline_item_pushed_at"), table_name="offline_item")
    op.drop_table("offline_item")
    op.drop_table("sync_receipt")
    with op.batch_alter_table("scan") as batch:
        batch.drop_index(op.f("ix_scan_flag"))
        batch.drop_constraint(op.f("uq_scan_client_id"), type_="unique")
        batch.drop_column("flag_resolved_by")
        batch.drop_column("flag_resolved_at")
        batch.drop_column("flag")
        batch.drop_column("offline_verdict")
        batch.drop_column("client_id")
