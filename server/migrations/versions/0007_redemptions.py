"""Online reservations of members' points (`redemptions`).

A terminal that reaches the server reserves the points a sale redeems before recording it;
the server grants at most the member's spendable balance less the other reservations still
holding points. Nothing existing is changed or filled.

Revision ID: s0007
Revises: s0005
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import UtcDateTime

revision = "s0007"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the redemptions table and its index by member and state."""
    op.create_table(
        "redemptions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("requested", sa.BigInteger(), nullable=False),
        sa.Column("granted", sa.BigInteger(), nullable=False),
        sa.Column("available", sa.BigInteger(), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("sale_id", sa.String(36), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_redemptions"),
    )
    op.create_index("ix_redemptions_member_id_state", "redemptions", ["member_id", "state"])


def downgrade() -> None:
    """Drop the table."""
    op.drop_index("ix_redemptions_member_id_state", table_name="redemptions")
    op.drop_table("redemptions")
