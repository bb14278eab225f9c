"""badges with their history, the audit trail and the search keys of names

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('operator', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('detail', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('badge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('issued', 'printed', 'collected', 'revoked', name='badge_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('printed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('collected_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoke_reason', sa.String(length=40), nullable=False),
    sa.CheckConstraint('version >= 1', name=op.f('ck_badge_version_positive')),
    sa.ForeignKeyConstraint(['delegate_id'], ['delegate.id'], name=op.f('fk_badge_delegate_id_delegate'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_badge_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badge')),
    sa.UniqueConstraint('event_id', 'number', 'version', name=op.f('uq_badge_event_id_number_version'))
    )
    with op.batch_alter_table('badge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_badge_delegate_id'), ['delegate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_badge_event_id'), ['event_id'], unique=False)

    op.create_table('delegate_name_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delegate_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['delegate_id'], ['delegate.id'], name=op.f('fk_delegate_name_key_delegate_id_delegate'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegate_name_key'))
    )
    with op.batch_alter_table('delegate_name_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegate_name_key_delegate_id'), ['delegate_id'], unique=False)
        batch_op.create_index('ix_delegate_name_key_kind_key', ['kind', 'key'], unique=False)

    op.create_table('badge_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('badge_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.Column('operator', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['badge_id'], ['badge.id'], name=op.f('fk_badge_history_badge_id_badge'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_badge_history'))
    )
    with op.batch_alter_table('badge_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_badge_history_badge_id'), ['badge_id'], unique=False)

    # delegation and delegate refer to each other: the head-of-delegation key is added once both exist.


def downgrade() -> None:
    with op.batch_alter_table('badge_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_badge_history_badge_id'))

    op.drop_table('badge_history')
    with op.batch_alter_table('delegate_name_key', schema=None) as batch_op:
        batch_op.drop_index('ix_delegate_name_key_kind_key')
        batch_op.drop_index(batch_op.f('ix_delegate_name_key_delegate_id'))

    op.drop_table('delegate_name_key')
    with op.batch_alter_table('badge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_badge_event_id'))
        batch_op.drop_index(batch_op.f('ix_badge_delegate_id'))

    op.drop_table('badge')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
