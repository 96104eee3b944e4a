"""An index of the audit log by action, for the back office's filter.

The audit tab pages through one action's records newest first and lists the actions the log
holds; with (action, seq) both are a range of an index, however long the log grows.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the index of the audit log by action."""
    op.create_index("ix_audit_log_action_seq", "audit_log", ["action", "seq"])


def downgrade() -> None:
    """Drop the index of the audit log by action."""
    op.drop_index("ix_audit_log_action_seq", table_name="audit_log")
