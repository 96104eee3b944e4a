"""Blocks of card numbers per terminal, the first sender of each card, and chain-wide spend.

`chain_spend` is filled from the sales and refunds already on the server, and each row is put
in the change log, so terminals receive the chain's spend with their next pull.

Revision ID: s0004
Revises: s0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from db.column_types import IsoDate, RowId, UtcDateTime, instant_text

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None

_BACKFILL = sa.text(
    "INSERT INTO chain_spend (member_id, day, terminal_id, amount)"
    " SELECT member_id, day, terminal_id, SUM(amount) FROM ("
    "  SELECT member_id, business_date AS day, terminal_id, paid AS amount FROM sales"
    "   WHERE member_id IS NOT NULL"
    "  UNION ALL"
    "  SELECT s.member_id, s.business_date, r.terminal_id, -r.money_returned"
    "   FROM refunds r JOIN sales s ON s.id = r.sale_id WHERE s.member_id IS NOT NULL"
    " ) AS t GROUP BY member_id, day, terminal_id"
)
_LOG = (
    "INSERT INTO change_log (kind, key, origin, at)"
    " SELECT 'spend', CAST(id AS VARCHAR(20)), terminal_id, '{now}' FROM chain_spend ORDER BY id"
)


def upgrade() -> None:
    """Create card_blocks, card_origins and chain_spend; fill chain_spend."""
    op.create_table(
        "card_blocks",
        sa.Column("first_seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("granted_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("first_seq", name="pk_card_blocks"),
    )
    op.create_index("ix_card_blocks_terminal_id", "card_blocks", ["terminal_id"])
    op.create_table(
        "card_origins",
        sa.Column("number", sa.String(13), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("number", name="pk_card_origins"),
    )
    op.create_table(
        "chain_spend",
        sa.Column("id", RowId, nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("day", IsoDate(), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_chain_spend"),
        sa.UniqueConstraint(
            "member_id", "day", "terminal_id", name="uq_chain_spend_member_id_day_terminal_id"
        ),
        sqlite_autoincrement=True,
    )
    op.execute(_BACKFILL)
    op.execute(_LOG.format(now=instant_text(datetime.now(UTC))))


def downgrade() -> None:
    """Drop the tables (the change log's spend rows go with them)."""
    op.execute("DELETE FROM change_log WHERE kind = 'spend'")
    op.drop_table("chain_spend")
    op.drop_table("card_origins")
    op.drop_index("ix_card_blocks_terminal_id", table_name="card_blocks")
    op.drop_table("card_blocks")
