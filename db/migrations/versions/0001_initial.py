"""The initial schema: members, cards, the ledger and its projection, sales, settings.

Also: triggers that make `ledger_entries` insert-only, and the name search (an FTS5 table kept
in sync by triggers on SQLite; an index on lower(name) on PostgreSQL).

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.column_types import IsoDate, RowId, UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

INSERT_ONLY = "ledger entries are insert-only: post a correcting entry"
SEARCH_NAME = "replace(replace(name, 'ё', 'е'), 'Ё', 'Е')"

SQLITE_UP = [
    f"""CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
    BEGIN SELECT RAISE(ABORT, '{INSERT_ONLY}'); END""",
    f"""CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
    BEGIN SELECT RAISE(ABORT, '{INSERT_ONLY}'); END""",
    """CREATE VIRTUAL TABLE members_fts USING fts5(
        search_name, content='members', content_rowid='pos',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
        INSERT INTO members_fts(rowid, search_name) VALUES (new.pos, new.search_name);
    END""",
    """CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
        INSERT INTO members_fts(members_fts, rowid, search_name)
        VALUES ('delete', old.pos, old.search_name);
    END""",
    """CREATE TRIGGER members_fts_update AFTER UPDATE OF name ON members
    WHEN old.name IS NOT new.name BEGIN
        INSERT INTO members_fts(members_fts, rowid, search_name)
        VALUES ('delete', old.pos, old.search_name);
        INSERT INTO members_fts(rowid, search_name) VALUES (new.pos, new.search_name);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS members_fts_update",
    "DROP TRIGGER IF EXISTS members_fts_delete",
    "DROP TRIGGER IF EXISTS members_fts_insert",
    "DROP TABLE IF EXISTS members_fts",
    "DROP TRIGGER IF EXISTS ledger_entries_no_delete",
    "DROP TRIGGER IF EXISTS ledger_entries_no_update",
]
POSTGRESQL_UP = [
    f"""CREATE FUNCTION ledger_entries_insert_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{INSERT_ONLY}';
    END;
    $$""",
    """CREATE TRIGGER ledger_entries_insert_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_insert_only()""",
    """CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_insert_only()""",
    "CREATE INDEX ix_members_lower_search_name ON members (lower(search_name) text_pattern_ops)",
]
POSTGRESQL_DOWN = [
    "DROP INDEX IF EXISTS ix_members_lower_search_name",
    "DROP TRIGGER IF EXISTS ledger_entries_no_truncate ON ledger_entries",
    "DROP TRIGGER IF EXISTS ledger_entries_insert_only ON ledger_entries",
    "DROP FUNCTION IF EXISTS ledger_entries_insert_only()",
]


def _id(name: str, *, nullable: bool) -> sa.Column[str]:
    return sa.Column(name, sa.String(36), nullable=nullable)


def _amount(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.BigInteger(), nullable=False)


def _text(name: str, length: int | None = None) -> sa.Column[str]:
    kind = sa.Text() if length is None else sa.String(length)
    return sa.Column(name, kind, nullable=False)


def _date(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, IsoDate(), nullable=nullable)


def _instant(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, UtcDateTime(), nullable=nullable)


def _people() -> None:
    op.create_table(
        "members",
        sa.Column("pos", RowId, nullable=False),
        _id("id", nullable=False),
        _text("name"),
        sa.Column(
            "search_name", sa.Text(), sa.Computed(SEARCH_NAME, persisted=True), nullable=False
        ),
        _text("phone", 20),
        _text("email", 254),
        _date("birthday"),
        _instant("consent_at"),
        _date("registered_on"),
        _id("referrer_id", nullable=True),
        sa.Column("referral_rewarded", sa.Boolean(), nullable=False),
        sa.Column("last_birthday_bonus_year", sa.Integer(), nullable=True),
        _date("membership_until"),
        _date("last_purchase_on"),
        _instant("erased_at"),
        sa.PrimaryKeyConstraint("pos", name="pk_members"),
        sa.UniqueConstraint("id", name="uq_members_id"),
    )
    op.create_index("ix_members_phone", "members", ["phone"])


def _cards() -> None:
    op.create_table(
        "cards",
        _text("number", 13),
        _text("card_type", 16),
        _text("state", 16),
        _id("member_id", nullable=True),
        sa.Column("replaced_by", sa.String(13), nullable=True),
        _text("block_reason"),
        _instant("issued_at"),
        sa.PrimaryKeyConstraint("number", name="pk_cards"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_cards_member_id_members"),
    )
    op.create_index("ix_cards_member_id", "cards", ["member_id"])
    op.create_table(
        "card_sequence",
        _text("name", 32),
        _amount("last_value"),
        sa.PrimaryKeyConstraint("name", name="pk_card_sequence"),
    )


def _ledger() -> None:
    op.create_table(
        "ledger_entries",
        sa.Column("pos", RowId, nullable=False),
        _id("id", nullable=False),
        _text("terminal_id", 64),
        _amount("seq"),
        _id("member_id", nullable=False),
        _text("kind", 16),
        _amount("points"),
        _date("business_date", nullable=False),
        _instant("created_at", nullable=False),
        _text("staff_id", 64),
        sa.Column("programme_version", sa.Integer(), nullable=False),
        sa.Column("card_number", sa.String(13), nullable=True),
        _id("sale_id", nullable=True),
        _id("refers_to", nullable=True),
        _date("active_from"),
        _date("expires_on"),
        _text("reason"),
        sa.PrimaryKeyConstraint("pos", name="pk_ledger_entries"),
        sa.UniqueConstraint("id", name="uq_ledger_entries_id"),
        sa.UniqueConstraint("terminal_id", "seq", name="uq_ledger_entries_terminal_id_seq"),
    )
    op.create_index("ix_ledger_entries_member_id_pos", "ledger_entries", ["member_id", "pos"])
    op.create_index("ix_ledger_entries_sale_id", "ledger_entries", ["sale_id"])
    op.create_index("ix_ledger_entries_business_date", "ledger_entries", ["business_date"])
    op.create_table(
        "terminal_sequences",
        _text("terminal_id", 64),
        _amount("last_seq"),
        sa.PrimaryKeyConstraint("terminal_id", name="pk_terminal_sequences"),
    )


def _projection() -> None:
    op.create_table(
        "lots",
        _id("id", nullable=False),
        _id("member_id", nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _amount("remaining"),
        _date("active_from", nullable=False),
        _date("expires_on"),
        sa.PrimaryKeyConstraint("id", name="pk_lots"),
    )
    op.create_index("ix_lots_member_id_position", "lots", ["member_id", "position"])
    op.create_index("ix_lots_expires_on_member_id", "lots", ["expires_on", "member_id"])
    op.create_table(
        "balances",
        _id("member_id", nullable=False),
        _amount("balance"),
        _amount("debt"),
        sa.PrimaryKeyConstraint("member_id", name="pk_balances"),
    )
    op.create_index("ix_balances_balance", "balances", ["balance"])
    op.create_table(
        "member_spend",
        _id("member_id", nullable=False),
        _date("day", nullable=False),
        _amount("amount"),
        sa.PrimaryKeyConstraint("member_id", "day", name="pk_member_spend"),
        sqlite_with_rowid=False,
    )


def _sales() -> None:
    op.create_table(
        "sales",
        _id("id", nullable=False),
        _text("terminal_id", 64),
        _text("receipt_no", 64),
        _date("business_date", nullable=False),
        _instant("created_at", nullable=False),
        _id("member_id", nullable=True),
        sa.Column("card_number", sa.String(13), nullable=True),
        _text("staff_id", 64),
        sa.Column("programme_version", sa.Integer(), nullable=False),
        _text("tier", 64),
        _text("lines"),
        *(_amount(name) for name in ("total", "discount", "redeemed_points", "redeemed_value")),
        *(_amount(name) for name in ("paid", "earned_points", "bonus_points", "refunded")),
        sa.PrimaryKeyConstraint("id", name="pk_sales"),
    )
    op.create_index("ix_sales_member_id_created_at", "sales", ["member_id", "created_at"])
    op.create_index("ix_sales_terminal_id_created_at", "sales", ["terminal_id", "created_at"])
    op.create_index("ix_sales_business_date", "sales", ["business_date"])
    op.create_table(
        "refunds",
        _id("id", nullable=False),
        _id("sale_id", nullable=False),
        _text("terminal_id", 64),
        _date("business_date", nullable=False),
        _instant("created_at", nullable=False),
        *(_amount(name) for name in ("amount", "points_reversed", "points_returned")),
        _amount("money_returned"),
        _text("staff_id", 64),
        _text("reason"),
        sa.Column("is_void", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_refunds"),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name="fk_refunds_sale_id_sales"),
    )
    op.create_index("ix_refunds_sale_id", "refunds", ["sale_id"])
    op.create_index("ix_refunds_business_date", "refunds", ["business_date"])


def _documents() -> None:
    op.create_table(
        "programmes",
        sa.Column("version", sa.Integer(), nullable=False, autoincrement=False),
        _instant("created_at", nullable=False),
        _text("data"),
        sa.PrimaryKeyConstraint("version", name="pk_programmes"),
    )
    op.create_table(
        "offers",
        _id("member_id", nullable=False),
        _text("code", 64),
        _text("data"),
        _id("used_sale_id", nullable=True),
        sa.PrimaryKeyConstraint("member_id", "code", name="pk_offers"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", RowId, nullable=False),
        _instant("created_at", nullable=False),
        _text("kind", 64),
        _text("payload"),
        _instant("sent_at"),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_outbox_unsent",
        "outbox",
        ["id"],
        sqlite_where=sa.text("sent_at IS NULL"),
        postgresql_where=sa.text("sent_at IS NULL"),
    )
    op.create_table(
        "settings",
        _text("key", 128),
        _text("value"),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def _dialect_sql(up: bool) -> list[str]:
    name = op.get_context().dialect.name
    if name == "sqlite":
        return SQLITE_UP if up else SQLITE_DOWN
    if name == "postgresql":
        return POSTGRESQL_UP if up else POSTGRESQL_DOWN
    return []


def upgrade() -> None:
    """Create every table, index and trigger."""
    _people()
    _cards()
    _ledger()
    _projection()
    _sales()
    _documents()
    for statement in _dialect_sql(up=True):
        op.execute(statement)


def downgrade() -> None:
    """Drop everything the upgrade created."""
    for statement in _dialect_sql(up=False):
        op.execute(statement)
    for table in (
        "settings",
        "outbox",
        "offers",
        "programmes",
        "refunds",
        "sales",
        "member_spend",
        "balances",
        "lots",
        "terminal_sequences",
        "ledger_entries",
        "card_sequence",
        "cards",
        "members",
    ):
        op.drop_table(table)
