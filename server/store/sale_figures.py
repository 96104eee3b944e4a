"""What the server already holds of a sale or refund, for checking the next one against it.

A sale or refund sent again under its id must carry the same figures (a resend after a lost
answer or a restore does); other figures under the same id are a conflict. A refund is checked
against its sale and the refunds of it already stored, wherever they were made, and a sale
against the limits of the programme version it names when the server has that version.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import Connection, func, select

from db import jsontext
from db.repositories.sales import SALE_FIELDS, lines_json, sale_from_row
from pos_loyalty.domain.check_limits import DEFAULT_MAX_CHECK
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.refunds import Cumulative
from pos_loyalty.domain.sales import Refund, Sale
from server.models import programmes, refunds, sales

KEPT = "the first one stands and this one is not stored; check the terminal's software"

_SALE_FIGURES = (
    "terminal_id",
    "business_date",
    "member_id",
    "card_number",
    "lines",
    "total",
    "discount",
    "redeemed_points",
    "redeemed_value",
    "paid",
    "earned_points",
    "bonus_points",
)
"""What a sale's effect depends on (not `refunded`, which the server's refunds change)."""
_REFUND_FIGURES = (
    "sale_id",
    "terminal_id",
    "business_date",
    "amount",
    "points_reversed",
    "points_returned",
    "money_returned",
    "is_void",
)


class Limits(NamedTuple):
    """The programme's largest check and value of a point (None: version not on the server)."""

    max_check: Minor
    point_value: Minor | None


def limits(connection: Connection, version: int) -> Limits:
    """The limits of programme `version`, or the defaults if the server does not hold it."""
    data = connection.execute(
        select(programmes.c.data).where(programmes.c.version == version)
    ).scalar()
    if data is None:
        return Limits(DEFAULT_MAX_CHECK, None)
    try:
        programme = Programme.from_dict(jsontext.loads(data), version=version)
    except (LoyaltyError, ValueError, TypeError, KeyError):
        return Limits(DEFAULT_MAX_CHECK, None)
    return Limits(programme.max_check_amount, programme.point_value)


def of_sale(sale: Sale) -> tuple[Any, ...]:
    """A sale's figures as the server compares them."""
    values = {name: getattr(sale, name) for name in _SALE_FIGURES}
    values["lines"] = lines_json(sale.lines)
    return tuple(values[name] for name in _SALE_FIGURES)


def stored_sale(connection: Connection, sale_id: str) -> tuple[Any, ...] | None:
    """The figures of the stored sale with this id, or None."""
    columns = [sales.c[name] for name in _SALE_FIGURES]
    row = connection.execute(select(*columns).where(sales.c.id == sale_id)).first()
    return None if row is None else tuple(row)


def of_refund(refund: Refund) -> tuple[Any, ...]:
    """A refund's figures as the server compares them."""
    return tuple(getattr(refund, name) for name in _REFUND_FIGURES)


def stored_refund(connection: Connection, refund_id: str) -> tuple[Any, ...] | None:
    """The figures of the stored refund with this id, or None."""
    columns = [refunds.c[name] for name in _REFUND_FIGURES]
    row = connection.execute(select(*columns).where(refunds.c.id == refund_id)).first()
    return None if row is None else tuple(row)


def sale_of(connection: Connection, sale_id: str) -> Sale | None:
    """The stored sale with this id (made at any terminal), or None."""
    columns = [sales.c[name] for name in SALE_FIELDS]
    row = connection.execute(select(*columns).where(sales.c.id == sale_id)).first()
    return None if row is None else sale_from_row(row)


def refunded_before(connection: Connection, sale: Sale) -> Cumulative:
    """What the refunds of `sale` already stored have undone, at every terminal."""
    row = connection.execute(
        select(
            func.coalesce(func.sum(refunds.c.points_reversed), 0),
            func.coalesce(func.sum(refunds.c.points_returned), 0),
            func.coalesce(func.sum(refunds.c.money_returned), 0),
        ).where(refunds.c.sale_id == sale.id)
    ).one()
    return Cumulative(sale.refunded, int(row[0]), int(row[1]), int(row[2]))
