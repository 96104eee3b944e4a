"""Compare what the reports read from the daily figures with the same sums over the raw rows.

Used on a terminal's SQLite file and on the server's database (SQLite and PostgreSQL): every
sum of `daily_figures` against `db.reports.raw_activity`, every count of `buyer_months`
against the sales, and the tables as kept write by write against the tables the migration's
backfill makes from the rows.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import asdict, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, delete, select

from db.models import buyer_months, daily_figures
from db.reports import buyers
from db.reports.activity import ActivityQueries
from db.reports.members import MemberQueries
from db.reports.raw_activity import RawActivityQueries
from db.repositories.figures_backfill import backfill
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.rows import PointsDay, RefundsDay, SalesDay

Terminals = tuple[str, ...] | None


class Raw(RawActivityQueries):
    """The sums over the raw rows, on one connection."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection


class Figures(ActivityQueries, MemberQueries):
    """The sums and buyers the reports read, on one connection."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection


def months(first: date, last: date) -> Iterator[date]:
    """The first day of every month from `first` to `last`."""
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = (month + timedelta(days=32)).replace(day=1)


def month_end(month: date) -> date:
    """The last day of the month starting on `month`."""
    return (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _summed(rows: Iterable[Any], kind: bool = False) -> list[Any]:
    """Rows of every terminal added up per day (and kind), terminal_id ''."""
    found: dict[tuple[Any, ...], list[int]] = {}
    made: dict[tuple[Any, ...], Any] = {}
    for row in rows:
        values = asdict(row)
        key = (values["day"], values["kind"]) if kind else (values["day"],)
        numbers = [v for k, v in values.items() if k not in ("day", "terminal_id", "kind")]
        total = found.setdefault(key, [0] * len(numbers))
        for index, value in enumerate(numbers):
            total[index] += value
        made[key] = row
    out = []
    for key, total in sorted(found.items()):
        names = [k for k in asdict(made[key]) if k not in ("day", "terminal_id", "kind")]
        out.append(replace(made[key], terminal_id="", **dict(zip(names, total, strict=True))))
    return out


def check_sums(connection: Connection, span: Period, scopes: Iterable[Terminals]) -> int:
    """Every day's sums from the figures equal the sums over the rows; return rows compared."""
    figures, raw = Figures(connection), Raw(connection)
    compared = 0
    for terminals in scopes:
        sales: list[SalesDay] = sorted(raw.sales_by_day(span, terminals), key=_key)
        points: list[PointsDay] = sorted(raw.points_by_day(span, terminals), key=_key)
        refunds: list[RefundsDay] = sorted(raw.refunds_by_day(span, terminals), key=_key)
        assert sorted(figures.sales_by_day(span, terminals), key=_key) == sales
        assert sorted(figures.points_by_day(span, terminals), key=_key) == points
        assert sorted(figures.refunds_by_day(span, terminals), key=_key) == refunds
        totals = figures.day_totals(span, terminals)
        assert list(totals.sales) == _summed(sales)
        assert sorted(totals.points, key=_key) == _summed(points, kind=True)
        assert list(totals.refunds) == _summed(refunds)
        compared += len(sales) + len(points) + len(refunds)
    middle = span.first + timedelta(days=(span.last - span.first).days // 2)
    for last in (span.first, middle, span.last):
        expected = sorted(raw.points_by_terminal(last), key=_key)
        assert sorted(figures.points_by_terminal(last), key=_key) == expected
    return compared


def _key(row: Any) -> tuple[Any, ...]:
    return (row.day, row.terminal_id, getattr(row, "kind", ""))


def check_buyers(connection: Connection, span: Period, seed: int, spans: int = 40) -> int:
    """Buyers, repeat buyers, churn and cohorts from `buyer_months` equal those from the sales.

    Every period of whole months within `span` with churn windows of several lengths, cohorts
    of those and of odd periods, and `spans` random spans counted by `buyers.bought_within`.
    Returns how many figures were compared.
    """
    figures = Figures(connection)
    compared = 0
    firsts = list(months(span.first, span.last))
    for a, first in enumerate(firsts):
        for last in firsts[a:]:
            period = Period(first, month_end(last))
            for days in (1, 7, 30, 45, 90, 120):
                window = Period(period.last - timedelta(days=days - 1), period.last)
                expected = figures.buyers_and_churn_from_sales(period, window, None)
                assert figures.buyers_and_churn(period, window, None) == expected, (period, days)
                compared += 1
            expected_cohorts = sorted(figures.cohort_activity_from_sales(period, None), key=str)
            assert sorted(figures.cohort_activity(period, None), key=str) == expected_cohorts
    pick = random.Random(seed)
    days = (span.last - span.first).days
    for _ in range(spans):
        start = span.first + timedelta(days=pick.randint(0, days))
        end = min(span.last, start + timedelta(days=pick.randint(0, 75)))
        odd = Period(start, end)
        expected_cohorts = sorted(figures.cohort_activity_from_sales(odd, None), key=str)
        assert sorted(figures.cohort_activity(odd, None), key=str) == expected_cohorts, odd
        if buyers.countable(odd):
            whole = Period(odd.first.replace(day=1), month_end(odd.last.replace(day=1)))
            _, churn = figures.buyers_and_churn_from_sales(whole, odd, None)
            assert buyers.churn_of(connection, odd) == churn, odd
            compared += 1
    return compared


def _table(connection: Connection, table: Any) -> list[tuple[Any, ...]]:
    return sorted(tuple(row) for row in connection.execute(select(table)))


def check_backfill(connection: Connection) -> tuple[int, int]:
    """The tables kept write by write equal those the migration's backfill makes from the rows.

    Empties both tables, fills them again, compares, and leaves the filled ones (same content).
    Returns the row counts.
    """
    kept = _table(connection, daily_figures), _table(connection, buyer_months)
    connection.execute(delete(daily_figures))
    connection.execute(delete(buyer_months))
    backfill(connection)
    assert _table(connection, daily_figures) == kept[0]
    assert _table(connection, buyer_months) == kept[1]
    return len(kept[0]), len(kept[1])
