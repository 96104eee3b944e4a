"""The daily sums computed from the rows themselves: sales, ledger entries and refunds.

The reports read these sums from the daily figures (`db.reports.activity`); this is the same
arithmetic over the raw rows, kept as the reference the figures are tested against
(`tests/integration/reports/test_daily_figures.py`) and as a check for a store's operator.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, and_, case, func, or_, select

from db.models import ledger_entries, refunds, sales
from db.reports.common import in_terminals, of_goods, whole
from pos_loyalty.domain.sales import SaleKind
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.rows import PointsDay, RefundsDay, SalesDay

Terminals = tuple[str, ...] | None


class RawActivityQueries:
    """The sums `ActivityQueries` reads from the daily figures, computed from the rows."""

    _connection: Connection

    def sales_by_day(self, period: Period, terminals: Terminals) -> list[SalesDay]:
        """Checks with and without a card, their money, discounts and points paid."""
        s = sales.c
        fee = s.kind == SaleKind.MEMBERSHIP.value
        goods = of_goods(s.kind)
        with_card = and_(s.member_id.is_not(None), goods)
        without = and_(s.member_id.is_(None), goods)
        statement = (
            select(
                s.business_date,
                s.terminal_id,
                func.sum(case((with_card, 1), else_=0)),
                func.sum(case((without, 1), else_=0)),
                func.sum(case((with_card, s.total), else_=0)),
                func.sum(case((without, s.total), else_=0)),
                func.sum(s.discount),
                func.sum(s.redeemed_value),
                func.sum(case((goods, s.paid), else_=0)),
                func.sum(case((fee, 1), else_=0)),
                func.sum(case((fee, s.paid), else_=0)),
            )
            .where(s.business_date.between(period.first, period.last))
            .where(in_terminals(s.terminal_id, terminals))
            .group_by(s.business_date, s.terminal_id)
        )
        return [SalesDay(*whole(row)) for row in self._connection.execute(statement)]

    def points_by_day(self, period: Period, terminals: Terminals) -> list[PointsDay]:
        """Points credited and debited per entry kind."""
        e = ledger_entries.c
        statement = (
            select(
                e.business_date,
                e.terminal_id,
                e.kind,
                func.sum(case((e.points > 0, e.points), else_=0)),
                func.sum(case((e.points < 0, -e.points), else_=0)),
            )
            .where(e.business_date.between(period.first, period.last))
            .where(in_terminals(e.terminal_id, terminals))
            .group_by(e.business_date, e.terminal_id, e.kind)
        )
        return [PointsDay(*whole(row)) for row in self._connection.execute(statement)]

    def points_by_terminal(self, last: date) -> list[PointsDay]:
        """Points credited and debited per terminal and kind, every entry up to `last`."""
        e = ledger_entries.c
        statement = (
            select(
                e.terminal_id,
                e.kind,
                func.sum(case((e.points > 0, e.points), else_=0)),
                func.sum(case((e.points < 0, -e.points), else_=0)),
            )
            .where(e.business_date <= last)
            .group_by(e.terminal_id, e.kind)
        )
        rows = self._connection.execute(statement)
        return [PointsDay(last, t, kind, int(a), int(r)) for t, kind, a, r in rows]

    def refunds_by_day(self, period: Period, terminals: Terminals) -> list[RefundsDay]:
        """Refunds and voids, goods and money returned, points reversed and given back.

        Refunds of club membership fees (told by their sale's kind) are counted apart: how
        many, and the money returned.
        """
        r, s = refunds.c, sales.c
        fee = s.kind == SaleKind.MEMBERSHIP.value
        goods = or_(s.kind.is_(None), of_goods(s.kind))  # a sale not stored: goods
        statement = (
            select(
                r.business_date,
                r.terminal_id,
                func.sum(case((goods, 1), else_=0)),
                func.sum(case((and_(goods, r.is_void), 1), else_=0)),
                func.sum(case((goods, r.amount), else_=0)),
                func.sum(case((goods, r.money_returned), else_=0)),
                func.sum(r.points_reversed),
                func.sum(r.points_returned),
                func.sum(case((fee, 1), else_=0)),
                func.sum(case((fee, r.money_returned), else_=0)),
            )
            .select_from(refunds.outerjoin(sales, s.id == r.sale_id))
            .where(r.business_date.between(period.first, period.last))
            .where(in_terminals(r.terminal_id, terminals))
            .group_by(r.business_date, r.terminal_id)
        )
        return [RefundsDay(*whole(row)) for row in self._connection.execute(statement)]
