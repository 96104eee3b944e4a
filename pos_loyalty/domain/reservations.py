"""Online redemption: what a terminal may reserve of a member's points at the central server.

Two online terminals redeeming the same member at the same moment each see the whole balance;
without a reservation both spend it. So a terminal that reaches the server reserves the points
before the sale commits, and the server grants at most the member's spendable balance less
what other reservations still hold:

- an **open** reservation holds its points until it is committed, cancelled or expires
  (`DEFAULT_HOLD_SECONDS` after it was made, configurable on the server);
- a **committed** one holds the points the sale actually redeemed until that sale's redeem
  entry reaches the server (then the balance counts them, so the hold would count them twice);
- a cancelled, expired or consumed one holds nothing.

When the server does not answer the terminal falls back to the offline caps (sync/offline.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from pos_loyalty.domain.errors import InvalidInput

DEFAULT_HOLD_SECONDS = 120
"""How long an uncommitted reservation holds points: longer than any checkout takes."""

ONLINE_PREFIX = "online:"
"""How a limit decided with the server's answer begins its reason (the counter shows the mode)."""

MAX_RESERVE_POINTS = 100_000_000
"""More points than any member holds (a million roubles at a kopeck a point): a bigger request
is a typo or a card number, never a redemption."""


class HoldState(StrEnum):
    """Where a reservation is in its life."""

    OPEN = "open"
    COMMITTED = "committed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    CONSUMED = "consumed"


@dataclass(frozen=True, slots=True)
class Hold:
    """A reservation as the server keeps it."""

    reservation_id: str
    terminal_id: str
    member_id: str
    points: int
    """Granted points while open; the points the sale redeemed once committed."""
    state: HoldState
    expires_at: datetime
    sale_id: str | None = None

    def holds(self, now: datetime, *, entry_arrived: bool = False) -> int:
        """The points this reservation keeps from others at `now`."""
        if self.state is HoldState.OPEN and now < self.expires_at:
            return self.points
        if self.state is HoldState.COMMITTED and not entry_arrived:
            return self.points
        return 0


@dataclass(frozen=True, slots=True)
class Grant:
    """The server's answer to a reservation: the points granted and what was available."""

    granted: int
    available: int

    @property
    def refused(self) -> bool:
        """True when nothing could be granted."""
        return self.granted == 0


def check_request(points: int) -> None:
    """Refuse a reservation of a number of points no checkout redeems."""
    if points <= 0:
        raise InvalidInput(
            f"a reservation of {points} points: reserve a positive number of points, "
            "or commit the sale without redeeming",
            code="reserve_not_positive",
            points=points,
        )
    if points > MAX_RESERVE_POINTS:
        raise InvalidInput(
            f"a reservation of {points} points is more than any member holds "
            f"({MAX_RESERVE_POINTS}): check that a card number was not typed as points",
            code="reserve_too_large",
            points=points,
        )


def decide(requested: int, spendable: int, held_by_others: int) -> Grant:
    """Grant what the member can spend once other reservations are set aside."""
    check_request(requested)
    available = max(0, spendable - max(0, held_by_others))
    return Grant(min(requested, available), available)


def expiry(made_at: datetime, hold_seconds: int = DEFAULT_HOLD_SECONDS) -> datetime:
    """When a reservation made at `made_at` stops holding points if it is not committed."""
    if hold_seconds <= 0:
        raise InvalidInput(
            f"a reservation timeout of {hold_seconds} s: give a positive number of seconds"
        )
    return made_at + timedelta(seconds=hold_seconds)


@dataclass(frozen=True, slots=True)
class Authorisation:
    """What the counter may redeem for one sale, and how it was decided.

    `points` None means no limit beyond the programme's (a terminal working alone).
    `reservation_id` is set when the server reserved the points: commit it with the sale's
    id, or cancel it if the sale is not recorded.
    """

    points: int | None
    reason: str
    online: bool
    reservation_id: str = ""
    code: str = ""
    values: tuple[tuple[str, str], ...] = ()
