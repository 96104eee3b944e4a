"""Personal offers: promotions for one member, as JSON text, until they are used."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db import jsontext
from db.models import offers
from pos_loyalty.domain.errors import InvalidInput, NotFound
from pos_loyalty.domain.programme_io import promotion_from_dict, promotion_to_dict
from pos_loyalty.domain.promotions import Promotion

_upsert = sqlite_insert(offers)
_ADD = _upsert.on_conflict_do_update(
    index_elements=[offers.c.member_id, offers.c.code], set_={"data": _upsert.excluded.data}
)
_OF_MEMBER = (
    select(offers.c.data)
    .where(offers.c.member_id == bindparam("member_id"), offers.c.used_sale_id.is_(None))
    .order_by(offers.c.code)
)
_MARK_USED = (
    update(offers)
    .where(
        offers.c.member_id == bindparam("offer_member"), offers.c.code == bindparam("offer_code")
    )
    .values(used_sale_id=bindparam("sale_id"))
)


class SqlAlchemyOfferRepository:
    """Offers in `offers`, keyed by (member, code); adding the same code again replaces it."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, offer: Promotion) -> None:
        """Store a personal offer (its member_id names the member)."""
        if not offer.member_id:
            raise InvalidInput(f"offer {offer.code!r} names no member: a personal offer needs one")
        data = jsontext.dumps(promotion_to_dict(offer), "offer")
        params = {"member_id": offer.member_id, "code": offer.code, "data": data}
        self._connection.execute(_ADD, params)

    def of_member(self, member_id: str) -> list[Promotion]:
        """Return the member's offers not used yet, by code."""
        rows = self._connection.execute(_OF_MEMBER, {"member_id": member_id})
        return [promotion_from_dict(jsontext.loads(data)) for (data,) in rows]

    def mark_used(self, code: str, member_id: str, sale_id: str) -> None:
        """Record that the sale used the offer, so it is not offered again."""
        params = {"offer_member": member_id, "offer_code": code, "sale_id": sale_id}
        if self._connection.execute(_MARK_USED, params).rowcount != 1:
            raise NotFound(f"member {member_id} has no offer {code!r}")
