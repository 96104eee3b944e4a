"""The points ledger: insert-only entries, read in write order, and per-terminal sequences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, text

from db.models import ledger_entries
from db.repositories.daily_figures import record_entries
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.rewards_catalogue import REWARD_OFFLINE

FIELDS = tuple(f.name for f in fields(LedgerEntry))
COLUMNS = tuple(ledger_entries.c[name] for name in FIELDS)
_KIND = FIELDS.index("kind")

_INSERT = insert(ledger_entries)
_OF_MEMBER = (
    select(*COLUMNS)
    .where(ledger_entries.c.member_id == bindparam("member_id"))
    .order_by(ledger_entries.c.pos)
)
_OF_SALE = (
    select(*COLUMNS)
    .where(ledger_entries.c.sale_id == bindparam("sale_id"))
    .order_by(ledger_entries.c.pos)
)
_NEWEST = (
    select(*COLUMNS)
    .where(ledger_entries.c.member_id == bindparam("member_id"))
    .order_by(ledger_entries.c.pos.desc())
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)
_OLDER = (
    select(ledger_entries.c.points)
    .where(ledger_entries.c.member_id == bindparam("member_id"))
    .order_by(ledger_entries.c.pos.desc())
    .offset(bindparam("skip"))
    .subquery()
)
_TOTALS = select(func.count(), func.coalesce(func.sum(_OLDER.c.points), 0))
_BY_ID = select(*COLUMNS).where(ledger_entries.c.id == bindparam("entry_id"))
_REFUNDS = ledger_entries.alias("refunds")
_REWARDS = select(func.count()).where(
    ledger_entries.c.kind == EntryKind.REWARD.value,
    ledger_entries.c.refers_to == bindparam("reward_id"),
)
_REWARDS_KEPT = _REWARDS.where(
    ~select(_REFUNDS.c.id)
    .where(
        _REFUNDS.c.kind == EntryKind.REVERSAL.value,
        _REFUNDS.c.refers_to == ledger_entries.c.id,
    )
    .exists()
)
_REWARDS_OFFLINE = _REWARDS.where(
    ledger_entries.c.terminal_id == bindparam("terminal_id"),
    ledger_entries.c.reason == REWARD_OFFLINE,
)
_REVERSAL_OF = (
    select(*COLUMNS)
    .where(
        ledger_entries.c.kind == EntryKind.REVERSAL.value,
        ledger_entries.c.refers_to == bindparam("entry_id"),
    )
    .limit(1)
)
# Starts after the highest sequence already on file, so a lost counter row cannot reuse one.
_NEXT_SEQ = text(
    "INSERT INTO terminal_sequences (terminal_id, last_seq) VALUES (:terminal_id,"
    " (SELECT COALESCE(MAX(seq), 0) FROM ledger_entries WHERE terminal_id = :terminal_id) + 1)"
    " ON CONFLICT (terminal_id) DO UPDATE"
    " SET last_seq = max(terminal_sequences.last_seq + 1, excluded.last_seq)"
    " RETURNING last_seq"
)


_FIELD_VALUES = attrgetter(*FIELDS)


def entry_values(entry: LedgerEntry) -> list[Any]:
    """The column values of a ledger entry, in the order of FIELDS."""
    values = list(_FIELD_VALUES(entry))
    values[_KIND] = entry.kind.value
    return values


def entry_params(entry: LedgerEntry) -> dict[str, Any]:
    """Return the column values of a ledger entry by name."""
    return dict(zip(FIELDS, entry_values(entry), strict=True))


def entry_from_row(row: Sequence[Any]) -> LedgerEntry:
    """Build a ledger entry from a row of COLUMNS."""
    values = list(row)
    values[_KIND] = EntryKind(values[_KIND])
    return LedgerEntry(*values)


class SqlAlchemyLedgerRepository:
    """Entries in `ledger_entries`; the database refuses to update or delete them."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, entry: LedgerEntry) -> None:
        """Insert an entry (and add it to the daily figures); a repeated id or (terminal, seq)
        is refused by the database."""
        self._connection.execute(_INSERT, entry_params(entry))
        record_entries(self._connection, [entry])

    def of_member(self, member_id: str) -> list[LedgerEntry]:
        """Return a member's entries in the order they were written."""
        rows = self._connection.execute(_OF_MEMBER, {"member_id": member_id})
        return [entry_from_row(row) for row in rows]

    def of_sale(self, sale_id: str) -> list[LedgerEntry]:
        """Return the entries a sale (and its refunds) wrote, in write order."""
        rows = self._connection.execute(_OF_SALE, {"sale_id": sale_id})
        return [entry_from_row(row) for row in rows]

    def next_seq(self, terminal_id: str) -> int:
        """Take the terminal's next sequence number (1, 2, ...) inside this transaction."""
        params = {"terminal_id": terminal_id}
        result: int = self._connection.execute(_NEXT_SEQ, params).scalar_one()
        return result

    def totals_of_member(self, member_id: str, skip_newest: int = 0) -> tuple[int, int]:
        """Return (entries, points) of a member's entries but the `skip_newest` newest ones."""
        params = {"member_id": member_id, "skip": max(skip_newest, 0)}
        count, points = self._connection.execute(_TOTALS, params).one()
        return int(count), int(points)

    def newest_of_member(self, member_id: str, offset: int, limit: int) -> list[LedgerEntry]:
        """Return a page of a member's entries, newest first."""
        params = {"member_id": member_id, "offset": offset, "limit": limit}
        return [entry_from_row(row) for row in self._connection.execute(_NEWEST, params)]

    def get(self, entry_id: str) -> LedgerEntry | None:
        """Return the entry with this id, if there is one."""
        row = self._connection.execute(_BY_ID, {"entry_id": entry_id}).first()
        return None if row is None else entry_from_row(row)

    def reversal_of(self, entry_id: str) -> LedgerEntry | None:
        """Return a reversal that refers to this entry (a reward refunded), if there is one."""
        row = self._connection.execute(_REVERSAL_OF, {"entry_id": entry_id}).first()
        return None if row is None else entry_from_row(row)

    def rewards_given(self, reward_id: str) -> int:
        """Count the reward's entries that no refund reversed (every terminal's, as known)."""
        return int(self._connection.execute(_REWARDS_KEPT, {"reward_id": reward_id}).scalar_one())

    def rewards_given_offline(self, reward_id: str, terminal_id: str) -> int:
        """Count the reward's entries `terminal_id` wrote offline, refunded or not."""
        params = {"reward_id": reward_id, "terminal_id": terminal_id}
        return int(self._connection.execute(_REWARDS_OFFLINE, params).scalar_one())
