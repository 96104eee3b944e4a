"""Covering indexes for the KPI and Z-report sums: a period is read from the indexes alone.

- sales by day with terminal, member and money: checks per day and terminal, buyers, churn and
  cohorts read only the index (it replaces the plain index on the day);
- ledger entries by day with terminal, kind and points: points per day, terminal and kind (the
  plain day index stays, for the ledger export in write order);
- members by registration day with their id: cohorts and churn pick the members who joined in a
  range without touching the table (it replaces the plain index on the day).

They serve the chain-wide reports on the server as on a terminal (the shared models declare them).

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

CREATED = (
    (
        "ix_sales_business_date_covering",
        "sales",
        [
            "business_date",
            "terminal_id",
            "member_id",
            "total",
            "discount",
            "redeemed_value",
            "paid",
        ],
    ),
    (
        "ix_ledger_entries_business_date_covering",
        "ledger_entries",
        ["business_date", "terminal_id", "kind", "points"],
    ),
    ("ix_members_registered_on_id", "members", ["registered_on", "id"]),
)
REPLACED = (
    ("ix_sales_business_date", "sales", ["business_date"]),
    ("ix_members_registered_on", "members", ["registered_on"]),
)


def upgrade() -> None:
    """Create the covering indexes, then drop the plain ones they make redundant."""
    for name, table, columns in CREATED:
        op.create_index(name, table, columns)
    for name, table, _ in REPLACED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    """Bring back the plain indexes and drop the covering ones."""
    for name, table, columns in REPLACED:
        op.create_index(name, table, columns)
    for name, table, _ in reversed(CREATED):
        op.drop_index(name, table_name=table)
