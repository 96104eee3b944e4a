"""The redemption limits applied at the counter (command line and window alike).

A terminal enrolled with a central server reserves the points of a redeeming sale there
(sync/redemptions.py); when the server does not answer it may redeem only within its offline
caps and only if it synced recently (`pos_loyalty.domain.offline_caps`, asked through
sync/offline.py). A terminal that works alone has no such limits. The quote shows the allowance
before the sale; the counter tells the cashier which mode it is in
(ui/checkout/redemption_mode.py).
"""

from __future__ import annotations

from datetime import datetime

from db import Database
from pos_loyalty.services.checkout import Checkout
from pos_loyalty.services.offline_caps import redeeming_member, with_allowance
from sync.offline import counter_allowance
from sync.redemptions import ServerRedemptionAuthoriser
from sync.reward_holds import ServerRewardAuthoriser
from ui.clock import system_clock


def with_offline_limit(db: Database, cmd: Checkout, now: datetime) -> Checkout:
    """The checkout with the redemption allowance of this terminal applied, if any."""
    member_id = redeeming_member(cmd, uow=db.uow())
    if member_id is None:
        return cmd
    allowance = counter_allowance(db, member_id, now)
    return cmd if allowance is None else with_allowance(cmd, allowance)


def authoriser_for(db: Database) -> ServerRedemptionAuthoriser:
    """The counter's authoriser: reserve at the server, or the offline caps."""
    return ServerRedemptionAuthoriser(db, system_clock)


def reward_authoriser_for(db: Database) -> ServerRewardAuthoriser:
    """The counter's rewards authoriser: hold at the server, or the offline rule."""
    return ServerRewardAuthoriser(db, system_clock)
