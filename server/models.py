"""The central server's schema: the shared tables of `db.models`, and the server's own.

The members, cards, ledger, programmes, staff, sales, refunds, balance and daily figures
tables are the terminal's definitions copied into the server's `MetaData` (same names, types
and constraint names on SQLite and PostgreSQL). The server adds stores, terminals and their
enrolment codes, per-entry receipts, the change log that pull pages are cut from, sequence
gaps, refused messages, the history of negative balances (each flag open until a manager
resolves it), the
blocks of card numbers handed to terminals (with the terminal that first sent each card), and
qualifying spend per member, day and terminal.
It also keeps each terminal's evidence (the hashes of its audit records, the heads of its
chain and ledger) and the stores each staff account is sent to, and the online reservations
of members' points. The schema itself comes from `server/migrations`.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import UserDefinedType

from db import models as shared
from db.column_types import IsoDate, RowId, UtcDateTime
from db.models import NAMING_CONVENTION, TerminalId


class Xid8(UserDefinedType[int]):
    """PostgreSQL's 64-bit transaction id (`xid8`): the writer of a change-log row."""

    cache_ok = True

    def get_col_spec(self, **_kw: object) -> str:
        """Render the type in DDL."""
        return "XID8"


postgresql.base.ischema_names.setdefault("xid8", Xid8)  # so reflection knows the type
XidType = BigInteger().with_variant(Xid8(), "postgresql")
"""A transaction id on PostgreSQL; on SQLite (one writer at a time) always NULL."""

metadata = MetaData(naming_convention=NAMING_CONVENTION)

members = shared.members.to_metadata(metadata)
cards = shared.cards.to_metadata(metadata)
ledger_entries = shared.ledger_entries.to_metadata(metadata)
programmes = shared.programmes.to_metadata(metadata)
staff = shared.staff.to_metadata(metadata)
sales = shared.sales.to_metadata(metadata)
refunds = shared.refunds.to_metadata(metadata)
balances = shared.balances.to_metadata(metadata)
daily_figures = shared.daily_figures.to_metadata(metadata)
buyer_months = shared.buyer_months.to_metadata(metadata)

EXPIRED = text("kind = 'expire'")
Index(
    "ix_ledger_entries_expiring_member_id",
    ledger_entries.c.member_id,
    sqlite_where=EXPIRED,
    postgresql_where=EXPIRED,
)
"""Members with expiry entries: their balance is rebuilt, not added to (see store.wallets)."""

server_meta = Table(
    "server_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
stores = Table(
    "stores",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("name", String(128), nullable=False, unique=True),
    Column("created_at", UtcDateTime(), nullable=False),
    sqlite_autoincrement=True,
)
terminals = Table(
    "terminals",
    metadata,
    Column("id", TerminalId, primary_key=True),
    Column("store_id", RowId, ForeignKey("stores.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("enrolled_at", UtcDateTime(), nullable=False),
    Column("revoked_at", UtcDateTime(), nullable=True),
    Column("last_seen_at", UtcDateTime(), nullable=True),
    Column("last_seq", BigInteger, nullable=False),
    Column("missing", BigInteger, nullable=False),
    Column("audit_key", String(64), nullable=True),
    Column("blocks_shown_epoch", String(64), nullable=True),
)
"""`blocks_shown_epoch`: the epoch in which the terminal last showed its card-number blocks."""
enrolment_codes = Table(
    "enrolment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("store_id", RowId, ForeignKey("stores.id"), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("used_at", UtcDateTime(), nullable=True),
    Column("terminal_id", TerminalId, nullable=True),
)
entry_receipts = Table(
    "entry_receipts",
    metadata,
    Column("entry_id", String(36), primary_key=True),
    Column("terminal_id", TerminalId, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
)
change_log = Table(
    "change_log",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("xid", XidType, nullable=True),
    Column("kind", String(16), nullable=False),
    Column("key", String(64), nullable=False),
    Column("origin", TerminalId, nullable=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("entry_json", LargeBinary, nullable=True),
    Index("ix_change_log_xid_id", "xid", "id"),
    sqlite_autoincrement=True,
)
sequence_gaps = Table(
    "sequence_gaps",
    metadata,
    Column("terminal_id", TerminalId, nullable=False),
    Column("first_seq", BigInteger, nullable=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("detected_at", UtcDateTime(), nullable=False),
    PrimaryKeyConstraint("terminal_id", "first_seq"),
)
rejections = Table(
    "rejections",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("terminal_id", TerminalId, nullable=False, index=True),
    Column("kind", String(32), nullable=False),
    Column("key", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("payload", Text, nullable=False),
    sqlite_autoincrement=True,
)
OPEN_FLAG = text("resolved_at IS NULL")
negative_flags = Table(
    "negative_flags",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("member_id", String(36), nullable=False, index=True),
    Column("flagged_at", UtcDateTime(), nullable=False),
    Column("lowest", BigInteger, nullable=False),
    Column("lowest_at", UtcDateTime(), nullable=False),
    Column("resolved_at", UtcDateTime(), nullable=True),
    Column("resolved_by", String(128), nullable=True),
    Column("resolution", Text, nullable=True),
    Index(
        "uq_negative_flags_open_member_id",
        "member_id",
        unique=True,
        sqlite_where=OPEN_FLAG,
        postgresql_where=OPEN_FLAG,
    ),
    sqlite_autoincrement=True,
)
"""Every dip below zero: open until a manager resolves it (who, when, why); one open per member."""
card_blocks = Table(
    "card_blocks",
    metadata,
    Column("first_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("terminal_id", TerminalId, nullable=False, index=True),
    Column("granted_at", UtcDateTime(), nullable=False),
)
"""Ranges of the card sequence, each given to one terminal, which issues new numbers only there."""
card_origins = Table(
    "card_origins",
    metadata,
    Column("number", String(13), primary_key=True),
    Column("terminal_id", TerminalId, nullable=False),
    Column("at", UtcDateTime(), nullable=False),
)
"""The terminal that first sent each card (cards stored before this table have none)."""
chain_spend = Table(
    "chain_spend",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("member_id", String(36), nullable=False),
    Column("day", IsoDate(), nullable=False),
    Column("terminal_id", TerminalId, nullable=False),
    Column("amount", BigInteger, nullable=False),
    UniqueConstraint("member_id", "day", "terminal_id"),
    sqlite_autoincrement=True,
)
"""Qualifying spend per member, day and terminal (sales less refunds), sent down with pulls."""
audit_copies = Table(
    "audit_copies",
    metadata,
    Column("terminal_id", TerminalId, nullable=False),
    Column("seq", BigInteger, nullable=False, autoincrement=False),
    Column("hash", String(64), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("at", UtcDateTime(), nullable=False),
    Column("action", String(64), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    PrimaryKeyConstraint("terminal_id", "seq"),
)
"""The hash of every audit record a terminal sent: what it cannot rewrite afterwards."""
evidence_heads = Table(
    "evidence_heads",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("terminal_id", TerminalId, nullable=False, index=True),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("audit_seq", BigInteger, nullable=False),
    Column("audit_hash", String(64), nullable=False),
    Column("ledger_seq", BigInteger, nullable=False),
    Column("ledger_count", BigInteger, nullable=False),
    Column("ledger_digest", String(64), nullable=False),
    sqlite_autoincrement=True,
)
"""Every head a terminal sent: its last audit record and its ledger's count and running hash."""
staff_stores = Table(
    "staff_stores",
    metadata,
    Column("staff_id", String(36), nullable=False),
    Column("store_id", RowId, ForeignKey("stores.id"), nullable=False, index=True),
    PrimaryKeyConstraint("staff_id", "store_id"),
)
"""The stores whose terminals receive a staff account (and its PIN hash)."""
redemptions = Table(
    "redemptions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("terminal_id", TerminalId, nullable=False),
    Column("member_id", String(36), nullable=False),
    Column("requested", BigInteger, nullable=False),
    Column("granted", BigInteger, nullable=False),
    Column("available", BigInteger, nullable=False),
    Column("points", BigInteger, nullable=False),
    Column("state", String(16), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("sale_id", String(36), nullable=True),
    Column("closed_at", UtcDateTime(), nullable=True),
    Column("reward_id", String(32), nullable=True),
    Index("ix_redemptions_member_id_state", "member_id", "state"),
    Index("ix_redemptions_reward_id_state", "reward_id", "state"),
)
"""Online reservations of a member's points (pos_loyalty.domain.reservations): `points` is what
the reservation holds (granted while open, the sale's redeemed points once committed). A hold
of a reward of the catalogue names it in `reward_id` and also holds one unit of its stock; it
is committed with the reward's ledger entry id in `sale_id`."""
