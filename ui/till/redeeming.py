"""The till's redemption goes through the counter's own limits (ui/offline_limits.py).

A terminal enrolled with a central server quotes a till's check against the server's balance
and reserves the points at the server when the check is confirmed; when the server does not
answer, the offline caps apply. A terminal that works alone has no such limits. These are the
counter's functions, on the till context's store and clock.
"""

from __future__ import annotations

from pos_loyalty.services.checkout import Checkout
from pos_loyalty.services.till import RedeemLimit
from sync.redemptions import ServerRedemptionAuthoriser
from ui.offline_limits import with_offline_limit
from ui.till.context import TillContext


def quote_limit(ctx: TillContext) -> RedeemLimit:
    """The counter's redemption allowance, applied to a till check's quote."""

    def limit(cmd: Checkout) -> Checkout:
        return with_offline_limit(ctx.database, cmd, ctx.clock())

    return limit


def authoriser(ctx: TillContext) -> ServerRedemptionAuthoriser:
    """The counter's authoriser (reserve at the server, or the offline caps) on the till's clock."""
    return ServerRedemptionAuthoriser(ctx.database, ctx.clock)
