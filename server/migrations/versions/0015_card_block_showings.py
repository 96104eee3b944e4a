"""Each terminal's showing of its card-number blocks: the epoch in which it last showed them.

After a restore (a new epoch) the server gives no new block of card numbers until every
terminal that may hold one has shown the blocks it holds (`server.store.card_blocks`).
`terminals.blocks_shown_epoch` says in which epoch a terminal last did; nullable, so no row
is rewritten (a terminal that never showed its blocks counts as not having shown them).

Revision ID: s0015
Revises: s0014
Create Date: 2026-12-18
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0015"
down_revision = "s0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column (nullable: no row is rewritten)."""
    with op.batch_alter_table("terminals") as batch:
        batch.add_column(sa.Column("blocks_shown_epoch", sa.String(64), nullable=True))


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("terminals") as batch:
        batch.drop_column("blocks_shown_epoch")
