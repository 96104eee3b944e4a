"""A ledger entry's change-log row holds the entry's JSON as bytes, not as text.

`change_log.entry_json` is the entry's `EntryPayload` as compact UTF-8 JSON, written by the
push in the same transaction as the entry, exactly as a pull page sends it. As bytes the pull
hands it from the database to the answer without decoding it to a string and encoding it back
(a page holds thousands). The text column `payload` of s0014 goes: rows written before hold no
JSON in the new column and the pull writes their entries itself from the ledger
(`server.store.pull`), as it did for rows from before s0014, so no row is rewritten.

Revision ID: s0016
Revises: s0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0016"
down_revision = "s0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the bytes column (nullable: no row is rewritten) and drop the text one."""
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("entry_json", sa.LargeBinary(), nullable=True))
        batch.drop_column("payload")


def downgrade() -> None:
    """Back to the text column, empty (the pull writes entries without it from the ledger)."""
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("payload", sa.Text(), nullable=True))
        batch.drop_column("entry_json")
