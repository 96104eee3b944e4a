"""Put the sale's kind into the covering index of sales by business day.

The Z-report tells club-membership fees from sales of goods (`sales.kind`); without the column
in `ix_sales_business_date_covering` every day's report read each sale row from the table
again instead of the index alone (docs/benchmarks.md, the Z-report on the large store).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
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
