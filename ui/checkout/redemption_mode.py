"""Which redemption mode the counter is in: online (reserved at the server) or an offline cap.

The quote's limit and a recorded sale's authorisation both say it; the status bar shows it so
the cashier knows whether points spent now are checked against the whole chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_loyalty.domain.reservations import ONLINE_PREFIX, Authorisation
from pos_loyalty.services.checkout import Checkout


@dataclass(frozen=True, slots=True)
class RedemptionMode:
    """Online (points reserved at the server), or offline with a cap of `cap` points."""

    online: bool
    cap: int


def mode_of(cmd: Checkout) -> RedemptionMode | None:
    """The mode a limited checkout is quoted in (None: no limit, e.g. a terminal working alone)."""
    if cmd.redeem_limit is None:
        return None
    return RedemptionMode(cmd.redeem_limit_reason.startswith(ONLINE_PREFIX), cmd.redeem_limit)


def authorised_mode(authorisation: Authorisation | None) -> RedemptionMode | None:
    """The mode a recorded sale's points were authorised in (None: no limit applied)."""
    if authorisation is None or authorisation.points is None:
        return None
    return RedemptionMode(authorisation.online, authorisation.points)
