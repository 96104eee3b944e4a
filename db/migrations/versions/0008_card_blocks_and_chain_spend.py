"""Card-number blocks from the server, and the qualifying spend of other terminals.

`card_blocks` holds the ranges of the card sequence the server gave this terminal: once it has
one, new card numbers come only from there, so two stores never make the same number.
`chain_spend` holds what members spent at other terminals, per day, as the server sends it,
so the tier counts the chain's spend.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import IsoDate

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create card_blocks and chain_spend."""
    op.create_table(
        "card_blocks",
        sa.Column("first_seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("next_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("first_seq", name="pk_card_blocks"),
    )
    op.create_table(
        "chain_spend",
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("day", IsoDate(), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("member_id", "day", "terminal_id", name="pk_chain_spend"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_table("chain_spend")
    op.drop_table("card_blocks")
