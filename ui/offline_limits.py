"""The redemption limits applied at the counter (command line and window alike).

A terminal enrolled with a central server reserves the points of a redeeming sale there
(sync/redemptions.py); when the server does not answer it may redeem only within its offline
caps and only if it synced recently (sync/offline.py). A terminal that works alone has no such
limits. The quote shows the allowance before the sale; the counter tells the cashier which mode
it is in (ui/checkout/redemption_mode.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from db import Database
from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.services.checkout import Checkout
from sync.offline import counter_allowance
from sync.redemptions import ServerRedemptionAuthoriser
from ui.clock import system_clock


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


def authoriser_for(db: Database) -> ServerRedemptionAuthoriser:
    """The counter's authoriser: reserve at the server, or the offline caps."""
    return ServerRedemptionAuthoriser(db, system_clock)
