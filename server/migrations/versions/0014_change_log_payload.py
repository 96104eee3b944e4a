"""Each ledger entry's change-log row holds the entry as a pull page sends it.

`change_log.payload` is the entry's `EntryPayload` as compact JSON text, written by the push
in the same transaction as the entry (entries never change), so a pull page's entries are one
range scan of the change log, spliced into the answer as they are. Rows written before this
column have none and the pull writes those entries itself (`server.store.pull`), so adding the
column rewrites nothing.

Revision ID: s0014
Revises: s0013
Create Date: 2026-12-17
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0014"
down_revision = "s0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column (nullable: no row is rewritten)."""
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("payload", sa.Text(), nullable=True))


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("payload")
