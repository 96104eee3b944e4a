"""Qualifying spend per member, day and terminal, from the sales and refunds terminals push.

A tier counts the chain's spend in its window, so every terminal needs what the others sold.
The server adds each pushed sale's money paid (and takes off each refund's money returned)
under the terminal that wrote it, and notes the row in the change log: a pull sends each
changed row as it now is to every other terminal, which adds it to its own spend.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection

from server.models import chain_spend
from server.store import changes
from server.store.sql import insert_for

SpendKey = tuple[str, date]
"""(member id, business date)."""


def add(connection: Connection, terminal_id: str, amounts: dict[SpendKey, int]) -> None:
    """Add a batch's spend (one amount per member and day) to the terminal's rows."""
    if not amounts:
        return
    stmt = insert_for(connection, chain_spend)
    upsert = stmt.on_conflict_do_update(
        index_elements=[chain_spend.c.member_id, chain_spend.c.day, chain_spend.c.terminal_id],
        set_={"amount": chain_spend.c.amount + stmt.excluded.amount},
    ).returning(chain_spend.c.id)
    ids = [
        str(
            connection.execute(
                upsert,
                {"member_id": m, "day": d, "terminal_id": terminal_id, "amount": amount},
            ).scalar_one()
        )
        for (m, d), amount in sorted(amounts.items())
    ]
    changes.record(connection, changes.SPEND, ids, terminal_id)
