"""Daily figures for the reports: sums per day, kind and terminal, and buyers per month.

`daily_figures` holds the sums of each business day's sales, refunds and ledger entries per
kind and terminal, and `buyer_months` each member's checks of goods per month with the days of
the purchases before and after it, so a month's KPIs read a few thousand rows instead of every
sale (db.repositories.daily_figures keeps both with every write). The upgrade fills them from
the rows on file month by month, logging each month to the `db.migrations` logger.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-16
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from db.column_types import IsoDate
from db.repositories.figures_backfill import backfill, backfill_statements

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

MEASURES = (
    "items",
    "voids",
    "amount",
    "discount",
    "redeemed_value",
    "money",
    "points_in",
    "points_out",
)
DAYS = ("first_day", "last_day", "prev_day", "next_day")
log = logging.getLogger("db.migrations")


def upgrade() -> None:
    """Create the two tables and fill them from the rows on file."""
    op.create_table(
        "daily_figures",
        sa.Column("business_date", IsoDate(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in MEASURES),
        sa.PrimaryKeyConstraint(
            "business_date", "kind", "terminal_id", name=op.f("pk_daily_figures")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "buyer_months",
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("month", IsoDate(), nullable=False),
        sa.Column("checks", sa.BigInteger(), nullable=False),
        *(sa.Column(name, IsoDate(), nullable=False) for name in DAYS),
        sa.PrimaryKeyConstraint("member_id", "month", name=op.f("pk_buyer_months")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_buyer_months_month_covering",
        "buyer_months",
        ["month", "prev_day", "last_day", "first_day", "next_day", "checks"],
    )
    _fill()


def _fill() -> None:
    context = op.get_context()
    if context.as_sql:
        for statement in backfill_statements(context.dialect.name):
            op.execute(statement)
        return
    backfill(op.get_bind(), progress=log.info)


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_buyer_months_month_covering", table_name="buyer_months")
    op.drop_table("buyer_months")
    op.drop_table("daily_figures")
