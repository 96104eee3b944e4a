"""Per-member values read beside a member row: the card that stands for them, their window spend.

Shared by the member list and the member export, so "the member's card" means the same in both:
the oldest active card, else the newest card of any state.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, select

from db.column_types import IsoDate
from db.models import cards, member_spend, members

_other = cards.alias("main_card")
MAIN_CARD = (
    select(_other.c.number)
    .where(_other.c.member_id == members.c.id)
    .order_by((_other.c.state == "active").desc(), _other.c.issued_at, _other.c.number)
    .limit(1)
    .correlate(members)
    .scalar_subquery()
)
"""The number of the card shown for a member (correlated to `members`)."""

WINDOW_SPEND = (
    select(func.coalesce(func.sum(member_spend.c.amount), 0))
    .where(
        member_spend.c.member_id == members.c.id,
        member_spend.c.day >= bindparam("since", type_=IsoDate()),
    )
    .correlate(members)
    .scalar_subquery()
)
"""The member's qualifying spend from the bound day `since` on (correlated to `members`)."""
