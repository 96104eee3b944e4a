"""Indexes on members by registration day and cards by issue time (the shared models have them).

They serve the same report ranges on the server as on a terminal (new members and cards issued
in a period).

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_members_registered_on", "members", ["registered_on"]),
    ("ix_cards_issued_at", "cards", ["issued_at"]),
)


def upgrade() -> None:
    """Create the indexes."""
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    """Drop the indexes."""
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
