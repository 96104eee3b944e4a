"""Daily figures: the sums the reports read, written with every sale, refund and ledger entry.

This module is the one place that writes them; every path that stores sales, refunds or
entries calls it in its own transaction (the sale and ledger repositories, the replica of
pulled entries, the member import, the bulk writer, the server's push). Two tables:

- `daily_figures`, one row per business day, kind and terminal. Its measures by kind:

  - `sale:card`, `sale:plain` (checks of goods with a card and without) and
    `sale:membership` (club fees): `items` checks or fees, `amount` their total, `discount`,
    `redeemed_value`, `money` paid;
  - `refund:goods`, `refund:membership` (told by the refunded sale's kind): `items` refunds,
    `voids` of them, `amount` of goods, `money` returned, `points_in` given back and
    `points_out` reversed;
  - `points:<entry kind>` (ledger entries): `items` entries, `points_in` credited and
    `points_out` debited (as a positive number).

- `buyer_months`, one row per member and calendar month with a check of goods: how many
  checks (every terminal), the first and last day of them, and the member's last purchase day
  before the month (`prev_day`, `NONE_BEFORE` if none) and first after it (`next_day`,
  `NONE_AFTER`), and the member's registration day (`joined`: read from `members` here, kept
  equal to it afterwards by triggers on `members`). Sums add up over days; distinct buyers
  do not, and these links let `db.reports.buyers` count them over any span of months without
  grouping by member.

Each write adds to the rows (an upsert per key); a member's month row is inserted with its
links read from the member's other months, and the neighbouring months' links are moved
towards it, so the rows come out the same in any order the sales arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, case, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert, Update

from db.column_types import IsoDate
from db.models import buyer_months, daily_figures, members, sales
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.sales import Refund, Sale, SaleKind

SALE_CARD, SALE_PLAIN, SALE_MEMBERSHIP = "sale:card", "sale:plain", "sale:membership"
REFUND_GOODS, REFUND_MEMBERSHIP = "refund:goods", "refund:membership"
POINTS = "points:"
SALE_KINDS = (SALE_CARD, SALE_PLAIN, SALE_MEMBERSHIP)
REFUND_KINDS = (REFUND_GOODS, REFUND_MEMBERSHIP)
MEASURES = (
    "items",
    "voids",
    "amount",
    "discount",
    "redeemed_value",
    "money",
    "points_in",
    "points_out",
)
KEYS = ("business_date", "kind", "terminal_id")
NONE_BEFORE, NONE_AFTER = date(1, 1, 1), date(9999, 12, 31)
"""`prev_day` and `next_day` of a month with no purchase before or after it (not NULL, so the
buyer queries compare them on an index)."""

Key = tuple[date, str, str]
"""(business date, kind, terminal)."""
Month = tuple[str, date]
"""(member id, first day of the month)."""


def month_of(day: date) -> date:
    """The first day of the day's month."""
    return day.replace(day=1)


def sale_kind(sale: Sale) -> str:
    """The `daily_figures` kind a sale is summed under."""
    if sale.kind == SaleKind.MEMBERSHIP:
        return SALE_MEMBERSHIP
    return SALE_PLAIN if sale.member_id is None else SALE_CARD


@dataclass
class FigureBatch:
    """Figures of sales, refunds and entries about to be stored together, summed per key."""

    sums: dict[Key, list[int]] = field(default_factory=dict)
    buyers: dict[Month, list[Any]] = field(default_factory=dict)
    """(member, month) -> [checks, first day, last day]."""

    def __bool__(self) -> bool:
        return bool(self.sums or self.buyers)

    def _add(self, key: Key, *values: int) -> None:
        found = self.sums.setdefault(key, [0] * len(MEASURES))
        for index, value in enumerate(values):
            found[index] += value

    def add_sale(self, sale: Sale) -> None:
        """Count a sale: a check of goods (with a card or without) or a club fee."""
        kind = sale_kind(sale)
        day = sale.business_date
        figures = (sale.total, sale.discount, sale.redeemed_value, sale.paid)
        self._add((day, kind, sale.terminal_id), 1, 0, *figures)
        if kind == SALE_CARD and sale.member_id is not None:
            self.add_buyer(sale.member_id, day)

    def add_buyer(self, member_id: str, day: date) -> None:
        """Count one check of goods of a member on `day`."""
        found = self.buyers.get((member_id, month_of(day)))
        if found is None:
            self.buyers[(member_id, month_of(day))] = [1, day, day]
            return
        found[0] += 1
        found[1], found[2] = min(found[1], day), max(found[2], day)

    def add_refund(self, refund: Refund, kind: SaleKind | str | None) -> None:
        """Count a refund of a sale of `kind` (None: the sale is not stored, so goods)."""
        fee = kind is not None and SaleKind(kind) == SaleKind.MEMBERSHIP
        kind_name = REFUND_MEMBERSHIP if fee else REFUND_GOODS
        key = (refund.business_date, kind_name, refund.terminal_id)
        money = (refund.amount, 0, 0, refund.money_returned)
        points = (refund.points_returned, refund.points_reversed)
        self._add(key, 1, int(refund.is_void), *money, *points)

    def add_entry(self, entry: LedgerEntry) -> None:
        """Count a ledger entry under its kind: points credited or debited."""
        key = (entry.business_date, POINTS + entry.kind.value, entry.terminal_id)
        credited, debited = max(entry.points, 0), max(-entry.points, 0)
        self._add(key, 1, 0, 0, 0, 0, 0, credited, debited)

    def add_entries(self, entries: Iterable[LedgerEntry]) -> FigureBatch:
        """Count several entries; return the batch."""
        for entry in entries:
            self.add_entry(entry)
        return self

    def sum_rows(self) -> list[dict[str, Any]]:
        """The `daily_figures` increments, in key order (one lock order for every writer)."""
        return [
            dict(zip(KEYS, key, strict=True)) | dict(zip(MEASURES, values, strict=True))
            for key, values in sorted(self.sums.items())
        ]

    def buyer_rows(self) -> list[dict[str, Any]]:
        """The `buyer_months` increments, in key order, as the statements' parameters."""
        return [
            {"m": m, "mo": month, "n": n, "f": first, "l": last}
            | {"lo": NONE_BEFORE, "hi": NONE_AFTER}
            for (m, month), (n, first, last) in sorted(self.buyers.items())
        ]


@dataclass(frozen=True, slots=True)
class Statements:
    """The upserts and link updates, built for one dialect."""

    sums: Insert
    buyer: Insert
    link_next: Update
    link_previous: Update


def _insert(dialect: str) -> Any:
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def _later(a: Any, b: Any) -> Any:
    return case((a > b, a), else_=b)


def _earlier(a: Any, b: Any) -> Any:
    return case((a < b, a), else_=b)


@cache
def statements(dialect: str) -> Statements:
    """The statements for `dialect` ('sqlite' or 'postgresql'), built once."""
    insert = _insert(dialect)
    f = daily_figures.c
    stmt = insert(daily_figures)
    sums = stmt.on_conflict_do_update(
        index_elements=[f[k] for k in KEYS],
        set_={name: f[name] + stmt.excluded[name] for name in MEASURES},
    )
    b, other = buyer_months.c, buyer_months.alias("other")
    member: Any = bindparam("m")
    month = bindparam("mo", type_=IsoDate())
    first, last = bindparam("f", type_=IsoDate()), bindparam("l", type_=IsoDate())
    lo, hi = bindparam("lo", type_=IsoDate()), bindparam("hi", type_=IsoDate())
    before = select(func.max(other.c.last_day)).where(
        other.c.member_id == member, other.c.month < month
    )
    after = select(func.min(other.c.first_day)).where(
        other.c.member_id == member, other.c.month > month
    )
    row = insert(buyer_months).values(
        member_id=member,
        month=month,
        checks=bindparam("n"),
        first_day=first,
        last_day=last,
        prev_day=func.coalesce(before.scalar_subquery(), lo),
        next_day=func.coalesce(after.scalar_subquery(), hi),
        joined=select(members.c.registered_on).where(members.c.id == member).scalar_subquery(),
    )
    buyer = row.on_conflict_do_update(
        index_elements=[b.member_id, b.month],
        set_={
            "checks": b.checks + row.excluded.checks,
            "first_day": _earlier(row.excluded.first_day, b.first_day),
            "last_day": _later(row.excluded.last_day, b.last_day),
        },
    )
    next_month = select(func.min(other.c.month)).where(
        other.c.member_id == member, other.c.month > month
    )
    previous_month = select(func.max(other.c.month)).where(
        other.c.member_id == member, other.c.month < month
    )
    link_next = (
        update(buyer_months)
        .where(b.member_id == member, b.month == next_month.scalar_subquery(), b.prev_day < last)
        .values(prev_day=last)
    )
    link_previous = (
        update(buyer_months)
        .where(
            b.member_id == member, b.month == previous_month.scalar_subquery(), b.next_day > first
        )
        .values(next_day=first)
    )
    return Statements(sums, buyer, link_next, link_previous)


def write(connection: Connection, batch: FigureBatch) -> None:
    """Add a batch's figures to the tables, inside the caller's transaction."""
    if not batch:
        return
    done = statements(connection.dialect.name)
    if batch.sums:
        connection.execute(done.sums, batch.sum_rows())
    rows = batch.buyer_rows()
    if rows:
        for statement in (done.buyer, done.link_next, done.link_previous):
            connection.execute(statement, rows)


def record_sale(connection: Connection, sale: Sale) -> None:
    """Add one stored sale to the figures."""
    batch = FigureBatch()
    batch.add_sale(sale)
    write(connection, batch)


_KIND_OF_SALE = select(sales.c.kind).where(sales.c.id == bindparam("sale_id"))


def record_refund(connection: Connection, refund: Refund) -> None:
    """Add one stored refund to the figures, under the kind of the sale it refunds."""
    kind = connection.execute(_KIND_OF_SALE, {"sale_id": refund.sale_id}).scalar()
    batch = FigureBatch()
    batch.add_refund(refund, kind)
    write(connection, batch)


def record_entries(connection: Connection, entries: Iterable[LedgerEntry]) -> None:
    """Add stored ledger entries to the figures."""
    write(connection, FigureBatch().add_entries(entries))


@cache
def sqlite_sql() -> tuple[str, ...]:
    """The statements as SQLite text with named parameters, for the raw sqlite3 bulk writer."""
    dialect = sqlite.dialect(paramstyle="named")
    done = statements("sqlite")
    return tuple(
        str(s.compile(dialect=dialect))
        for s in (done.sums, done.buyer, done.link_next, done.link_previous)
    )


def _stored(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}


def sqlite_work(batch: FigureBatch) -> list[tuple[str, list[dict[str, Any]]]]:
    """The batch as (SQL, rows) for sqlite3's executemany, dates as the column stores them."""
    sums, buyer, link_next, link_previous = sqlite_sql()
    buyers = [_stored(row) for row in batch.buyer_rows()]
    return [
        (sums, [_stored(row) for row in batch.sum_rows()]),
        (buyer, buyers),
        (link_next, buyers),
        (link_previous, buyers),
    ]
