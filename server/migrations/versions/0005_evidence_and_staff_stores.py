"""Evidence kept per terminal, the audit chain's keys, and the stores each person works in.

- `terminals.audit_key`: the key of the terminal's audit chain (hex), issued at enrolment, or
  at the first sync after this revision for a terminal enrolled before it.
- `audit_copies`: the sequence number and hash of every audit record each terminal sent.
- `evidence_heads`: every head a terminal sent (its last audit record, its ledger's count and
  running hash), kept as a history.
- `staff_stores`: the stores whose terminals receive a staff account. Accounts that exist now
  went to every terminal: each is given every existing store, so nobody is locked out by the
  upgrade; narrow them with `pos-loyalty-server staff stores`.

The two evidence tables refuse UPDATE and DELETE.

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import RowId, UtcDateTime

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None

KEPT = "evidence is append-only"
EVIDENCE = ("audit_copies", "evidence_heads")
_EVERY_STORE = (
    "INSERT INTO staff_stores (staff_id, store_id) SELECT staff.id, stores.id FROM staff, stores"
)


def _sqlite(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}"
        f" BEGIN SELECT RAISE(ABORT, '{KEPT}'); END",
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}"
        f" BEGIN SELECT RAISE(ABORT, '{KEPT}'); END",
    ]


def _postgresql(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}"
        " FOR EACH ROW EXECUTE FUNCTION evidence_append_only()",
    ]


def _triggers() -> list[str]:
    name = op.get_context().dialect.name
    if name == "sqlite":
        return [s for table in EVIDENCE for s in _sqlite(table)]
    if name == "postgresql":
        function = (
            "CREATE FUNCTION evidence_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
            f" BEGIN RAISE EXCEPTION '{KEPT}'; END; $$"
        )
        return [function] + [s for table in EVIDENCE for s in _postgresql(table)]
    return []


def upgrade() -> None:
    """Add the key column and the evidence and staff_stores tables; give staff every store."""
    op.add_column("terminals", sa.Column("audit_key", sa.String(64), nullable=True))
    op.create_table(
        "audit_copies",
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", "seq", name="pk_audit_copies"),
    )
    op.create_table(
        "evidence_heads",
        sa.Column("id", RowId, autoincrement=True, nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("audit_seq", sa.BigInteger(), nullable=False),
        sa.Column("audit_hash", sa.String(64), nullable=False),
        sa.Column("ledger_seq", sa.BigInteger(), nullable=False),
        sa.Column("ledger_count", sa.BigInteger(), nullable=False),
        sa.Column("ledger_digest", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evidence_heads"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_evidence_heads_terminal_id", "evidence_heads", ["terminal_id"])
    op.create_table(
        "staff_stores",
        sa.Column("staff_id", sa.String(36), nullable=False),
        sa.Column("store_id", RowId, nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name="fk_staff_stores_store_id_stores"
        ),
        sa.PrimaryKeyConstraint("staff_id", "store_id", name="pk_staff_stores"),
    )
    op.create_index("ix_staff_stores_store_id", "staff_stores", ["store_id"])
    op.execute(_EVERY_STORE)
    for statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    """Drop what the upgrade added."""
    op.drop_index("ix_staff_stores_store_id", table_name="staff_stores")
    op.drop_table("staff_stores")
    op.drop_index("ix_evidence_heads_terminal_id", table_name="evidence_heads")
    op.drop_table("evidence_heads")
    op.drop_table("audit_copies")
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS evidence_append_only()")
    with op.batch_alter_table("terminals") as batch:
        batch.drop_column("audit_key")
