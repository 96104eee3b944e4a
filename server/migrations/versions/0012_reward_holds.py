"""Reward holds beside the redemption reservations, and the ledger by kind and `refers_to`.

A hold of a reward of the catalogue is a reservation of its price (a `redemptions` row) that
also holds one unit of the reward's stock: `reward_id` names the reward (NULL for a sale's
redemption). The stock is counted from the ledger's `reward` entries (the reward's id in
`refers_to`) that no `reversal` refers to, hence the index (as the terminal's 0017).

Revision ID: s0012
Revises: s0011
Create Date: 2026-12-15
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0012"
down_revision = "s0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column and the two indexes."""
    op.add_column("redemptions", sa.Column("reward_id", sa.String(32), nullable=True))
    op.create_index("ix_redemptions_reward_id_state", "redemptions", ["reward_id", "state"])
    op.create_index("ix_ledger_entries_kind_refers_to", "ledger_entries", ["kind", "refers_to"])


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_ledger_entries_kind_refers_to", table_name="ledger_entries")
    op.drop_index("ix_redemptions_reward_id_state", table_name="redemptions")
    op.drop_column("redemptions", "reward_id")
