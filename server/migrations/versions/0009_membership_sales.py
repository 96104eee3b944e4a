"""Pushed sales have a kind: goods, or a club membership's fee with the end dates it moved.

`kind` tells a membership fee from a checkout (reports count it as money taken, not as
spend on goods); `membership_before` and `membership_until` are the member's end date before
the sale and the one it bought, so a refund puts back exactly the old one. Existing sales
are goods.

Revision ID: s0009
Revises: s0008
Create Date: 2026-12-11
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import IsoDate

revision = "s0009"
down_revision = "s0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the three columns; every existing sale is of goods."""
    with op.batch_alter_table("sales") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="goods"))
        batch.add_column(sa.Column("membership_before", IsoDate(), nullable=True))
        batch.add_column(sa.Column("membership_until", IsoDate(), nullable=True))


def downgrade() -> None:
    """Drop them."""
    with op.batch_alter_table("sales") as batch:
        batch.drop_column("membership_until")
        batch.drop_column("membership_before")
        batch.drop_column("kind")
