"""The KPI figures of one period with hand-written SQL on plain sqlite3: the bench's baselines.

`raw_kpi_figures` reads what the report reads through the adapter (the daily figures per day
and kind, buyers and churn counted from `buyer_months`, cohort sizes and activity), on the
same indexes, without SQLAlchemy, the report model or the PDF: the baseline the report's
ratio is taken against. `raw_kpi` computes the same figures from the sales and ledger rows
(checks per day and terminal, buyers and the churn window in one group per member, points per
kind), as the report did before the daily figures: what they save.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

SALES_BY_DAY = (
    "SELECT business_date, terminal_id, count(member_id), count(*) - count(member_id),"
    " sum(CASE WHEN member_id IS NOT NULL THEN total ELSE 0 END),"
    " sum(CASE WHEN member_id IS NULL THEN total ELSE 0 END), sum(discount),"
    " sum(redeemed_value), sum(paid) FROM sales WHERE business_date BETWEEN :a AND :b"
    " GROUP BY business_date, terminal_id"
)
BUYERS_AND_CHURN = (
    "WITH pm AS (SELECT member_id,"
    " sum(CASE WHEN business_date >= :a THEN 1 ELSE 0 END) AS n,"
    " max(CASE WHEN business_date >= :w THEN 1 ELSE 0 END) AS seen"
    " FROM sales INDEXED BY ix_sales_business_date_covering"
    " WHERE business_date BETWEEN :lo AND :b AND member_id IS NOT NULL GROUP BY member_id)"
    " SELECT sum(n > 0), sum(n >= 2), sum(n), sum(seen = 1 AND member_id NOT IN"
    " (SELECT id FROM members WHERE registered_on >= :w)) FROM pm"
)
CHURN_BASE = "SELECT count(*) FROM members WHERE registered_on IS NULL OR registered_on < :w"
POINTS = (
    "SELECT business_date, terminal_id, kind, sum(CASE WHEN points > 0 THEN points ELSE 0 END),"
    " sum(CASE WHEN points < 0 THEN -points ELSE 0 END) FROM ledger_entries"
    " WHERE business_date BETWEEN :a AND :b GROUP BY business_date, terminal_id, kind"
)
COHORT_SIZES = (
    "SELECT substr(registered_on, 1, 7), count(*) FROM members"
    " WHERE registered_on BETWEEN :m AND :b GROUP BY 1"
)
UNREGISTERED = (
    "SELECT substr(joined, 1, 7), count(*) FROM (SELECT min(business_date) AS joined FROM sales"
    " WHERE member_id IN (SELECT id FROM members WHERE registered_on IS NULL)"
    " GROUP BY member_id) WHERE joined BETWEEN :m AND :b GROUP BY 1"
)
COHORT_ACTIVITY = (
    "SELECT substr(m.registered_on, 1, 7), d.month, count(*) FROM (SELECT DISTINCT member_id,"
    " substr(business_date, 1, 7) AS month FROM sales INDEXED BY ix_sales_business_date_covering"
    " WHERE business_date BETWEEN :m AND :b AND member_id IN (SELECT id FROM members"
    " WHERE registered_on BETWEEN :m AND :b)) AS d JOIN members m ON m.id = d.member_id"
    " GROUP BY 1, 2"
)


def raw_kpi(path: Path, first: date, last: date, days: int = 90) -> list[list[Any]]:
    """Every KPI sum of the period (members with no registration day are not in this store)."""
    window = last - timedelta(days=days - 1)
    names = {
        "a": first.isoformat(),
        "b": last.isoformat(),
        "w": window.isoformat(),
        "lo": min(first, window).isoformat(),
        "m": first.replace(day=1).isoformat(),
    }
    queries = (
        SALES_BY_DAY,
        BUYERS_AND_CHURN,
        CHURN_BASE,
        POINTS,
        COHORT_SIZES,
        UNREGISTERED,
        COHORT_ACTIVITY,
    )
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return [con.execute(sql, names).fetchall() for sql in queries]


FIGURES = (
    "SELECT business_date, kind, sum(items), sum(voids), sum(amount), sum(discount),"
    " sum(redeemed_value), sum(money), sum(points_in), sum(points_out) FROM daily_figures"
    " WHERE business_date BETWEEN :a AND :b GROUP BY business_date, kind"
)
BUYERS = (
    "SELECT sum(prev_day < :a), sum(prev_day < :a AND checks = 1 AND next_day > :b),"
    " sum(checks) FROM buyer_months WHERE month = :a"
)
ACTIVE = (
    "SELECT sum(joined IS NULL OR joined < ?) FROM buyer_months WHERE month IN ({months})"
    " AND prev_day < ? AND last_day >= ? AND first_day <= ?"
)
EVERY_MEMBER = "SELECT count(*) FROM members"
LATE_MEMBERS = "SELECT count(*) FROM members WHERE registered_on >= :w"
ACTIVITY = (
    "SELECT substr(joined, 1, 7), month, count(*) FROM buyer_months"
    " INDEXED BY ix_buyer_months_joined_month WHERE joined BETWEEN :a AND :b"
    " AND month = :a AND first_day <= :b GROUP BY 1, 2"
)


def _month_firsts(first: date, last: date) -> list[str]:
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month.isoformat())
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def raw_kpi_figures(path: Path, first: date, last: date, days: int = 90) -> list[list[Any]]:
    """The figures of one calendar month (`first` its first day) from the daily figures."""
    window = (last - timedelta(days=days - 1)).isoformat()
    names = {"a": first.isoformat(), "b": last.isoformat(), "w": window, "m": first.isoformat()}
    months = _month_firsts(date.fromisoformat(window), last)
    active = ACTIVE.format(months=", ".join("?" for _ in months))
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return [
            con.execute(FIGURES, names).fetchall(),
            con.execute(BUYERS, names).fetchall(),
            con.execute(active, (window, *months, window, window, names["b"])).fetchall(),
            con.execute(EVERY_MEMBER).fetchall(),
            con.execute(LATE_MEMBERS, names).fetchall(),
            con.execute(COHORT_SIZES, names).fetchall(),
            con.execute(UNREGISTERED, names).fetchall(),
            con.execute(ACTIVITY, names).fetchall(),
        ]
