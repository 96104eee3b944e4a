"""Flags of negative balances become history: kept until a manager resolves them, with why.

`balance_flags` held one row per member and lost it as soon as the balance was back at zero,
so the report forgot who had gone below zero. `negative_flags` keeps every dip: the member,
when it was flagged, the lowest balance and when it was reached, and once resolved who
resolved it, when and why. At most one flag per member is open (a partial unique index); a
new dip after a resolution opens a new flag. The open flags of `balance_flags` are copied.

Revision ID: s0008
Revises: s0007
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import RowId, UtcDateTime

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None

OPEN = sa.text("resolved_at IS NULL")
_COPY = (
    "INSERT INTO negative_flags (member_id, flagged_at, lowest, lowest_at)"
    " SELECT member_id, flagged_at, lowest, flagged_at FROM balance_flags ORDER BY member_id"
)
_BACK = (
    "INSERT INTO balance_flags (member_id, flagged_at, lowest)"
    " SELECT member_id, flagged_at, lowest FROM negative_flags WHERE resolved_at IS NULL"
)


def upgrade() -> None:
    """Create negative_flags, copy the open flags into it, drop balance_flags."""
    op.create_table(
        "negative_flags",
        sa.Column("id", RowId, autoincrement=True, nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("flagged_at", UtcDateTime(), nullable=False),
        sa.Column("lowest", sa.BigInteger(), nullable=False),
        sa.Column("lowest_at", UtcDateTime(), nullable=False),
        sa.Column("resolved_at", UtcDateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(128), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_negative_flags"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_negative_flags_member_id", "negative_flags", ["member_id"])
    op.create_index(
        "uq_negative_flags_open_member_id",
        "negative_flags",
        ["member_id"],
        unique=True,
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )
    op.execute(_COPY)
    op.drop_table("balance_flags")


def downgrade() -> None:
    """Bring back balance_flags with the open flags; the resolutions are lost."""
    op.create_table(
        "balance_flags",
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("flagged_at", UtcDateTime(), nullable=False),
        sa.Column("lowest", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("member_id", name="pk_balance_flags"),
    )
    op.execute(_BACK)
    op.drop_index("uq_negative_flags_open_member_id", table_name="negative_flags")
    op.drop_index("ix_negative_flags_member_id", table_name="negative_flags")
    op.drop_table("negative_flags")
