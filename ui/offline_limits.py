"""The offline redemption caps applied at the counter (command line and window alike).

A terminal enrolled with a central server may redeem offline only within its caps and only if
it synced recently (see sync/offline.py); a terminal that works alone has no such limits.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from db import Database
from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.services.checkout import Checkout
from sync.offline import counter_allowance


def with_offline_limit(db: Database, cmd: Checkout, now: datetime) -> Checkout:
    """The checkout with the redemption allowance of this terminal applied, if any."""
    if cmd.card_number is None or not cmd.redeem:
        return cmd
    uow = db.uow()
    with uow.read_only():
        card = uow.cards.get(validate_card_number(cmd.card_number))
    if card is None or card.member_id is None:
        return cmd
    allowance = counter_allowance(db, card.member_id, now)
    if allowance is None:
        return cmd
    return replace(
        cmd,
        redeem_limit=allowance.points,
        redeem_limit_reason=allowance.reason,
        redeem_limit_code=allowance.code,
        redeem_limit_values=allowance.values,
    )
