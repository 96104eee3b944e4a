"""Qualifying spend per member and day, summed over the tier window.

`member_spend` holds what was spent at this terminal; `chain_spend` what the server says was
spent at the chain's other terminals (never this one's, so nothing counts twice). The tier
window counts both, so a member's tier is the same at every counter once it has synced.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, bindparam, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db.models import chain_spend, member_spend, members
from pos_loyalty.domain.money import Minor

_upsert = sqlite_insert(member_spend)
_ADD = _upsert.on_conflict_do_update(
    index_elements=[member_spend.c.member_id, member_spend.c.day],
    set_={"amount": member_spend.c.amount + _upsert.excluded.amount},
)
_MERGED_INTO = select(members.c.id).where(members.c.merged_into == bindparam("member_id"))
_SINCE = select(func.coalesce(func.sum(member_spend.c.amount), 0)).where(
    or_(
        member_spend.c.member_id == bindparam("member_id"),
        member_spend.c.member_id.in_(_MERGED_INTO),
    ),
    member_spend.c.day >= bindparam("first_day"),
)
"""Spend here, by this member or members merged into it (a merge made at another terminal
leaves the other member's spend here under its own id)."""
_CHAIN_SINCE = select(func.coalesce(func.sum(chain_spend.c.amount), 0)).where(
    or_(
        chain_spend.c.member_id == bindparam("member_id"),
        chain_spend.c.member_id.in_(_MERGED_INTO),
    ),
    chain_spend.c.day >= bindparam("first_day"),
)
"""Spend at other terminals, by this member or members merged into it."""

_BY_DAY = (
    select(member_spend.c.day, member_spend.c.amount)
    .where(
        member_spend.c.member_id == bindparam("member_id"),
        member_spend.c.day >= bindparam("first_day"),
    )
    .order_by(member_spend.c.day)
)


class SqlAlchemySpendRepository:
    """Spend in `member_spend`, one row per member and day."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, member_id: str, day: date, amount: Minor) -> None:
        """Add `amount` (negative for a refund) to the member's spend on `day`."""
        self._connection.execute(_ADD, {"member_id": member_id, "day": day, "amount": amount})

    def since(self, member_id: str, first_day: date) -> Minor:
        """Return the member's spend across the chain from `first_day` on (for the tier)."""
        params = {"member_id": member_id, "first_day": first_day}
        here: int = self._connection.execute(_SINCE, params).scalar_one()
        elsewhere: int = self._connection.execute(_CHAIN_SINCE, params).scalar_one()
        return here + elsewhere

    def by_day(self, member_id: str, first_day: date) -> list[tuple[date, Minor]]:
        """Return the member's spend at this terminal per day from `first_day` on, oldest first."""
        params = {"member_id": member_id, "first_day": first_day}
        return [(day, amount) for day, amount in self._connection.execute(_BY_DAY, params)]
