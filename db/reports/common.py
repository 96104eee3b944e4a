"""Helpers the report queries share: terminal and kind filters, months as text, chunks of ids."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, true

from pos_loyalty.domain.sales import SaleKind

ID_CHUNK = 500
"""Ids per IN list: far below SQLite's limit on bound parameters."""


def in_terminals(column: Any, terminals: tuple[str, ...] | None) -> ColumnElement[bool]:
    """`column IN terminals`, or no condition when every terminal counts."""
    if terminals is None:
        return true()
    condition: ColumnElement[bool] = column.in_(terminals)
    return condition


def of_goods(kind: Any) -> ColumnElement[bool]:
    """Sales of goods: a club membership fee is money taken, not a check (counted apart)."""
    condition: ColumnElement[bool] = kind != SaleKind.MEMBERSHIP.value
    return condition


def month_of(column: Any, connection: Connection) -> ColumnElement[str]:
    """The 'YYYY-MM' of a date column (ISO text on SQLite, DATE on PostgreSQL)."""
    if connection.dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.substr(column, 1, 7)


def month_date(text: str) -> date:
    """The first day of the month named 'YYYY-MM'."""
    return date(int(text[:4]), int(text[5:7]), 1)


def chunks(ids: Iterable[str], size: int = ID_CHUNK) -> Iterator[list[str]]:
    """The ids in lists of at most `size`."""
    batch: list[str] = []
    for member_id in ids:
        batch.append(member_id)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def whole(row: Iterable[Any]) -> tuple[Any, ...]:
    """A row with PostgreSQL's sums of integers (numeric, so Decimal) as int."""
    return tuple(int(v) if isinstance(v, Decimal) else v for v in row)
