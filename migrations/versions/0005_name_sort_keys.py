"""alphabetical sort keys for name columns: the people table sorts Persian, Russian, Azerbaijani names right

The database's own text order is code-point order (SQLite) or the server locale's (PostgreSQL): both
put پ چ ژ گ after every Arabic letter. ``*_sort`` columns hold each name's key as bytes, which both
databases compare byte by byte.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from accreditation.names.collation import sort_bytes
from accreditation.store.models import delegate_sort_values

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DELEGATE_COLUMNS = ("family_sort", "given_sort", "name_fa_sort", "native_sort")
_BATCH = 5_000


def upgrade() -> None:
    with op.batch_alter_table("delegate", schema=None) as batch_op:
        for column in _DELEGATE_COLUMNS:
            batch_op.add_column(sa.Column(column, sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_fa_sort", sa.LargeBinary(), nullable=True))

    conn = op.get_bind()
    delegate = sa.table(
        "delegate",
        sa.column("id", sa.Integer),
        sa.column("family_name", sa.String),
        sa.column("given_name", sa.String),
        sa.column("name_fa", sa.String),
        sa.column("name_native", sa.String),
        sa.column("nationality", sa.String),
        *(sa.column(c, sa.LargeBinary) for c in _DELEGATE_COLUMNS),
    )
    rows = (
        conn.execute(
            sa.select(
                delegate.c.id,
                delegate.c.family_name,
                delegate.c.given_name,
                delegate.c.name_fa,
                delegate.c.name_native,
                delegate.c.nationality,
            )
        )
        .mappings()
        .all()
    )
    update = (
        sa.update(delegate)
        .where(delegate.c.id == sa.bindparam("b_id"))
        .values({c: sa.bindparam(f"b_{c}") for c in _DELEGATE_COLUMNS})
    )
    params = [
        {"b_id": row["id"], **{f"b_{k}": v for k, v in delegate_sort_values(dict(row)).items()}}
        for row in rows
    ]
    for start in range(0, len(params), _BATCH):
        conn.execute(update, params[start : start + _BATCH])

    delegation = sa.table(
        "delegation",
        sa.column("id", sa.Integer),
        sa.column("name_fa", sa.String),
        sa.column("name_fa_sort", sa.LargeBinary),
    )
    groups = conn.execute(sa.select(delegation.c.id, delegation.c.name_fa)).all()
    if groups:
        conn.execute(
            sa.update(delegation)
            .where(delegation.c.id == sa.bindparam("b_id"))
            .values(name_fa_sort=sa.bindparam("b_key")),
            [{"b_id": gid, "b_key": sort_bytes(name, "fa")} for gid, name in groups],
        )


def downgrade() -> None:
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_column("name_fa_sort")
    with op.batch_alter_table("delegate", schema=None) as batch_op:
        for column in reversed(_DELEGATE_COLUMNS):
            batch_op.drop_column(column)
