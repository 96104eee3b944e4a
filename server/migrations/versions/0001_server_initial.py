"""The server's initial schema: the shared tables, stores, terminals, receipts, change log.

On PostgreSQL `ledger_entries` is insert-only (a trigger refuses UPDATE, DELETE and
TRUNCATE) and each change-log row records the id of the transaction that wrote it
(`pg_current_xact_id()`), which the pull cursor needs. The server's epoch is made here.

Revision ID: s0001
Revises:
Create Date: 2025-01-10
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

from db.column_types import IsoDate, RowId, UtcDateTime
from server.models import Xid8

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

INSERT_ONLY = "ledger entries are insert-only: post a correcting entry"
SEARCH_NAME = "replace(replace(name, 'ё', 'е'), 'Ё', 'Е')"
POSTGRESQL_UP = [
    f"""CREATE FUNCTION ledger_entries_insert_only() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{INSERT_ONLY}'; END; $$""",
    """CREATE TRIGGER ledger_entries_insert_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_insert_only()""",
    """CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_insert_only()""",
]
POSTGRESQL_DOWN = [
    "DROP TRIGGER IF EXISTS ledger_entries_no_truncate ON ledger_entries",
    "DROP TRIGGER IF EXISTS ledger_entries_insert_only ON ledger_entries",
    "DROP FUNCTION IF EXISTS ledger_entries_insert_only()",
]
TABLES = [
    "balance_flags",
    "rejections",
    "sequence_gaps",
    "change_log",
    "entry_receipts",
    "enrolment_codes",
    "terminals",
    "stores",
    "server_meta",
    "balances",
    "refunds",
    "sales",
    "staff",
    "programmes",
    "ledger_entries",
    "cards",
    "members",
]


def _col(name: str, kind: Any, null: bool = False) -> sa.Column[Any]:
    return sa.Column(name, kind, nullable=null)


def _id(name: str, null: bool = False) -> sa.Column[Any]:
    return _col(name, sa.String(36), null)


def _people() -> None:
    op.create_table(
        "members",
        _col("pos", RowId),
        _id("id"),
        _col("name", sa.Text()),
        sa.Column(
            "search_name", sa.Text(), sa.Computed(SEARCH_NAME, persisted=True), nullable=False
        ),
        _col("phone", sa.String(20)),
        _col("email", sa.String(254)),
        _col("birthday", IsoDate(), True),
        _col("consent_at", UtcDateTime(), True),
        _col("registered_on", IsoDate(), True),
        _id("referrer_id", True),
        _col("referral_rewarded", sa.Boolean()),
        _col("last_birthday_bonus_year", sa.Integer(), True),
        _col("membership_until", IsoDate(), True),
        _col("last_purchase_on", IsoDate(), True),
        _col("erased_at", UtcDateTime(), True),
        _id("merged_into", True),
        sa.PrimaryKeyConstraint("pos", name="pk_members"),
        sa.UniqueConstraint("id", name="uq_members_id"),
    )
    op.create_index("ix_members_phone", "members", ["phone"])
    op.create_index("ix_members_merged_into", "members", ["merged_into"])
    op.create_table(
        "cards",
        _col("number", sa.String(13)),
        _col("card_type", sa.String(16)),
        _col("state", sa.String(16)),
        _id("member_id", True),
        _col("replaced_by", sa.String(13), True),
        _col("block_reason", sa.Text()),
        _col("issued_at", UtcDateTime(), True),
        sa.PrimaryKeyConstraint("number", name="pk_cards"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_cards_member_id_members"),
    )
    op.create_index("ix_cards_member_id", "cards", ["member_id"])
    op.create_table(
        "staff",
        _id("id"),
        _col("name", sa.String(128)),
        _col("role", sa.String(16)),
        _col("pin_hash", sa.Text()),
        _col("failed_attempts", sa.Integer()),
        _col("locked_until", UtcDateTime(), True),
        _col("active", sa.Boolean()),
        sa.PrimaryKeyConstraint("id", name="pk_staff"),
        sa.UniqueConstraint("name", name="uq_staff_name"),
    )


def _ledger() -> None:
    op.create_table(
        "ledger_entries",
        _col("pos", RowId),
        _id("id"),
        _col("terminal_id", sa.String(64)),
        _col("seq", sa.BigInteger()),
        _id("member_id"),
        _col("kind", sa.String(16)),
        _col("points", sa.BigInteger()),
        _col("business_date", IsoDate()),
        _col("created_at", UtcDateTime()),
        _col("staff_id", sa.String(64)),
        _col("programme_version", sa.Integer()),
        _col("card_number", sa.String(13), True),
        _id("sale_id", True),
        _id("refers_to", True),
        _col("active_from", IsoDate(), True),
        _col("expires_on", IsoDate(), True),
        _col("reason", sa.Text()),
        sa.PrimaryKeyConstraint("pos", name="pk_ledger_entries"),
        sa.UniqueConstraint("id", name="uq_ledger_entries_id"),
        sa.UniqueConstraint("terminal_id", "seq", name="uq_ledger_entries_terminal_id_seq"),
    )
    op.create_index("ix_ledger_entries_member_id_pos", "ledger_entries", ["member_id", "pos"])
    op.create_index("ix_ledger_entries_sale_id", "ledger_entries", ["sale_id"])
    op.create_index("ix_ledger_entries_business_date", "ledger_entries", ["business_date"])
    expired = sa.text("kind = 'expire'")
    op.create_index(
        "ix_ledger_entries_expiring_member_id",
        "ledger_entries",
        ["member_id"],
        sqlite_where=expired,
        postgresql_where=expired,
    )
    op.create_table(
        "balances",
        _id("member_id"),
        _col("balance", sa.BigInteger()),
        _col("debt", sa.BigInteger()),
        sa.PrimaryKeyConstraint("member_id", name="pk_balances"),
    )
    op.create_index("ix_balances_balance", "balances", ["balance"])
    op.create_table(
        "programmes",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        _col("created_at", UtcDateTime()),
        _col("data", sa.Text()),
        sa.PrimaryKeyConstraint("version", name="pk_programmes"),
    )


def _sales() -> None:
    money = [
        _col(name, sa.BigInteger())
        for name in (
            "total",
            "discount",
            "redeemed_points",
            "redeemed_value",
            "paid",
            "earned_points",
            "bonus_points",
            "refunded",
        )
    ]
    op.create_table(
        "sales",
        _id("id"),
        _col("terminal_id", sa.String(64)),
        _col("receipt_no", sa.String(64)),
        _col("business_date", IsoDate()),
        _col("created_at", UtcDateTime()),
        _id("member_id", True),
        _col("card_number", sa.String(13), True),
        _col("staff_id", sa.String(64)),
        _col("programme_version", sa.Integer()),
        _col("tier", sa.String(64)),
        _col("lines", sa.Text()),
        *money,
        sa.PrimaryKeyConstraint("id", name="pk_sales"),
    )
    op.create_index("ix_sales_member_id_created_at", "sales", ["member_id", "created_at"])
    op.create_index("ix_sales_terminal_id_created_at", "sales", ["terminal_id", "created_at"])
    op.create_index("ix_sales_business_date", "sales", ["business_date"])
    op.create_table(
        "refunds",
        _id("id"),
        _id("sale_id"),
        _col("terminal_id", sa.String(64)),
        _col("business_date", IsoDate()),
        _col("created_at", UtcDateTime()),
        *[
            _col(name, sa.BigInteger())
            for name in ("amount", "points_reversed", "points_returned", "money_returned")
        ],
        _col("staff_id", sa.String(64)),
        _col("reason", sa.Text()),
        _col("is_void", sa.Boolean()),
        sa.PrimaryKeyConstraint("id", name="pk_refunds"),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name="fk_refunds_sale_id_sales"),
    )
    op.create_index("ix_refunds_sale_id", "refunds", ["sale_id"])
    op.create_index("ix_refunds_business_date", "refunds", ["business_date"])


def _terminals() -> None:
    meta = op.create_table(
        "server_meta",
        _col("key", sa.String(64)),
        _col("value", sa.Text()),
        sa.PrimaryKeyConstraint("key", name="pk_server_meta"),
    )
    op.bulk_insert(meta, [{"key": "epoch", "value": uuid.uuid4().hex}])
    op.create_table(
        "stores",
        _col("id", RowId),
        _col("name", sa.String(128)),
        _col("created_at", UtcDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_stores"),
        sa.UniqueConstraint("name", name="uq_stores_name"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "terminals",
        _col("id", sa.String(64)),
        _col("store_id", RowId),
        _col("token_hash", sa.String(64)),
        _col("enrolled_at", UtcDateTime()),
        _col("revoked_at", UtcDateTime(), True),
        _col("last_seen_at", UtcDateTime(), True),
        _col("last_seq", sa.BigInteger()),
        _col("missing", sa.BigInteger()),
        sa.PrimaryKeyConstraint("id", name="pk_terminals"),
        sa.UniqueConstraint("token_hash", name="uq_terminals_token_hash"),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name="fk_terminals_store_id_stores"),
    )
    op.create_index("ix_terminals_store_id", "terminals", ["store_id"])
    op.create_table(
        "enrolment_codes",
        _col("code_hash", sa.String(64)),
        _col("store_id", RowId),
        _col("created_at", UtcDateTime()),
        _col("expires_at", UtcDateTime()),
        _col("used_at", UtcDateTime(), True),
        _col("terminal_id", sa.String(64), True),
        sa.PrimaryKeyConstraint("code_hash", name="pk_enrolment_codes"),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name="fk_enrolment_codes_store_id_stores"
        ),
    )


def _sync() -> None:
    postgresql = op.get_context().dialect.name == "postgresql"
    xid = (
        sa.Column("xid", Xid8(), server_default=sa.text("pg_current_xact_id()"), nullable=True)
        if postgresql
        else _col("xid", sa.BigInteger(), True)
    )
    op.create_table(
        "entry_receipts",
        _id("entry_id"),
        _col("terminal_id", sa.String(64)),
        _col("content_hash", sa.String(64)),
        _col("received_at", UtcDateTime()),
        sa.PrimaryKeyConstraint("entry_id", name="pk_entry_receipts"),
    )
    op.create_table(
        "change_log",
        _col("id", RowId),
        xid,
        _col("kind", sa.String(16)),
        _col("key", sa.String(64)),
        _col("origin", sa.String(64), True),
        _col("at", UtcDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_change_log"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_log_xid_id", "change_log", ["xid", "id"])
    op.create_table(
        "sequence_gaps",
        _col("terminal_id", sa.String(64)),
        _col("first_seq", sa.BigInteger()),
        _col("last_seq", sa.BigInteger()),
        _col("detected_at", UtcDateTime()),
        sa.PrimaryKeyConstraint("terminal_id", "first_seq", name="pk_sequence_gaps"),
    )
    op.create_table(
        "rejections",
        _col("id", RowId),
        _col("at", UtcDateTime()),
        _col("terminal_id", sa.String(64)),
        _col("kind", sa.String(32)),
        _col("key", sa.String(64)),
        _col("status", sa.String(16)),
        _col("reason", sa.Text()),
        _col("payload", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_rejections"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_rejections_terminal_id", "rejections", ["terminal_id"])
    op.create_table(
        "balance_flags",
        _id("member_id"),
        _col("flagged_at", UtcDateTime()),
        _col("lowest", sa.BigInteger()),
        sa.PrimaryKeyConstraint("member_id", name="pk_balance_flags"),
    )


def upgrade() -> None:
    """Create every table, index and trigger, and the epoch."""
    _people()
    _ledger()
    _sales()
    _terminals()
    _sync()
    if op.get_context().dialect.name == "postgresql":
        for statement in POSTGRESQL_UP:
            op.execute(statement)


def downgrade() -> None:
    """Drop everything the upgrade created."""
    if op.get_context().dialect.name == "postgresql":
        for statement in POSTGRESQL_DOWN:
            op.execute(statement)
    for table in TABLES:
        op.drop_table(table)
