"""Distinct buyers from `buyer_months`: counted, never grouped by member.

Distinct counts do not add up across days, so the daily figures keep no count of buyers;
`buyer_months` keeps one row per member and month with a check of goods, with the member's
last purchase day before that month (`prev_day`) and first after it (`next_day`). A member
bought within days `first` to `last` (spanning months A to Z) exactly when one of their rows
of months A to Z has `last_day >= first` and `first_day <= last`, and the first such row is
the one with `prev_day < first`: so the members who bought are the rows that satisfy all three,
and each member is one row. That is exact whenever the span's first and last day are not both
inside one month (`first` on the 2nd and `last` on the 20th of the same month: a row says
only that the member bought on some days from `first_day` to `last_day`).

Checks per member within a span are known only for whole months, so buyers and repeat buyers
are read here for periods of whole months; other periods, and a scope of some terminals only
(the rows are the store's, every terminal together), are computed from the sales
(`db.reports.members`). The months in a span are listed (`month IN (...)`), so each month is
one range of the covering index on (month, prev_day, ...).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, func, or_, select

from db.models import buyer_months, members
from db.reports.common import month_date, month_of
from db.repositories.daily_figures import month_of as first_of_month
from pos_loyalty.reports.period import Period, month_start
from pos_loyalty.reports.rows import Buyers, Churn, CohortCount

b, m = buyer_months.c, members.c
BY_JOINED = "INDEXED BY ix_buyer_months_joined_month"
"""A cohort's rows are one range of it; left alone, SQLite may read every row of the months."""


def _months(first: date, last: date) -> list[date]:
    months, month = [], first_of_month(first)
    while month <= last:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def _month_end(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


def whole_months(period: Period) -> bool:
    """True when the period starts on a month's first day and ends on a month's last."""
    return period.first.day == 1 and _month_end(period.last)


def countable(span: Period) -> bool:
    """True when the buyers of `span` can be counted from the month rows (see above)."""
    return (
        first_of_month(span.first) != first_of_month(span.last)
        or span.first.day == 1
        or _month_end(span.last)
    )


def bought_within(span: Period) -> ColumnElement[bool]:
    """The row that stands for a member who bought within `span` (one row per member)."""
    return and_(
        b.month.in_(_months(span.first, span.last)),
        b.prev_day < span.first,
        b.last_day >= span.first,
        b.first_day <= span.last,
    )


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def buyers_of(connection: Connection, period: Period) -> Buyers:
    """Members who bought in a period of whole months, those with two checks or more, checks."""
    first = b.prev_day < period.first
    once = and_(first, b.checks == 1, b.next_day > period.last)
    statement = select(_count(first), _count(once), func.coalesce(func.sum(b.checks), 0)).where(
        b.month.in_(_months(period.first, period.last))
    )
    buyers, single, checks = (int(v) for v in connection.execute(statement).one())
    return Buyers(buyers, buyers - single, checks)


def churn_of(connection: Connection, window: Period) -> Churn:
    """Members who joined before the window, and those of them who bought within it.

    A member who bought within the window counts unless they joined on its first day or later
    (`joined`, their registration day; none: they count), in the same pass over the rows.
    """
    before = or_(b.joined.is_(None), b.joined < window.first)
    active = select(_count(before)).where(bought_within(window))
    # Every member less those who joined on the first day or later: two counts SQLite reads
    # off its indexes, where "no registration day or before" reads each entry.
    every = connection.execute(select(func.count()).select_from(members)).scalar_one()
    late = select(func.count()).where(m.registered_on >= window.first)
    base = every - connection.execute(late).scalar_one()
    return Churn(int(base), int(connection.execute(active).scalar_one()))


def cohort_activity(connection: Connection, period: Period, joined: Any) -> list[CohortCount]:
    """Members of each cohort of the period who bought, per month.

    A month counts when its first purchase falls on or before the period's last day. Members
    with a registration day are found by it (`joined`, an index range); the few without one
    join in the month of their first purchase (`joined`: that expression over `members`).
    """
    first = month_start(period.first)
    months = b.month.in_(_months(first, period.last)), b.first_day <= period.last
    registered_cohort = month_of(b.joined, connection)
    registered = (
        select(registered_cohort, b.month, func.count())
        .where(b.joined.between(first, period.last), *months)
        .group_by(registered_cohort, b.month)
        .with_hint(buyer_months, BY_JOINED, "sqlite")
    )
    cohort = month_of(joined, connection)
    unregistered = (
        select(cohort, b.month, func.count())
        .select_from(buyer_months.join(members, m.id == b.member_id))
        .where(b.joined.is_(None), m.registered_on.is_(None), *months)
        .where(joined.between(first, period.last))
        .group_by(cohort, b.month)
    )
    found: dict[tuple[date, date], int] = {}
    for statement in (registered, unregistered):
        for c, month, n in connection.execute(statement):
            key = (month_date(c), month)
            found[key] = found.get(key, 0) + int(n)
    return [CohortCount(c, month, n) for (c, month), n in sorted(found.items())]
