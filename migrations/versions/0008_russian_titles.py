"""Russian forms: a person's title, a delegation's and an organization's name

The Russian window reads titles and delegation names in Russian where the data has them. Empty for
every existing row; the window then falls back to the English form.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 05:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (("delegate", "title_ru"), ("delegation", "name_ru"), ("organization", "name_ru"))


def upgrade() -> None:
    for table, column in _COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.String(length=300), nullable=False, server_default=""))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35 and later, PostgreSQL): a batch copy of ``organization`` or
    # ``delegation`` would drop the table the people point at, which foreign keys refuse (or null).
    for table, column in reversed(_COLUMNS):
        op.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN {column}"))
