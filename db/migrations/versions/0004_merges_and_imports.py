"""Merged members and the log of member imports.

`members.merged_into` names the member a merged member's cards and points went to (indexed, to
list who was merged into a member); `import_batches` keeps one row per imported file.
`ALTER TABLE ... ADD COLUMN` leaves `members` in place, so its search triggers stay as they are.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add members.merged_into with its index, and the import_batches table."""
    op.add_column("members", sa.Column("merged_into", sa.String(36), nullable=True))
    op.create_index("ix_members_merged_into", "members", ["merged_into"])
    op.create_table(
        "import_batches",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=False),
        sa.Column("members", sa.BigInteger(), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("spend", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_import_batches"),
    )


def downgrade() -> None:
    """Drop what the upgrade created (SQLite 3.35+ drops a column in place)."""
    op.drop_table("import_batches")
    op.drop_index("ix_members_merged_into", table_name="members")
    op.drop_column("members", "merged_into")
