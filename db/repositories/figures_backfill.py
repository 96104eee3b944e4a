"""Filling the daily figures from the sales, refunds and entries already stored.

The migrations that add `daily_figures` and `buyer_months` (terminal and server) call
`backfill`: month by month, the sums of each day's sales, refunds and entries and each
member's month of purchases; then, month by month again, each month's links to the member's
purchases before and after it, and the member's registration day (`joined`, which triggers on
`members` keep from then on). `progress` hears after every month, so a large store says how
far it is. Without a database to read (Alembic's offline SQL) `backfill_statements` gives the
same work as statements over every row at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    and_,
    case,
    cast,
    func,
    insert,
    literal,
    literal_column,
    select,
    true,
    union_all,
    update,
)
from sqlalchemy.sql import ColumnElement, Executable

from db.models import buyer_months, daily_figures, ledger_entries, members, refunds, sales
from db.repositories.daily_figures import (
    MEASURES,
    NONE_AFTER,
    NONE_BEFORE,
    POINTS,
    REFUND_GOODS,
    REFUND_MEMBERSHIP,
    SALE_CARD,
    SALE_MEMBERSHIP,
    SALE_PLAIN,
    month_of,
)
from pos_loyalty.domain.sales import SaleKind

Progress = Callable[[str], None]
Span = tuple[date, date] | None
"""The business days to fill (None: every row)."""

FEE = SaleKind.MEMBERSHIP.value
_COLUMNS = ["business_date", "kind", "terminal_id", *MEASURES]
_BEFORE: Any = literal_column(f"'{NONE_BEFORE.isoformat()}'")
_AFTER: Any = literal_column(f"'{NONE_AFTER.isoformat()}'")


def _within(column: Any, span: Span) -> ColumnElement[bool]:
    if span is None:
        return true()
    condition: ColumnElement[bool] = column.between(*span)
    return condition


def _zero() -> Any:
    return literal(0)


def _sales_sums(span: Span) -> Executable:
    s = sales.c
    kind = case(
        (s.kind == FEE, literal(SALE_MEMBERSHIP)),
        (s.member_id.is_(None), literal(SALE_PLAIN)),
        else_=literal(SALE_CARD),
    )
    figures = (s.total, s.discount, s.redeemed_value, s.paid)
    query = (
        select(
            s.business_date,
            kind,
            s.terminal_id,
            func.count(),
            _zero(),
            *(func.sum(f) for f in figures),
            _zero(),
            _zero(),
        )
        .where(_within(s.business_date, span))
        .group_by(s.business_date, kind, s.terminal_id)
    )
    return insert(daily_figures).from_select(_COLUMNS, query)


def _refund_sums(span: Span) -> Executable:
    r, s = refunds.c, sales.c
    kind = case((s.kind == FEE, literal(REFUND_MEMBERSHIP)), else_=literal(REFUND_GOODS))
    query = (
        select(
            r.business_date,
            kind,
            r.terminal_id,
            func.count(),
            func.sum(case((r.is_void, 1), else_=0)),
            func.sum(r.amount),
            _zero(),
            _zero(),
            func.sum(r.money_returned),
            func.sum(r.points_returned),
            func.sum(r.points_reversed),
        )
        .select_from(refunds.outerjoin(sales, s.id == r.sale_id))
        .where(_within(r.business_date, span))
        .group_by(r.business_date, kind, r.terminal_id)
    )
    return insert(daily_figures).from_select(_COLUMNS, query)


def _entry_sums(span: Span) -> Executable:
    e = ledger_entries.c
    query = (
        select(
            e.business_date,
            literal(POINTS) + e.kind,
            e.terminal_id,
            func.count(),
            *(_zero() for _ in range(5)),
            func.sum(case((e.points > 0, e.points), else_=0)),
            func.sum(case((e.points < 0, -e.points), else_=0)),
        )
        .where(_within(e.business_date, span))
        .group_by(e.business_date, e.kind, e.terminal_id)
    )
    return insert(daily_figures).from_select(_COLUMNS, query)


def _month(column: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return cast(func.date_trunc("month", column), Date)
    return func.substr(column, 1, 8).concat("01")


def _buyer_rows(span: Span, dialect: str) -> Executable:
    s = sales.c
    month = _month(s.business_date, dialect)
    query = (
        select(
            s.member_id,
            month,
            func.count(),
            func.min(s.business_date),
            func.max(s.business_date),
            _BEFORE,
            _AFTER,
        )
        .where(_within(s.business_date, span), s.member_id.is_not(None), s.kind != FEE)
        .group_by(s.member_id, month)
    )
    columns = ["member_id", "month", "checks", "first_day", "last_day", "prev_day", "next_day"]
    return insert(buyer_months).from_select(columns, query)


def _links(month: date | None) -> Executable:
    b, other = buyer_months.c, buyer_months.alias("other")
    mine = other.c.member_id == b.member_id
    before = select(func.max(other.c.last_day)).where(mine, other.c.month < b.month)
    after = select(func.min(other.c.first_day)).where(mine, other.c.month > b.month)
    joined = select(members.c.registered_on).where(members.c.id == b.member_id)
    where = true() if month is None else and_(b.month == month)
    return (
        update(buyer_months)
        .where(where)
        .values(
            prev_day=func.coalesce(before.scalar_subquery(), _BEFORE),
            next_day=func.coalesce(after.scalar_subquery(), _AFTER),
            joined=joined.scalar_subquery(),
        )
    )


def backfill_statements(dialect: str) -> list[Executable]:
    """Every statement of the fill over all rows at once (for SQL written without a database)."""
    return [
        _sales_sums(None),
        _refund_sums(None),
        _entry_sums(None),
        _buyer_rows(None, dialect),
        _links(None),
    ]


def _months(connection: Connection) -> list[date]:
    firsts = union_all(
        select(func.min(sales.c.business_date), func.max(sales.c.business_date)),
        select(func.min(refunds.c.business_date), func.max(refunds.c.business_date)),
        select(func.min(ledger_entries.c.business_date), func.max(ledger_entries.c.business_date)),
    )
    days = [d for row in connection.execute(firsts) for d in row if d is not None]
    if not days:
        return []
    found = [date.fromisoformat(d) if isinstance(d, str) else d for d in days]
    return list(_each_month(month_of(min(found)), max(found)))


def _each_month(first: date, last: date) -> Iterator[date]:
    month = first
    while month <= last:
        yield month
        month = (month + timedelta(days=32)).replace(day=1)


def _end(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def backfill(connection: Connection, progress: Progress | None = None) -> None:
    """Fill both tables from the stored rows, month by month, telling `progress` how far."""
    say = progress or (lambda _text: None)
    months = _months(connection)
    dialect = connection.dialect.name
    for index, month in enumerate(months, 1):
        span = (month, _end(month))
        for statement in (
            _sales_sums(span),
            _refund_sums(span),
            _entry_sums(span),
            _buyer_rows(span, dialect),
        ):
            connection.execute(statement)
        say(f"daily figures: {month:%Y-%m} summed ({index}/{len(months)})")
    for index, month in enumerate(months, 1):
        connection.execute(_links(month))
        say(f"daily figures: {month:%Y-%m} buyers linked ({index}/{len(months)})")
