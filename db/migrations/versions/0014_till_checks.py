"""Checks the shop's till sent through the till API, so confirming one is idempotent.

The till calculates a check, then confirms it with the fiscal receipt number; a repeat of the
confirmation (a lost answer, a restart in between) must return the same sale, never a second
one. Each till check id keeps the hash of what was calculated, the request itself, the figures
quoted, its state (calculated, confirmed, cancelled), the sale it became and the lines returned.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-14
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import UtcDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create `till_checks`."""
    op.create_table(
        "till_checks",
        sa.Column("check_id", sa.String(64), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("request", sa.Text(), nullable=False),
        sa.Column("discount", sa.BigInteger(), nullable=False),
        sa.Column("redeemed_points", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("sale_id", sa.String(36), nullable=True),
        sa.Column("receipt_no", sa.String(64), nullable=False),
        sa.Column("returned", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("check_id", name="pk_till_checks"),
    )


def downgrade() -> None:
    """Drop `till_checks`."""
    op.drop_table("till_checks")
