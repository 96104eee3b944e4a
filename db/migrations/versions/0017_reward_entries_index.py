"""Index the ledger by kind and `refers_to`: rewards given, and the refunds of them.

The stock of a reward of the catalogue is counted from the ledger: its `reward` entries (the
reward's id in `refers_to`) that no `reversal` refers to. Without the index the counter would
read the whole ledger to list the rewards a member can take.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-15
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

NAME = "ix_ledger_entries_kind_refers_to"


def upgrade() -> None:
    """Add the index."""
    op.create_index(NAME, "ledger_entries", ["kind", "refers_to"])


def downgrade() -> None:
    """Drop it."""
    op.drop_index(NAME, table_name="ledger_entries")
