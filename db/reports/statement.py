"""One member's history for the statement, and the whole ledger of a period for the export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import Connection, func, select

from db.models import cards, ledger_entries, members, sales
from db.reports.common import in_terminals
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.rows import LedgerLine, MemberCard, StatementEntry, StatementSale

Terminals = tuple[str, ...] | None
STREAM_CHUNK = 2_000


class StatementQueries:
    """Ledger entries and checks, of one member or of a whole period."""

    _connection: Connection

    def member_by_card(self, number: str) -> MemberCard | None:
        """The member holding this card (a replaced or blocked card still names its member)."""
        c, m = cards.c, members.c
        statement = (
            select(m.id, c.number, m.name, m.erased_at.is_not(None))
            .select_from(cards.join(members, m.id == c.member_id))
            .where(c.number == number)
        )
        row = self._connection.execute(statement).first()
        return None if row is None else MemberCard(row[0], row[1], row[2] or "", bool(row[3]))

    def balance_before(self, member_id: str, day: date) -> int:
        """The sum of the member's entries before `day`."""
        e = ledger_entries.c
        statement = select(func.coalesce(func.sum(e.points), 0)).where(
            e.member_id == member_id, e.business_date < day
        )
        return int(self._connection.execute(statement).scalar_one())

    def statement_entries(self, member_id: str, period: Period) -> list[StatementEntry]:
        """The member's entries of the period in the order they were written."""
        e = ledger_entries.c
        statement = (
            select(e.business_date, e.created_at, e.kind, e.points, e.reason, e.expires_on)
            .where(e.member_id == member_id, e.business_date.between(period.first, period.last))
            .order_by(e.pos)
        )
        return [StatementEntry(*row) for row in self._connection.execute(statement)]

    def statement_sales(self, member_id: str, period: Period) -> list[StatementSale]:
        """The member's checks of the period."""
        s = sales.c
        statement = (
            select(
                s.business_date,
                s.receipt_no,
                s.total,
                s.discount,
                s.redeemed_points,
                s.paid,
                s.earned_points + s.bonus_points,
                s.refunded,
            )
            .where(s.member_id == member_id, s.business_date.between(period.first, period.last))
            .order_by(s.created_at)
        )
        return [StatementSale(*row) for row in self._connection.execute(statement)]

    def ledger_count(self, period: Period, terminals: Terminals) -> int:
        """How many entries the period has."""
        e = ledger_entries.c
        statement = (
            select(func.count())
            .where(e.business_date.between(period.first, period.last))
            .where(in_terminals(e.terminal_id, terminals))
        )
        return int(self._connection.execute(statement).scalar_one())

    def ledger_lines(self, period: Period, terminals: Terminals) -> Iterator[LedgerLine]:
        """The period's entries by day and write order, streamed in chunks."""
        e = ledger_entries.c
        statement = (
            select(
                e.business_date,
                e.created_at,
                e.terminal_id,
                e.seq,
                e.card_number,
                e.kind,
                e.points,
                e.sale_id,
                e.reason,
            )
            .where(e.business_date.between(period.first, period.last))
            .where(in_terminals(e.terminal_id, terminals))
            .order_by(e.business_date, e.pos)
        )
        result = self._connection.execution_options(yield_per=STREAM_CHUNK).execute(statement)
        for chunk in result.partitions():
            for row in chunk:
                yield LedgerLine(*row)
