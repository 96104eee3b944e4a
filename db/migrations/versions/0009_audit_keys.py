"""The audit chain's keys: from the sequence number in `from_seq` on, records are HMAC-keyed.

The central server issues the key when the terminal enrols (or, for a terminal enrolled before
this revision, at its next sync). Records written before stay plain SHA-256 and are checked by
that rule; no record is rewritten here. The table refuses UPDATE and DELETE like the log.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

KEPT = "the audit keys are append-only"
SQLITE_UP = [
    f"""CREATE TRIGGER audit_keys_no_update BEFORE UPDATE ON audit_keys
    BEGIN SELECT RAISE(ABORT, '{KEPT}'); END""",
    f"""CREATE TRIGGER audit_keys_no_delete BEFORE DELETE ON audit_keys
    BEGIN SELECT RAISE(ABORT, '{KEPT}'); END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS audit_keys_no_delete",
    "DROP TRIGGER IF EXISTS audit_keys_no_update",
]


def upgrade() -> None:
    """Create audit_keys."""
    op.create_table(
        "audit_keys",
        sa.Column("from_seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("from_seq", name="pk_audit_keys"),
    )
    if op.get_context().dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    """Drop it."""
    if op.get_context().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    op.drop_table("audit_keys")
