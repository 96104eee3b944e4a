"""The balance projection: each member's open lots (in wallet order) and debt."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db.column_types import IsoDate
from db.models import balances, lots
from pos_loyalty.domain.ledger import Lot, Wallet

_LOTS = (
    select(lots.c.id, lots.c.remaining, lots.c.active_from, lots.c.expires_on)
    .where(lots.c.member_id == bindparam("member_id"), lots.c.remaining > 0)
    .order_by(lots.c.position)
)
_DEBT = select(balances.c.debt).where(balances.c.member_id == bindparam("member_id"))
_DELETE_LOTS = delete(lots).where(lots.c.member_id == bindparam("member_id"))
_INSERT_LOT = insert(lots)
_upsert = sqlite_insert(balances)
_PUT_BALANCE = _upsert.on_conflict_do_update(
    index_elements=[balances.c.member_id],
    set_={"balance": _upsert.excluded.balance, "debt": _upsert.excluded.debt},
)
# INDEXED BY: left alone the planner may walk the member index to avoid sorting for DISTINCT,
# reading every lot when few have expired.
_DUE = text(
    "SELECT DISTINCT member_id FROM lots INDEXED BY ix_lots_expires_on_member_id"
    " WHERE expires_on <= :day LIMIT :limit"
).bindparams(bindparam("day", type_=IsoDate()))


def lot_params(member_id: str, position: int, lot: Lot) -> dict[str, Any]:
    """Return the column values of one lot of a member's wallet."""
    return {
        "id": lot.id,
        "member_id": member_id,
        "position": position,
        "remaining": lot.remaining,
        "active_from": lot.active_from,
        "expires_on": lot.expires_on,
    }


class SqlAlchemyWalletRepository:
    """Wallets stored as `lots` rows plus one `balances` row per member."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def get(self, member_id: str) -> Wallet:
        """Return the member's wallet (empty if nothing was ever stored)."""
        params = {"member_id": member_id}
        found = tuple(Lot(*row) for row in self._connection.execute(_LOTS, params))
        debt = self._connection.execute(_DEBT, params).scalar()
        return Wallet(lots=found, debt=debt or 0)

    def put(self, member_id: str, wallet: Wallet) -> None:
        """Replace the member's lots with the wallet's and store its balance and debt."""
        self._connection.execute(_DELETE_LOTS, {"member_id": member_id})
        rows = [
            lot_params(member_id, position, lot)
            for position, lot in enumerate(wallet.lots)
            if lot.remaining > 0
        ]
        if rows:
            self._connection.execute(_INSERT_LOT, rows)
        params = {"member_id": member_id, "balance": wallet.balance, "debt": wallet.debt}
        self._connection.execute(_PUT_BALANCE, params)

    def due_to_expire(self, day: date, limit: int) -> list[str]:
        """Return ids of members holding lots that are gone on `day` (expires_on <= day)."""
        rows = self._connection.execute(_DUE, {"day": day, "limit": limit})
        return [member_id for (member_id,) in rows]
