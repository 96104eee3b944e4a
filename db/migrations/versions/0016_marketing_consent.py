"""A member's marketing consent, with its date, apart from the consent to keep their data.

`marketing_consent_at` is when the customer agreed to receive offers; NULL means they did not
(or withdrew it). Existing members have none: nobody was ever asked.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-14
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import UtcDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the nullable column (SQLite adds it in place: the members table is not rebuilt)."""
    op.add_column("members", sa.Column("marketing_consent_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    """Drop it."""
    op.drop_column("members", "marketing_consent_at")
