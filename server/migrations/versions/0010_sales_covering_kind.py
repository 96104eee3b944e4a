"""Put the sale's kind into the covering index of sales by business day (as the terminal's 0015).

The chain's Z-report tells club-membership fees from sales of goods (`sales.kind`); with the
column in `ix_sales_business_date_covering` it still reads each day from the index alone.

Revision ID: s0010
Revises: s0009
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "s0010"
down_revision = "s0009"
branch_labels = None
depends_on = None

NAME = "ix_sales_business_date_covering"
BEFORE = [
    "business_date",
    "terminal_id",
    "member_id",
    "total",
    "discount",
    "redeemed_value",
    "paid",
]


def upgrade() -> None:
    """Rebuild the covering index with `kind` as its last column."""
    op.drop_index(NAME, table_name="sales")
    op.create_index(NAME, "sales", [*BEFORE, "kind"])


def downgrade() -> None:
    """Rebuild it without `kind`."""
    op.drop_index(NAME, table_name="sales")
    op.create_index(NAME, "sales", BEFORE)
