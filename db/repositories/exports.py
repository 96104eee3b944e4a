"""Rows for the CSV exports, streamed from one read transaction (a row at a time).

The statements are built once; `yield_per` makes SQLAlchemy fetch a few hundred rows at a time,
so an export of a million members or ten million entries runs in constant memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import Connection, bindparam, func, select

from db.column_types import IsoDate
from db.models import balances, cards, ledger_entries, members
from db.repositories.cards import COLUMNS as CARD_COLUMNS
from db.repositories.cards import card_from_row
from db.repositories.ledger import COLUMNS as ENTRY_COLUMNS
from db.repositories.ledger import entry_from_row
from db.repositories.member_columns import MAIN_CARD, WINDOW_SPEND
from db.repositories.members import COLUMNS as MEMBER_COLUMNS
from db.repositories.members import member_from_row
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.services.ports import MemberSummary

FETCH = 500

_MEMBERS = (
    select(*MEMBER_COLUMNS, *CARD_COLUMNS, func.coalesce(balances.c.balance, 0), WINDOW_SPEND)
    .select_from(
        members.outerjoin(cards, cards.c.number == MAIN_CARD).outerjoin(
            balances, balances.c.member_id == members.c.id
        )
    )
    .where(members.c.erased_at.is_(None), members.c.merged_into.is_(None))
    .order_by(members.c.pos)
    .execution_options(yield_per=FETCH)
)
_LEDGER = (
    select(*ENTRY_COLUMNS)
    .where(
        ledger_entries.c.business_date >= bindparam("first_day", type_=IsoDate()),
        ledger_entries.c.business_date <= bindparam("last_day", type_=IsoDate()),
    )
    .order_by(ledger_entries.c.business_date, ledger_entries.c.pos)
    .execution_options(yield_per=FETCH)
)
_M, _C = len(MEMBER_COLUMNS), len(CARD_COLUMNS)


class SqlAlchemyExportSource:
    """The ExportSource port over the open (read) transaction."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def members(self, spend_since: date) -> Iterator[MemberSummary]:
        """Yield members (not erased, not merged) in registration order with card and figures."""
        for row in self._connection.execute(_MEMBERS, {"since": spend_since}):
            card_row = row[_M : _M + _C]
            card = None if card_row[0] is None else card_from_row(card_row)
            balance, spend = row[_M + _C], row[_M + _C + 1]
            yield MemberSummary(member_from_row(row[:_M]), card, int(balance), int(spend))

    def ledger(self, first_day: date | None, last_day: date | None) -> Iterator[LedgerEntry]:
        """Yield the entries of business days in [first_day, last_day], by day then write order."""
        params = {"first_day": first_day or date.min, "last_day": last_day or date.max}
        for row in self._connection.execute(_LEDGER, params):
            yield entry_from_row(row)
