"""covering indexes for the name keys: type-ahead answered from the index alone

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 18:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('delegate_name_key', schema=None) as batch_op:
        batch_op.drop_index('ix_delegate_name_key_kind_key')
        batch_op.drop_index('ix_delegate_name_key_delegate_id')
        batch_op.create_index('ix_delegate_name_key_kind_key', ['kind', 'key', 'delegate_id'], unique=False)
        batch_op.create_index('ix_delegate_name_key_delegate_id', ['delegate_id', 'kind', 'key'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('delegate_name_key', schema=None) as batch_op:
        batch_op.drop_index('ix_delegate_name_key_delegate_id')
        batch_op.drop_index('ix_delegate_name_key_kind_key')
        batch_op.create_index('ix_delegate_name_key_delegate_id', ['delegate_id'], unique=False)
        batch_op.create_index('ix_delegate_name_key_kind_key', ['kind', 'key'], unique=False)
