"""The ledger beside the projection derived from it, member by member, for `audit verify`.

Three ordered reads go side by side: the entries by (member, write order), the lots by
(member, position) and the balance rows by member, each served by its index. They are merged
on the member id, so one member's rows are in memory at a time whatever the store's size.
Every lot row is read, even one with no points left, since a live projection never keeps one.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, bindparam, func, select

from db.models import balances, ledger_entries, lots
from db.repositories.ledger import COLUMNS, entry_from_row
from pos_loyalty.domain.ledger import LedgerEntry, Lot
from pos_loyalty.domain.projection import StoredWallet

STREAM = 10_000
"""Rows fetched at a time from each of the three reads."""
_ENTRIES = select(*COLUMNS).order_by(ledger_entries.c.member_id, ledger_entries.c.pos)
_LOTS = select(
    lots.c.member_id, lots.c.id, lots.c.remaining, lots.c.active_from, lots.c.expires_on
).order_by(lots.c.member_id, lots.c.position)
_BALANCES = select(balances.c.member_id, balances.c.balance, balances.c.debt).order_by(
    balances.c.member_id
)
_OWN = (
    select(*COLUMNS)
    .where(
        ledger_entries.c.terminal_id == bindparam("terminal_id"),
        ledger_entries.c.seq > bindparam("after"),
    )
    .order_by(ledger_entries.c.seq)
    .limit(bindparam("limit"))
)
_MEMBER = COLUMNS.index(ledger_entries.c.member_id)
_DONE = "\U0010ffff"
"""Sorts after every member id: the key of an exhausted read."""


class SqlAlchemyProjectionSource:
    """The ProjectionSource port over `ledger_entries`, `lots` and `balances`."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def members(self) -> Iterator[tuple[str, list[LedgerEntry], StoredWallet]]:
        """Every member with entries, lots or a balance row, in member id order."""
        entries = self._grouped(_ENTRIES, itemgetter(_MEMBER))
        lot_rows = self._grouped(_LOTS, itemgetter(0))
        balance_rows = self._grouped(_BALANCES, itemgetter(0))
        heads = [next(entries, None), next(lot_rows, None), next(balance_rows, None)]
        reads = [entries, lot_rows, balance_rows]
        while True:
            member = min(_key(head) for head in heads)
            if member == _DONE:
                return
            found: list[list[Any]] = [[], [], []]
            for n, head in enumerate(heads):
                if head is not None and head[0] == member:
                    found[n] = head[1]
                    heads[n] = next(reads[n], None)
            yield member, [entry_from_row(r) for r in found[0]], _stored(found[1], found[2])

    def count(self) -> int:
        """The number of balance rows (every member who ever had points has one)."""
        query = select(func.count()).select_from(balances)
        return int(self._connection.execute(query).scalar_one())

    def own_entries(self, terminal_id: str, after_seq: int, limit: int) -> list[LedgerEntry]:
        """Up to `limit` entries of `terminal_id` above sequence `after_seq`, in sequence order."""
        params = {"terminal_id": terminal_id, "after": after_seq, "limit": limit}
        return [entry_from_row(r) for r in self._connection.execute(_OWN, params)]

    def _grouped(self, query: Any, key: Any) -> Iterator[tuple[str, list[Any]]]:
        rows = self._connection.execute(query.execution_options(yield_per=STREAM))
        for member, group in groupby(rows, key=key):
            yield str(member), list(group)


def _key(head: tuple[str, list[Any]] | None) -> str:
    return _DONE if head is None else head[0]


def _stored(lot_rows: list[Any], balance_rows: list[Any]) -> StoredWallet:
    found = tuple(Lot(r.id, r.remaining, r.active_from, r.expires_on) for r in lot_rows)
    if not balance_rows:
        return StoredWallet(lots=found)
    row = balance_rows[0]
    return StoredWallet(lots=found, balance=int(row.balance), debt=int(row.debt))
