"""A push's daily figures: the sums of its sales and refunds, and its members' buyer months.

The sums are rows of the pushing terminal (pushes of one terminal take turns), but a member's
month row is shared by every terminal the member buys at: before writing those, the push takes
the member locks that `wallets.refresh` takes later (one sorted set, the entries' members with
the buyers), so two pushes never wait for each other in opposite orders. On SQLite the one
writer at a time already orders them.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from db.repositories import daily_figures
from db.repositories.daily_figures import FigureBatch
from server.store.wallets import lock_members


def add(connection: Connection, batch: FigureBatch, entry_members: Iterable[str]) -> None:
    """Write the figures of a push's sales and refunds, inside the push's transaction."""
    if not batch:
        return
    if batch.buyers:
        lock_members(connection, {m for m, _ in batch.buyers} | set(entry_members))
    daily_figures.write(connection, batch)
