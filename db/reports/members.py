"""Members in the reports: tiers from spend, buyers, cohorts, churn, top and inactive members."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, case, func, literal, or_, select

from db.models import balances, member_spend, members, refunds, sales
from db.reports import buyers as buyer_rows
from db.reports.balances import BalanceQueries
from db.reports.common import in_terminals, month_date, month_of, of_goods, whole
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
BY_DAY = "INDEXED BY ix_sales_business_date_covering"
"""Left alone, SQLite may walk every sale in member order to avoid sorting the groups."""


def _rank(spend: Any, thresholds: tuple[int, ...]) -> ColumnElement[int]:
    """The index of the highest threshold `spend` reaches (0 for the first tier)."""
    whens = [(spend >= t, rank) for rank, t in reversed(list(enumerate(thresholds))) if rank]
    if not whens:
        return literal(0)
    return case(*whens, else_=0)


def tier_moves_in(
    connection: Connection, spend_table: Table, start: SpendWindow, end: SpendWindow
) -> list[TierMove]:
    """Count members by (tier rank at start, at end) from a table of spend by member and day.

    `spend_table` has `member_id`, `day` and `amount` columns: the terminal's `member_spend`, or
    the server's `chain_spend` (one row per terminal too: the sums add the stores up).
    """
    s = spend_table.c
    spend = (
        select(
            s.member_id,
            func.sum(case((s.day.between(start.first, start.last), s.amount), else_=0)).label("a"),
            func.sum(case((s.day.between(end.first, end.last), s.amount), else_=0)).label("b"),
        )
        .where(s.day.between(min(start.first, end.first), max(start.last, end.last)))
        .group_by(s.member_id)
        .subquery()
    )
    ranks = (_rank(spend.c.a, start.thresholds), _rank(spend.c.b, end.thresholds))
    statement = select(*ranks, func.count()).group_by(*ranks)
    return [TierMove(int(a), int(b), int(n)) for a, b, n in connection.execute(statement)]


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

    def club_members(self, day: date) -> int:
        """Members whose paid club membership runs on that day (merged-away ones not)."""
        m = members.c
        statement = select(func.count()).where(
            m.membership_until >= day, m.merged_into.is_(None), m.erased_at.is_(None)
        )
        return int(self._connection.execute(statement).scalar_one())

    def tier_moves(self, start: SpendWindow, end: SpendWindow) -> list[TierMove]:
        """Members with spend in either window, counted by (tier rank at start, at end)."""
        return tier_moves_in(self._connection, member_spend, start, end)

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
            .where(in_terminals(s.terminal_id, terminals), of_goods(s.kind))
            .group_by(s.tier)
            .order_by(s.tier)
        )
        return [TierSales(*whole(row)) for row in self._connection.execute(statement)]

    def buyers_and_churn(
        self, period: Period, window: Period, terminals: Terminals
    ) -> tuple[Buyers, Churn]:
        """Buyers of the period and the churn window's active members.

        Counted from the buyers' month rows (`db.reports.buyers`) for every terminal and a
        period of whole months; otherwise from the sales.
        """
        if terminals is None and buyer_rows.whole_months(period) and buyer_rows.countable(window):
            found = buyer_rows.buyers_of(self._connection, period)
            return found, buyer_rows.churn_of(self._connection, window)
        return self.buyers_and_churn_from_sales(period, window, terminals)

    def buyers_and_churn_from_sales(
        self, period: Period, window: Period, terminals: Terminals
    ) -> tuple[Buyers, Churn]:
        """Buyers of the period and the churn window's active members, in one pass over sales.

        One group per member over both date ranges (read from the covering day index): checks
        in the period, and whether they bought within the window. Members who joined within
        the window are taken out of the active ones by an id list from the registration index.
        """
        s, m = sales.c, members.c
        in_period = case((s.business_date.between(period.first, period.last), 1), else_=0)
        in_window = case((s.business_date.between(window.first, window.last), 1), else_=0)
        first, last = min(period.first, window.first), max(period.last, window.last)
        per_member = (
            select(s.member_id, func.sum(in_period).label("n"), func.max(in_window).label("w"))
            .where(s.business_date.between(first, last), s.member_id.is_not(None))
            .where(in_terminals(s.terminal_id, terminals), of_goods(s.kind))
            .group_by(s.member_id)
            .with_hint(sales, BY_DAY, "sqlite")
            .subquery()
        )
        n, seen, member = per_member.c.n, per_member.c.w, per_member.c.member_id
        joined_late = select(m.id).where(m.registered_on >= window.first)
        active = and_(seen == 1, member.not_in(joined_late))
        statement = select(
            *(func.coalesce(func.sum(case((c, 1), else_=0)), 0) for c in (n > 0, n >= 2, active)),
            func.coalesce(func.sum(n), 0),
        )
        buyers, repeat, active_count, checks = tuple(self._connection.execute(statement).one())
        before = or_(m.registered_on.is_(None), m.registered_on < window.first)
        base = self._connection.execute(select(func.count()).where(before)).scalar_one()
        return (
            Buyers(int(buyers), int(repeat), int(checks)),
            Churn(int(base), int(active_count)),
        )

    def cohort_sizes(self, period: Period) -> list[CohortCount]:
        """Members per month joined, for the months of the period.

        Registered members are counted from the registration index; the few without a
        registration day join in the month of their first purchase.
        """
        m, first = members.c, month_start(period.first)
        month = month_of(m.registered_on, self._connection)
        registered = (
            select(month, func.count())
            .where(m.registered_on.between(first, period.last))
            .group_by(month)
        )
        sizes: dict[str, int] = {}
        for text, count in self._connection.execute(registered):
            sizes[text] = sizes.get(text, 0) + int(count)
        for text, count in self._connection.execute(self._first_purchases(first, period.last)):
            sizes[text] = sizes.get(text, 0) + int(count)
        return [CohortCount(month_date(t), month_date(t), n) for t, n in sorted(sizes.items())]

    def _first_purchases(self, first: date, last: date) -> Any:
        """Members without a registration day, by the month of their first purchase."""
        s, m = sales.c, members.c
        unregistered = select(m.id).where(m.registered_on.is_(None))
        firsts = (
            select(func.min(s.business_date).label("joined"))
            .where(s.member_id.in_(unregistered))
            .group_by(s.member_id)
            .subquery()
        )
        month = month_of(firsts.c.joined, self._connection)
        return (
            select(month, func.count()).where(firsts.c.joined.between(first, last)).group_by(month)
        )

    def cohort_activity(self, period: Period, terminals: Terminals) -> list[CohortCount]:
        """Members of each cohort of the period who bought, per month: from the buyers' month
        rows for every terminal (`db.reports.buyers`), from the sales for some."""
        if terminals is None:
            return buyer_rows.cohort_activity(self._connection, period, _joined())
        return self.cohort_activity_from_sales(period, terminals)

    def cohort_activity_from_sales(self, period: Period, terminals: Terminals) -> list[CohortCount]:
        """Members of each cohort of the period who bought, per month, from the sales.

        The period's sales are read from the covering day index and kept only for the members
        who can belong to a cohort (an id list from the registration index); the distinct
        (member, month) pairs left are then matched with their joining month.
        """
        s, m = sales.c, members.c
        first = month_start(period.first)
        candidates = select(m.id).where(
            or_(m.registered_on.between(first, period.last), m.registered_on.is_(None))
        )
        bought = (
            select(s.member_id, month_of(s.business_date, self._connection).label("month"))
            .where(s.business_date.between(first, period.last), s.member_id.in_(candidates))
            .where(in_terminals(s.terminal_id, terminals), of_goods(s.kind))
            .distinct()
            .with_hint(sales, BY_DAY, "sqlite")
            .subquery()
        )
        joined = _joined()
        cohort = month_of(joined, self._connection)
        statement = (
            select(cohort, bought.c.month, func.count())
            .select_from(bought.join(members, m.id == bought.c.member_id))
            .where(joined.between(first, period.last))
            .group_by(cohort, bought.c.month)
        )
        return [
            CohortCount(month_date(c), month_date(mo), int(n))
            for c, mo, n in self._connection.execute(statement)
        ]

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
            .where(in_terminals(s.terminal_id, terminals), of_goods(s.kind))
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
