"""Slips as first printed, in `slips` (JSON text), for reprints."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, insert, select

from db import jsontext
from db.models import slips

_GET = select(slips.c.data).where(slips.c.id == bindparam("id"))
_OF_SALE = select(slips.c.id, slips.c.data).where(slips.c.sale_id == bindparam("sale_id"))


class SqlAlchemySlipRepository:
    """The SlipRepository port over the `slips` table."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, slip_id: str, sale_id: str, data: dict[str, Any]) -> None:
        """Keep a slip (refusing floats in it)."""
        text = jsontext.dumps(data, f"slip {slip_id}")
        self._connection.execute(insert(slips), {"id": slip_id, "sale_id": sale_id, "data": text})

    def get(self, slip_id: str) -> dict[str, Any] | None:
        """The slip kept under this id, or None."""
        text = self._connection.execute(_GET, {"id": slip_id}).scalar()
        return None if text is None else dict(jsontext.loads(text))

    def of_sale(self, sale_id: str) -> list[tuple[str, dict[str, Any]]]:
        """Every slip of a sale (the sale's and its refunds'), as (slip id, data)."""
        rows = self._connection.execute(_OF_SALE, {"sale_id": sale_id})
        return [(row.id, dict(jsontext.loads(row.data))) for row in rows]
