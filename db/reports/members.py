"""Members in the reports: tiers from spend, buyers, cohorts, churn, top and inactive members."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, case, func, literal, or_, select

from db.models import balances, member_spend, members, refunds, sales
from db.reports.balances import BalanceQueries
from db.reports.common import in_terminals, month_date, month_of, whole
from pos_loyalty.reports.period import Period, month_start
from pos_loyalty.reports.rows import (
    Buyers,
    Churn,
    CohortCount,
    MemberLine,
    MemberTotals,
    SpendWindow,
    TierMove,
    TierSales,
)

Terminals = tuple[str, ...] | None
BY_DAY = "INDEXED BY ix_sales_business_date"
"""Left alone, SQLite may walk every sale in member order to avoid sorting the groups."""


def _rank(spend: Any, thresholds: tuple[int, ...]) -> ColumnElement[int]:
    """The index of the highest threshold `spend` reaches (0 for the first tier)."""
    whens = [(spend >= t, rank) for rank, t in reversed(list(enumerate(thresholds))) if rank]
    if not whens:
        return literal(0)
    return case(*whens, else_=0)


def _joined() -> ColumnElement[Any]:
    """A member's joining day: registration, or the first purchase where that is unknown."""
    first = sales.alias("first_sale")
    first_purchase = (
        select(func.min(first.c.business_date))
        .where(first.c.member_id == members.c.id)
        .correlate(members)
        .scalar_subquery()
    )
    return func.coalesce(members.c.registered_on, first_purchase)


class MemberQueries(BalanceQueries):
    """Aggregates over members, their spend and their checks."""

    _connection: Connection

    def member_count(self, registered_by: date) -> int:
        """Members registered by that day (or with no registration date)."""
        m = members.c
        statement = select(func.count()).where(
            or_(m.registered_on.is_(None), m.registered_on <= registered_by)
        )
        return int(self._connection.execute(statement).scalar_one())

    def tier_moves(self, start: SpendWindow, end: SpendWindow) -> list[TierMove]:
        """Members with spend in either window, counted by (tier rank at start, at end)."""
        s = member_spend.c
        spend = (
            select(
                s.member_id,
                func.sum(case((s.day.between(start.first, start.last), s.amount), else_=0)).label(
                    "a"
                ),
                func.sum(case((s.day.between(end.first, end.last), s.amount), else_=0)).label("b"),
            )
            .where(s.day.between(min(start.first, end.first), max(start.last, end.last)))
            .group_by(s.member_id)
            .subquery()
        )
        ranks = (_rank(spend.c.a, start.thresholds), _rank(spend.c.b, end.thresholds))
        statement = select(*ranks, func.count()).group_by(*ranks)
        return [TierMove(int(a), int(b), int(n)) for a, b, n in self._connection.execute(statement)]

    def sales_by_tier(self, period: Period, terminals: Terminals) -> list[TierSales]:
        """Checks with a card per tier recorded on the sale."""
        s = sales.c
        statement = (
            select(
                s.tier,
                func.count(),
                func.sum(s.total),
                func.sum(s.discount),
                func.sum(s.earned_points + s.bonus_points),
            )
            .where(s.business_date.between(period.first, period.last), s.member_id.is_not(None))
            .where(in_terminals(s.terminal_id, terminals))
            .group_by(s.tier)
            .order_by(s.tier)
        )
        return [TierSales(*whole(row)) for row in self._connection.execute(statement)]

    def buyers(self, period: Period, terminals: Terminals) -> Buyers:
        """Members who bought in the period, those who bought twice or more, their checks."""
        s = sales.c
        per_member = (
            select(s.member_id, func.count().label("n"))
            .where(s.business_date.between(period.first, period.last), s.member_id.is_not(None))
            .where(in_terminals(s.terminal_id, terminals))
            .group_by(s.member_id)
            .subquery()
        )
        n = per_member.c.n
        statement = select(
            func.count(),
            func.coalesce(func.sum(case((n >= 2, 1), else_=0)), 0),
            func.coalesce(func.sum(n), 0),
        )
        members_, repeat, checks = self._connection.execute(statement).one()
        return Buyers(int(members_), int(repeat), int(checks))

    def cohort_sizes(self, period: Period) -> list[CohortCount]:
        """Members per month joined, for the months of the period."""
        joined = _joined().label("joined")
        inner = select(joined).subquery()
        month = month_of(inner.c.joined, self._connection)
        statement = (
            select(month, func.count())
            .where(inner.c.joined.between(month_start(period.first), period.last))
            .group_by(month)
        )
        return [
            CohortCount(month_date(m), month_date(m), int(n))
            for m, n in self._connection.execute(statement)
        ]

    def cohort_activity(self, period: Period, terminals: Terminals) -> list[CohortCount]:
        """Members of each cohort of the period who bought, per month."""
        s, m = sales.c, members.c
        first = month_start(period.first)
        joined = _joined()
        cohort, month = (
            month_of(joined, self._connection),
            month_of(s.business_date, self._connection),
        )
        statement = (
            select(cohort, month, func.count(func.distinct(s.member_id)))
            .select_from(sales.join(members, m.id == s.member_id))
            .where(s.business_date.between(first, period.last), joined.between(first, period.last))
            .where(in_terminals(s.terminal_id, terminals))
            .group_by(cohort, month)
        )
        return [
            CohortCount(month_date(c), month_date(mo), int(n))
            for c, mo, n in self._connection.execute(statement)
        ]

    def churn(self, window: Period, terminals: Terminals) -> Churn:
        """Members who joined before the window, and how many of them bought within it."""
        s, m = sales.c, members.c
        before = or_(m.registered_on.is_(None), m.registered_on < window.first)
        base = self._connection.execute(select(func.count()).where(before)).scalar_one()
        statement = (
            select(func.count(func.distinct(s.member_id)))
            .select_from(sales.join(members, m.id == s.member_id))
            .where(s.business_date.between(window.first, window.last), before)
            .where(in_terminals(s.terminal_id, terminals))
        )
        return Churn(int(base), int(self._connection.execute(statement).scalar_one()))

    def top_members(self, period: Period, terminals: Terminals, limit: int) -> list[MemberTotals]:
        """Members ranked by money paid in the period less money refunded on those checks."""
        s, r = sales.c, refunds.c
        returned = (
            select(r.sale_id, func.sum(r.money_returned).label("money"))
            .group_by(r.sale_id)
            .subquery()
        )
        money_back = func.coalesce(func.sum(returned.c.money), 0)
        statement = (
            select(
                s.member_id,
                func.count(),
                func.sum(s.paid),
                money_back,
                func.sum(s.earned_points + s.bonus_points),
                func.sum(s.redeemed_points),
            )
            .select_from(sales.outerjoin(returned, returned.c.sale_id == s.id))
            .where(s.business_date.between(period.first, period.last), s.member_id.is_not(None))
            .where(in_terminals(s.terminal_id, terminals))
            .group_by(s.member_id)
            .order_by((func.sum(s.paid) - money_back).desc(), s.member_id)
            .limit(limit)
            .with_hint(sales, BY_DAY, dialect_name="sqlite")
        )
        return [MemberTotals(*whole(row)) for row in self._connection.execute(statement)]

    def inactive_count(self, seen_before: date) -> int:
        """Members whose last purchase (or registration) was before `seen_before`."""
        m = members.c
        statement = select(func.count()).where(
            func.coalesce(m.last_purchase_on, m.registered_on) < seen_before
        )
        return int(self._connection.execute(statement).scalar_one())

    def inactive_members(self, seen_before: date, limit: int) -> list[MemberLine]:
        """Inactive members, those with most points first."""
        m, b = members.c, balances.c
        balance = func.coalesce(b.balance, 0)
        statement = (
            select(m.id)
            .select_from(members.outerjoin(balances, b.member_id == m.id))
            .where(func.coalesce(m.last_purchase_on, m.registered_on) < seen_before)
            .order_by(balance.desc(), m.id)
            .limit(limit)
        )
        ids = [member_id for (member_id,) in self._connection.execute(statement)]
        found = self.member_lines(ids)
        return [found[i] for i in ids if i in found]
