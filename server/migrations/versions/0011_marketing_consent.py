"""A member's marketing consent, with its date (as the terminal's 0016).

`marketing_consent_at` travels with the member's personal data; NULL means no consent to
receive offers. Existing members have none.

Revision ID: s0011
Revises: s0010
Create Date: 2026-12-14
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import UtcDateTime

revision = "s0011"
down_revision = "s0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the nullable column."""
    op.add_column("members", sa.Column("marketing_consent_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    """Drop it."""
    op.drop_column("members", "marketing_consent_at")
