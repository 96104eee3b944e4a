"""Daily figures for the reports: sums per day, kind and terminal, and buyers per month.

`daily_figures` holds the sums of each business day's sales, refunds and ledger entries per
kind and terminal, and `buyer_months` each member's checks of goods per month with the days of
the purchases before and after it, so a month's KPIs read a few thousand rows instead of every
sale (the push keeps both, with db.repositories.daily_figures as a terminal does). The upgrade
fills them from the rows on file month by month, logging each month to `db.migrations`.
Triggers on `members` keep each buyer month's `joined` equal to the member's registration day.

Revision ID: s0013
Revises: s0012
Create Date: 2026-12-16
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from db.column_types import IsoDate
from db.repositories.figures_backfill import backfill, backfill_statements

revision = "s0013"
down_revision = "s0012"
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
COVERING = ["month", "prev_day", "last_day", "first_day", "next_day", "checks", "joined"]
log = logging.getLogger("db.migrations")

SQLITE_TRIGGERS = (
    "CREATE TRIGGER buyer_months_joined_insert AFTER INSERT ON members BEGIN"
    " UPDATE buyer_months SET joined = NEW.registered_on WHERE member_id = NEW.id; END",
    "CREATE TRIGGER buyer_months_joined_update AFTER UPDATE OF registered_on ON members"
    " WHEN NEW.registered_on IS NOT OLD.registered_on BEGIN"
    " UPDATE buyer_months SET joined = NEW.registered_on WHERE member_id = NEW.id; END",
)
POSTGRESQL_TRIGGERS = (
    "CREATE FUNCTION buyer_months_joined() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " UPDATE buyer_months SET joined = NEW.registered_on WHERE member_id = NEW.id;"
    " RETURN NULL; END $$",
    "CREATE TRIGGER buyer_months_joined_insert AFTER INSERT ON members"
    " FOR EACH ROW EXECUTE FUNCTION buyer_months_joined()",
    "CREATE TRIGGER buyer_months_joined_update AFTER UPDATE OF registered_on ON members"
    " FOR EACH ROW WHEN (NEW.registered_on IS DISTINCT FROM OLD.registered_on)"
    " EXECUTE FUNCTION buyer_months_joined()",
)


def upgrade() -> None:
    """Create the two tables and the triggers, and fill the tables from the rows on file."""
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
        sa.Column("joined", IsoDate(), nullable=True),
        sa.PrimaryKeyConstraint("member_id", "month", name=op.f("pk_buyer_months")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_buyer_months_month_covering", "buyer_months", COVERING)
    op.create_index(
        "ix_buyer_months_joined_month", "buyer_months", ["joined", "month", "first_day"]
    )
    dialect = op.get_context().dialect.name
    for statement in POSTGRESQL_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)
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
    op.execute("DROP TRIGGER buyer_months_joined_update" + _on_members())
    op.execute("DROP TRIGGER buyer_months_joined_insert" + _on_members())
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP FUNCTION buyer_months_joined()")
    op.drop_index("ix_buyer_months_joined_month", table_name="buyer_months")
    op.drop_index("ix_buyer_months_month_covering", table_name="buyer_months")
    op.drop_table("buyer_months")
    op.drop_table("daily_figures")


def _on_members() -> str:
    return " ON members" if op.get_context().dialect.name == "postgresql" else ""
