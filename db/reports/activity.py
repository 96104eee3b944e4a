"""What happened in a period: checks, points moved, refunds, new members and cards issued.

The checks, points and refunds come from the daily figures (`daily_figures`: one row per
business day, kind and terminal, kept with every write by `db.repositories.daily_figures`), so
a month reads a few rows per day and terminal instead of every sale and entry; the same sums
over the rows themselves are in `db.reports.raw_activity`. New members and cards are counted
from their own indexes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, literal, select

from db.models import cards, daily_figures, members
from db.reports.common import in_terminals, whole
from db.repositories.daily_figures import MEASURES, POINTS, REFUND_KINDS, SALE_KINDS
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.rows import DayCount, DayTotals, PointsDay, RefundsDay, SalesDay

Terminals = tuple[str, ...] | None
EVERY_TERMINAL = literal("")
"""The terminal of the rows `day_totals` sums over every terminal of the scope."""
_POINTS_END = POINTS[:-1] + chr(ord(POINTS[-1]) + 1)
"""Just above every `points:` kind: the kinds of entries are one range of the key."""

f = daily_figures.c
_MEASURES = tuple(func.sum(f[name]) for name in MEASURES)
Measures = tuple[int, ...]
"""items, voids, amount, discount, redeemed_value, money, points_in, points_out."""
_NONE: Measures = (0,) * len(MEASURES)


def _sales_day(day: date, terminal: str, sums: dict[str, Measures]) -> SalesDay:
    """One day's (and terminal's) checks from its `sale:` rows."""
    card, plain, fee = (sums.get(kind, _NONE) for kind in SALE_KINDS)
    every = (card, plain, fee)
    return SalesDay(
        day,
        terminal,
        *(card[0], plain[0], card[2], plain[2]),
        sum(m[3] for m in every),
        sum(m[4] for m in every),
        card[5] + plain[5],
        *(fee[0], fee[5]),
    )


def _refunds_day(day: date, terminal: str, sums: dict[str, Measures]) -> RefundsDay:
    """One day's (and terminal's) refunds from its `refund:` rows."""
    goods, fee = (sums.get(kind, _NONE) for kind in REFUND_KINDS)
    return RefundsDay(
        day,
        terminal,
        *(goods[0], goods[1], goods[2], goods[5]),
        goods[7] + fee[7],
        goods[6] + fee[6],
        *(fee[0], fee[5]),
    )


@dataclass
class _Pivot:
    """The rows of (day, terminal, kind, measures...) turned into report rows."""

    sales: dict[tuple[date, str], dict[str, Measures]] = field(default_factory=dict)
    refunds: dict[tuple[date, str], dict[str, Measures]] = field(default_factory=dict)
    points: list[PointsDay] = field(default_factory=list)

    def add(self, rows: Iterable[Any]) -> _Pivot:
        for row in rows:
            day, terminal, kind, *sums = whole(row)
            measures = tuple(int(v) for v in sums)
            if kind in SALE_KINDS:
                self.sales.setdefault((day, terminal), {})[kind] = measures
            elif kind in REFUND_KINDS:
                self.refunds.setdefault((day, terminal), {})[kind] = measures
            elif str(kind).startswith(POINTS):
                self.points.append(
                    PointsDay(day, terminal, str(kind)[len(POINTS) :], *measures[6:8])
                )
        return self

    def sales_days(self) -> list[SalesDay]:
        return [_sales_day(d, t, sums) for (d, t), sums in sorted(self.sales.items())]

    def refund_days(self) -> list[RefundsDay]:
        return [_refunds_day(d, t, sums) for (d, t), sums in sorted(self.refunds.items())]


def _in(period: Period, terminals: Terminals) -> tuple[ColumnElement[bool], ...]:
    return (
        f.business_date.between(period.first, period.last),
        in_terminals(f.terminal_id, terminals),
    )


def _points() -> ColumnElement[bool]:
    return and_(f.kind >= POINTS, f.kind < _POINTS_END)


class ActivityQueries:
    """Sums of sales, ledger entries and refunds per day and terminal, from the daily figures."""

    _connection: Connection

    def _figures(
        self, where: Iterable[ColumnElement[bool]], terminal: Any = f.terminal_id
    ) -> _Pivot:
        statement = (
            select(f.business_date, terminal, f.kind, *_MEASURES)
            .where(*where)
            .group_by(f.business_date, *(() if terminal is EVERY_TERMINAL else (terminal,)), f.kind)
        )
        return _Pivot().add(self._connection.execute(statement))

    def sales_by_day(self, period: Period, terminals: Terminals) -> list[SalesDay]:
        """Checks with and without a card, their money, discounts and points paid."""
        return self._figures((*_in(period, terminals), f.kind.in_(SALE_KINDS))).sales_days()

    def points_by_day(self, period: Period, terminals: Terminals) -> list[PointsDay]:
        """Points credited and debited per entry kind."""
        return self._figures((*_in(period, terminals), _points())).points

    def points_by_terminal(self, last: date) -> list[PointsDay]:
        """Points credited and debited per terminal and kind, every entry up to `last`."""
        statement = (
            select(f.terminal_id, f.kind, func.sum(f.points_in), func.sum(f.points_out))
            .where(f.business_date <= last, _points())
            .group_by(f.terminal_id, f.kind)
        )
        return [
            PointsDay(last, terminal, str(kind)[len(POINTS) :], *whole((added, removed)))
            for terminal, kind, added, removed in self._connection.execute(statement)
        ]

    def refunds_by_day(self, period: Period, terminals: Terminals) -> list[RefundsDay]:
        """Refunds and voids, goods and money returned, points reversed and given back.

        Refunds of club membership fees (told by their sale's kind) are counted apart: how
        many, and the money returned.
        """
        return self._figures((*_in(period, terminals), f.kind.in_(REFUND_KINDS))).refund_days()

    def day_totals(self, period: Period, terminals: Terminals) -> DayTotals:
        """Each day's checks, points and refunds summed over the scope's terminals."""
        found = self._figures(_in(period, terminals), EVERY_TERMINAL)
        return DayTotals(tuple(found.sales_days()), tuple(found.points), tuple(found.refund_days()))

    def new_members_by_day(self, period: Period) -> list[DayCount]:
        """Members registered per day."""
        m = members.c
        statement = (
            select(m.registered_on, func.count())
            .where(m.registered_on.between(period.first, period.last))
            .group_by(m.registered_on)
        )
        return [DayCount(*whole(row)) for row in self._connection.execute(statement)]

    def cards_issued(self, start: datetime, end: datetime) -> int | None:
        """Cards stored from `start` (included) to `end` (excluded)."""
        c = cards.c
        statement = select(func.count()).where(c.issued_at >= start, c.issued_at < end)
        return int(self._connection.execute(statement).scalar_one())
