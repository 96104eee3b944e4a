"""Confirmed sales (lines as JSON text of integers) and their refunds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from db import jsontext
from db.models import refunds, sales
from db.repositories.daily_figures import record_refund, record_sale
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import NotFound
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.sales import Refund, Sale, SaleKind

SALE_FIELDS = tuple(f.name for f in fields(Sale))
REFUND_FIELDS = tuple(f.name for f in fields(Refund))
SALE_COLUMNS = tuple(sales.c[name] for name in SALE_FIELDS)
REFUND_COLUMNS = tuple(refunds.c[name] for name in REFUND_FIELDS)
_LINES = SALE_FIELDS.index("lines")
_KIND = SALE_FIELDS.index("kind")

_INSERT = insert(sales)
_GET = select(*SALE_COLUMNS).where(sales.c.id == bindparam("id"))
_SET_REFUNDED = (
    update(sales).where(sales.c.id == bindparam("sale_id")).values(refunded=bindparam("refunded"))
)
_LAST_OF_TERMINAL = (
    select(*SALE_COLUMNS)
    .where(sales.c.terminal_id == bindparam("terminal_id"))
    .order_by(sales.c.created_at.desc())
    .limit(1)
)
_OF_MEMBER = (
    select(*SALE_COLUMNS)
    .where(sales.c.member_id == bindparam("member_id"))
    .order_by(sales.c.created_at.desc())
    .limit(bindparam("limit"))
)
_OF_MEMBER_BETWEEN = (
    select(*SALE_COLUMNS)
    .where(
        sales.c.member_id == bindparam("member_id"),
        sales.c.business_date >= bindparam("first_day"),
        sales.c.business_date <= bindparam("last_day"),
    )
    .order_by(sales.c.created_at)
)
_TIERS_OF_MEMBER = (
    select(sales.c.business_date, sales.c.tier)
    .where(sales.c.member_id == bindparam("member_id"))
    .order_by(sales.c.created_at)
)
_INSERT_REFUND = insert(refunds)
_REFUNDS_OF = (
    select(*REFUND_COLUMNS)
    .where(refunds.c.sale_id == bindparam("sale_id"))
    .order_by(refunds.c.created_at, refunds.c.id)
)


def lines_json(lines: tuple[CheckLine, ...]) -> str:
    """Return check lines as JSON text: [{"amount": 99999, "category": ""}, ...]."""
    data = [{"amount": line.amount, "category": line.category} for line in lines]
    return jsontext.dumps(data, "lines")


def lines_from_json(data: str) -> tuple[CheckLine, ...]:
    """Read check lines back from their JSON text."""
    return tuple(CheckLine(int(x["amount"]), str(x["category"])) for x in jsontext.loads(data))


def sale_params(sale: Sale) -> dict[str, Any]:
    """Return the column values of a sale."""
    params = {name: getattr(sale, name) for name in SALE_FIELDS}
    params["lines"] = lines_json(sale.lines)
    params["kind"] = sale.kind.value
    return params


def sale_from_row(row: Sequence[Any]) -> Sale:
    """Build a sale from a row of SALE_COLUMNS."""
    values = list(row)
    values[_LINES] = lines_from_json(values[_LINES])
    values[_KIND] = SaleKind(values[_KIND])
    return Sale(*values)


def refund_params(refund: Refund) -> dict[str, Any]:
    """Return the column values of a refund."""
    return {name: getattr(refund, name) for name in REFUND_FIELDS}


class SqlAlchemySaleRepository:
    """Sales in `sales`, refunds in `refunds`."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, sale: Sale) -> None:
        """Insert a confirmed sale (and add it to the daily figures); a repeated id is refused."""
        self._connection.execute(_INSERT, sale_params(sale))
        record_sale(self._connection, sale)

    def get(self, sale_id: str) -> Sale | None:
        """Return the sale with this id, or None."""
        row = self._connection.execute(_GET, {"id": sale_id}).first()
        return None if row is None else sale_from_row(row)

    def set_refunded(self, sale_id: str, refunded: Minor) -> None:
        """Store the value of goods refunded so far."""
        params = {"sale_id": sale_id, "refunded": refunded}
        if self._connection.execute(_SET_REFUNDED, params).rowcount != 1:
            raise NotFound(f"sale {sale_id} is not in this database")

    def add_refund(self, refund: Refund) -> None:
        """Insert a refund of a stored sale (and add it to the daily figures)."""
        self._connection.execute(_INSERT_REFUND, refund_params(refund))
        record_refund(self._connection, refund)

    def refunds_of(self, sale_id: str) -> list[Refund]:
        """Return a sale's refunds, oldest first."""
        rows = self._connection.execute(_REFUNDS_OF, {"sale_id": sale_id})
        return [Refund(*row) for row in rows]

    def last_of_terminal(self, terminal_id: str) -> Sale | None:
        """Return the terminal's most recent sale, or None."""
        row = self._connection.execute(_LAST_OF_TERMINAL, {"terminal_id": terminal_id}).first()
        return None if row is None else sale_from_row(row)

    def of_member(self, member_id: str, limit: int = 50) -> list[Sale]:
        """Return a member's sales, newest first."""
        rows = self._connection.execute(_OF_MEMBER, {"member_id": member_id, "limit": limit})
        return [sale_from_row(row) for row in rows]

    def of_member_between(self, member_id: str, first_day: date, last_day: date) -> list[Sale]:
        """Return a member's sales of the days `first_day` to `last_day`, oldest first."""
        params = {"member_id": member_id, "first_day": first_day, "last_day": last_day}
        return [sale_from_row(row) for row in self._connection.execute(_OF_MEMBER_BETWEEN, params)]

    def tiers_of_member(self, member_id: str) -> list[tuple[date, str]]:
        """Return (business date, tier held) of each of a member's sales, oldest first."""
        rows = self._connection.execute(_TIERS_OF_MEMBER, {"member_id": member_id})
        return [(day, tier) for day, tier in rows]
