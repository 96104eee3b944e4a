"""A member's club membership end date at the server: moved by the fees, not by member updates.

A membership sale carries the end date before it and the one it bought; a refund of it puts
the end back to the date before (`pos_loyalty.domain.membership`). The server applies exactly
that, so the sale and its refund decide the date wherever they were made:

- a membership sale moves the end to the date it bought, never back (two stores renewing the
  same member while offline leave the later end);
- a refund of one in full puts the end back to the date before that sale, when the end is
  still the one the sale bought (if a later renewal or a merge moved it, the refund leaves it);
- a merge keeps the later end of the two members.

A member update's own end date is not taken: a terminal that has not heard of a sale made
elsewhere sends the date it holds, which would undo that sale; and a refund back to no
membership sends none, which could not be told from "unchanged". The date of a sale is set on
the member holding the sale's points now (after a merge, the kept member).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, select, update

from pos_loyalty.domain.sales import Sale, SaleKind
from server.models import members

MAX_CHAIN = 16
"""Merges followed from a sale's member to the one holding it now."""


def _holder(connection: Connection, member_id: str) -> Any:
    """The member row holding `member_id`'s sales now (itself unless merged away), or None."""
    columns = (members.c.id, members.c.membership_until, members.c.merged_into)
    current = member_id
    for _ in range(MAX_CHAIN):
        row = connection.execute(select(*columns).where(members.c.id == current)).first()
        if row is None or row.merged_into is None:
            return row
        current = row.merged_into
    return None


def _set(connection: Connection, member_id: str, until: date | None) -> None:
    connection.execute(
        update(members).where(members.c.id == member_id).values(membership_until=until)
    )


def later(a: date | None, b: date | None) -> date | None:
    """The later of two end dates (None: no membership)."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b)


def sold(connection: Connection, sale: Sale) -> str | None:
    """Move the member's end to what a membership sale bought; the member id if it moved."""
    if sale.kind != SaleKind.MEMBERSHIP or sale.member_id is None:
        return None
    found = _holder(connection, sale.member_id)
    if found is None:
        return None
    until = later(found.membership_until, sale.membership_until)
    if until == found.membership_until:
        return None
    _set(connection, found.id, until)
    return str(found.id)


def refunded(connection: Connection, sale: Sale, amount: int) -> str | None:
    """Put the end back to before a membership sale refunded in full by `amount` (with what
    was refunded before); the member id if it moved."""
    whole = sale.refunded + amount >= sale.total
    if sale.kind != SaleKind.MEMBERSHIP or sale.member_id is None or not whole:
        return None
    found = _holder(connection, sale.member_id)
    if found is None or found.membership_until != sale.membership_until:
        return None
    _set(connection, found.id, sale.membership_before)
    return str(found.id)


def merged(connection: Connection, kept: Any, other: Any) -> bool:
    """Give the kept member the later end of the two (rows of both); whether it moved."""
    until = later(kept.membership_until, other.membership_until)
    if until == kept.membership_until:
        return False
    _set(connection, kept.id, until)
    return True
