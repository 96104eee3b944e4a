"""Messages the server refused are set aside in the outbox, with the server's reason.

A refused message used to stop the sync of everything behind it; now it is marked handled
(`sent_at`) and set aside (`set_aside_at`, `set_aside_reason`) for the operator to read with
`pos-loyalty sync set-aside`. Existing rows are untouched.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import UtcDateTime

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None

SET_ASIDE = sa.text("set_aside_at IS NOT NULL")


def upgrade() -> None:
    """Add the two columns and a small index of the rows set aside."""
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("set_aside_at", UtcDateTime(), nullable=True))
        batch.add_column(sa.Column("set_aside_reason", sa.Text(), nullable=True))
    op.create_index(
        "ix_outbox_set_aside",
        "outbox",
        ["id"],
        sqlite_where=SET_ASIDE,
        postgresql_where=SET_ASIDE,
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_outbox_set_aside", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("set_aside_reason")
        batch.drop_column("set_aside_at")
