"""The schema as typed SQLAlchemy models, one `MetaData` with stable constraint names.

The schema itself is created by the migrations in `db/migrations`; these models describe it
for the repositories (which use the tables with Core statements) and for the central server,
which reuses them on PostgreSQL. A test checks that models and migrations agree.

Money and points are BIGINT (whole minor units, whole points); dates and instants use the
exact types in `db.column_types`. `members.pos` and `ledger_entries.pos` are INTEGER PRIMARY KEYs
(SQLite's rowid): the write order, and a key that VACUUM never renumbers.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Computed,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.column_types import IsoDate, RowId, UtcDateTime

SEARCH_NAME = "replace(replace(name, 'ё', 'е'), 'Ё', 'Е')"
"""The name as the search index sees it: 'ё' folded to 'е', as people type either."""

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Id = String(36)
TerminalId = String(64)
Amount = BigInteger


class Base(DeclarativeBase):
    """The declarative base; every table shares its naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class MemberRow(Base):
    """A member; the full-text index covers `search_name` (the name with 'ё' as 'е')."""

    __tablename__ = "members"
    __table_args__ = (
        Index("ix_members_phone", "phone"),
        Index("ix_members_registered_on_id", "registered_on", "id"),
    )

    pos: Mapped[int] = mapped_column(RowId, primary_key=True)
    id: Mapped[str] = mapped_column(Id, unique=True)
    name: Mapped[str] = mapped_column(Text)
    search_name: Mapped[str] = mapped_column(Text, Computed(SEARCH_NAME, persisted=True))
    phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(254))
    birthday: Mapped[date | None] = mapped_column(IsoDate)
    consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    registered_on: Mapped[date | None] = mapped_column(IsoDate)
    referrer_id: Mapped[str | None] = mapped_column(Id)
    referral_rewarded: Mapped[bool] = mapped_column(Boolean)
    last_birthday_bonus_year: Mapped[int | None] = mapped_column(Integer)
    membership_until: Mapped[date | None] = mapped_column(IsoDate)
    last_purchase_on: Mapped[date | None] = mapped_column(IsoDate)
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    merged_into: Mapped[str | None] = mapped_column(Id, index=True)
    marketing_consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CardRow(Base):
    """A plastic card, assigned to a member or waiting in a batch."""

    __tablename__ = "cards"

    number: Mapped[str] = mapped_column(String(13), primary_key=True)
    card_type: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    member_id: Mapped[str | None] = mapped_column(Id, ForeignKey("members.id"), index=True)
    replaced_by: Mapped[str | None] = mapped_column(String(13))
    block_reason: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)


class CardSequenceRow(Base):
    """Named counters; the row 'cards' holds the last card sequence handed out."""

    __tablename__ = "card_sequence"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_value: Mapped[int] = mapped_column(BigInteger)


class LedgerEntryRow(Base):
    """One immutable change of points; triggers refuse UPDATE and DELETE."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        UniqueConstraint("terminal_id", "seq"),
        Index("ix_ledger_entries_member_id_pos", "member_id", "pos"),
        Index("ix_ledger_entries_business_date", "business_date"),
        Index(
            "ix_ledger_entries_business_date_covering",
            "business_date",
            "terminal_id",
            "kind",
            "points",
        ),
        Index("ix_ledger_entries_kind_refers_to", "kind", "refers_to"),
    )

    pos: Mapped[int] = mapped_column(RowId, primary_key=True)
    id: Mapped[str] = mapped_column(Id, unique=True)
    terminal_id: Mapped[str] = mapped_column(TerminalId)
    seq: Mapped[int] = mapped_column(BigInteger)
    member_id: Mapped[str] = mapped_column(Id)
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Amount)
    business_date: Mapped[date] = mapped_column(IsoDate)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[str] = mapped_column(String(64))
    programme_version: Mapped[int] = mapped_column(Integer)
    card_number: Mapped[str | None] = mapped_column(String(13))
    sale_id: Mapped[str | None] = mapped_column(Id, index=True)
    refers_to: Mapped[str | None] = mapped_column(Id)
    active_from: Mapped[date | None] = mapped_column(IsoDate)
    expires_on: Mapped[date | None] = mapped_column(IsoDate)
    reason: Mapped[str] = mapped_column(Text)


class TerminalSequenceRow(Base):
    """The last ledger sequence number each terminal used."""

    __tablename__ = "terminal_sequences"

    terminal_id: Mapped[str] = mapped_column(TerminalId, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)


class LotRow(Base):
    """An open lot of the balance projection; `id` is the credit entry's id."""

    __tablename__ = "lots"
    __table_args__ = (
        Index("ix_lots_member_id_position", "member_id", "position"),
        Index("ix_lots_expires_on_member_id", "expires_on", "member_id"),
        Index("ix_lots_expires_on_active_from_remaining", "expires_on", "active_from", "remaining"),
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    member_id: Mapped[str] = mapped_column(Id)
    position: Mapped[int] = mapped_column(Integer)
    remaining: Mapped[int] = mapped_column(Amount)
    active_from: Mapped[date] = mapped_column(IsoDate)
    expires_on: Mapped[date | None] = mapped_column(IsoDate)


class BalanceRow(Base):
    """The balance projection: points held and debt per member."""

    __tablename__ = "balances"

    member_id: Mapped[str] = mapped_column(Id, primary_key=True)
    balance: Mapped[int] = mapped_column(Amount, index=True)
    debt: Mapped[int] = mapped_column(Amount)


class MemberSpendRow(Base):
    """Qualifying spend per member and day (refunds make it smaller)."""

    __tablename__ = "member_spend"
    __table_args__ = (
        PrimaryKeyConstraint("member_id", "day"),
        {"sqlite_with_rowid": False},
    )

    member_id: Mapped[str] = mapped_column(Id)
    day: Mapped[date] = mapped_column(IsoDate)
    amount: Mapped[int] = mapped_column(Amount)


class SaleRow(Base):
    """A confirmed checkout; `lines` is JSON text of {amount, category} objects."""

    __tablename__ = "sales"
    __table_args__ = (
        Index("ix_sales_member_id_created_at", "member_id", "created_at"),
        Index("ix_sales_terminal_id_created_at", "terminal_id", "created_at"),
        Index(
            "ix_sales_business_date_covering",
            "business_date",
            "terminal_id",
            "member_id",
            "total",
            "discount",
            "redeemed_value",
            "paid",
            "kind",
        ),
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(TerminalId)
    receipt_no: Mapped[str] = mapped_column(String(64))
    business_date: Mapped[date] = mapped_column(IsoDate)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    member_id: Mapped[str | None] = mapped_column(Id)
    card_number: Mapped[str | None] = mapped_column(String(13))
    staff_id: Mapped[str] = mapped_column(String(64))
    programme_version: Mapped[int] = mapped_column(Integer)
    tier: Mapped[str] = mapped_column(String(64))
    lines: Mapped[str] = mapped_column(Text)
    total: Mapped[int] = mapped_column(Amount)
    discount: Mapped[int] = mapped_column(Amount)
    redeemed_points: Mapped[int] = mapped_column(Amount)
    redeemed_value: Mapped[int] = mapped_column(Amount)
    paid: Mapped[int] = mapped_column(Amount)
    earned_points: Mapped[int] = mapped_column(Amount)
    bonus_points: Mapped[int] = mapped_column(Amount)
    refunded: Mapped[int] = mapped_column(Amount)
    kind: Mapped[str] = mapped_column(String(16), server_default="goods")
    membership_before: Mapped[date | None] = mapped_column(IsoDate)
    membership_until: Mapped[date | None] = mapped_column(IsoDate)


class RefundRow(Base):
    """One refund or void of a sale."""

    __tablename__ = "refunds"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    sale_id: Mapped[str] = mapped_column(Id, ForeignKey("sales.id"), index=True)
    terminal_id: Mapped[str] = mapped_column(TerminalId)
    business_date: Mapped[date] = mapped_column(IsoDate, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    amount: Mapped[int] = mapped_column(Amount)
    points_reversed: Mapped[int] = mapped_column(Amount)
    points_returned: Mapped[int] = mapped_column(Amount)
    money_returned: Mapped[int] = mapped_column(Amount)
    staff_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    is_void: Mapped[bool] = mapped_column(Boolean)


class ProgrammeRow(Base):
    """One immutable programme version as JSON text (`Programme.to_dict()`)."""

    __tablename__ = "programmes"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    data: Mapped[str] = mapped_column(Text)


class OfferRow(Base):
    """A personal offer as JSON text; `used_sale_id` is set once it was used."""

    __tablename__ = "offers"
    __table_args__ = (PrimaryKeyConstraint("member_id", "code"),)

    member_id: Mapped[str] = mapped_column(Id)
    code: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)
    used_sale_id: Mapped[str | None] = mapped_column(Id)


class OutboxRow(Base):
    """A message for the central server, written with the change it reports.

    A message the server refused (`set_aside_at`, with the server's reason) is handled like a
    sent one, so it never holds back the messages behind it; the operator reads it.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index(
            "ix_outbox_unsent",
            "id",
            sqlite_where=text("sent_at IS NULL"),
            postgresql_where=text("sent_at IS NULL"),
        ),
        Index(
            "ix_outbox_set_aside",
            "id",
            sqlite_where=text("set_aside_at IS NOT NULL"),
            postgresql_where=text("set_aside_at IS NOT NULL"),
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(RowId, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    set_aside_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    set_aside_reason: Mapped[str | None] = mapped_column(Text)


class SettingRow(Base):
    """A setting: JSON text by key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


metadata = Base.metadata
members = _table(MemberRow)
cards = _table(CardRow)
card_sequence = _table(CardSequenceRow)
ledger_entries = _table(LedgerEntryRow)
terminal_sequences = _table(TerminalSequenceRow)
lots = _table(LotRow)
balances = _table(BalanceRow)
member_spend = _table(MemberSpendRow)
sales = _table(SaleRow)
refunds = _table(RefundRow)
programmes = _table(ProgrammeRow)
offers = _table(OfferRow)
outbox = _table(OutboxRow)
settings = _table(SettingRow)


class StaffRow(Base):
    """A staff account: role, argon2 PIN hash, lockout state."""

    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(Text)
    failed_attempts: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    active: Mapped[bool] = mapped_column(Boolean)


class SlipRow(Base):
    """A slip as first printed (JSON text), for reprints from history."""

    __tablename__ = "slips"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    sale_id: Mapped[str] = mapped_column(Id, index=True)
    data: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    """One manual action in the hash-chained, insert-only audit log."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_action_seq", "action", "seq"),)

    seq: Mapped[int] = mapped_column(RowId, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    terminal_id: Mapped[str] = mapped_column(TerminalId)
    staff_id: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditKeyRow(Base):
    """A key of the audit chain (hex), in force from record `from_seq` on; insert-only."""

    __tablename__ = "audit_keys"

    from_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)


staff = _table(StaffRow)
slips = _table(SlipRow)
audit_log = _table(AuditRow)
audit_keys = _table(AuditKeyRow)


class SyncStateRow(Base):
    """The terminal's link to the central server: one row (`id` 1) once it is enrolled."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    server_url: Mapped[str] = mapped_column(Text)
    token: Mapped[str] = mapped_column(Text)
    ca_file: Mapped[str | None] = mapped_column(Text)
    terminal_id: Mapped[str] = mapped_column(TerminalId)
    store: Mapped[str] = mapped_column(String(128))
    epoch: Mapped[str] = mapped_column(String(64))
    cursor: Mapped[str | None] = mapped_column(Text)
    acked_seq: Mapped[int] = mapped_column(BigInteger)
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer)


class SyncLogRow(Base):
    """What the sync wants people to see: refused messages, conflicts, failures."""

    __tablename__ = "sync_log"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(RowId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    level: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text)


sync_state = _table(SyncStateRow)
sync_log = _table(SyncLogRow)


class ImportBatchRow(Base):
    """One imported member file: when, by whom, and what it brought in."""

    __tablename__ = "import_batches"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    terminal_id: Mapped[str] = mapped_column(TerminalId)
    staff_id: Mapped[str] = mapped_column(String(64))
    members: Mapped[int] = mapped_column(Amount)
    points: Mapped[int] = mapped_column(Amount)
    spend: Mapped[int] = mapped_column(Amount)


import_batches = _table(ImportBatchRow)


class CardBlockRow(Base):
    """A block of card sequences the server gave this terminal; new cards are numbered from it."""

    __tablename__ = "card_blocks"

    first_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    next_seq: Mapped[int] = mapped_column(BigInteger)


class ChainSpendRow(Base):
    """Qualifying spend of a member on a day at another terminal, as the server last sent it."""

    __tablename__ = "chain_spend"
    __table_args__ = (
        PrimaryKeyConstraint("member_id", "day", "terminal_id"),
        {"sqlite_with_rowid": False},
    )

    member_id: Mapped[str] = mapped_column(Id)
    day: Mapped[date] = mapped_column(IsoDate)
    terminal_id: Mapped[str] = mapped_column(TerminalId)
    amount: Mapped[int] = mapped_column(Amount)


card_blocks = _table(CardBlockRow)
chain_spend = _table(ChainSpendRow)


class TillCheckRow(Base):
    """A check the shop's till sent: what was calculated, its state, and the sale it became."""

    __tablename__ = "till_checks"

    check_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    request: Mapped[str] = mapped_column(Text)
    discount: Mapped[int] = mapped_column(Amount)
    redeemed_points: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(16))
    sale_id: Mapped[str | None] = mapped_column(Id, nullable=True)
    receipt_no: Mapped[str] = mapped_column(String(64))
    returned: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


till_checks = _table(TillCheckRow)


class DailyFigureRow(Base):
    """Sums of one business day, kind and terminal, kept with the rows they sum.

    `kind` is `sale:card`, `sale:plain`, `sale:membership`, `refund:goods`,
    `refund:membership` or `points:<entry kind>`; what each measure holds for each kind is in
    `db.repositories.daily_figures`.
    """

    __tablename__ = "daily_figures"
    __table_args__ = (
        PrimaryKeyConstraint("business_date", "kind", "terminal_id"),
        {"sqlite_with_rowid": False},
    )

    business_date: Mapped[date] = mapped_column(IsoDate)
    kind: Mapped[str] = mapped_column(String(32))
    terminal_id: Mapped[str] = mapped_column(TerminalId)
    items: Mapped[int] = mapped_column(Amount)
    voids: Mapped[int] = mapped_column(Amount)
    amount: Mapped[int] = mapped_column(Amount)
    discount: Mapped[int] = mapped_column(Amount)
    redeemed_value: Mapped[int] = mapped_column(Amount)
    money: Mapped[int] = mapped_column(Amount)
    points_in: Mapped[int] = mapped_column(Amount)
    points_out: Mapped[int] = mapped_column(Amount)


class BuyerMonthRow(Base):
    """A member's checks of goods in one calendar month (every terminal), linked to the
    member's purchases before and after it, so distinct buyers of a span are counted, not
    grouped (`db.reports.buyers`). `joined` is the member's registration day, kept equal to
    `members.registered_on` by triggers on `members` (NULL: none, or no such member)."""

    __tablename__ = "buyer_months"
    __table_args__ = (
        PrimaryKeyConstraint("member_id", "month"),
        Index(
            "ix_buyer_months_month_covering",
            "month",
            "prev_day",
            "last_day",
            "first_day",
            "next_day",
            "checks",
            "joined",
        ),
        Index("ix_buyer_months_joined_month", "joined", "month", "first_day"),
        {"sqlite_with_rowid": False},
    )

    member_id: Mapped[str] = mapped_column(Id)
    month: Mapped[date] = mapped_column(IsoDate)
    checks: Mapped[int] = mapped_column(Amount)
    first_day: Mapped[date] = mapped_column(IsoDate)
    last_day: Mapped[date] = mapped_column(IsoDate)
    prev_day: Mapped[date] = mapped_column(IsoDate)
    next_day: Mapped[date] = mapped_column(IsoDate)
    joined: Mapped[date | None] = mapped_column(IsoDate)


daily_figures = _table(DailyFigureRow)
buyer_months = _table(BuyerMonthRow)
