"""Indexes for the reports: lots by expiry with what they hold, members by registration day,
cards by the moment they were issued.

The liability report sums every open lot by the day it expires; with expiry, activation day and
points in one index it reads the index alone, in order, and sorts nothing. The Z-report counts
the members registered and the cards issued in a period: a range of an index, not a scan.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = (
    (
        "ix_lots_expires_on_active_from_remaining",
        "lots",
        ["expires_on", "active_from", "remaining"],
    ),
    ("ix_members_registered_on", "members", ["registered_on"]),
    ("ix_cards_issued_at", "cards", ["issued_at"]),
)


def upgrade() -> None:
    """Create the report indexes."""
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    """Drop the report indexes."""
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
