"""Online redemption (`POST /redemptions`, `.../commit`, `.../cancel`): points are whole numbers.

A terminal reserves the points a sale redeems before recording it, under an id it made, then
commits the reservation with the sale's id or cancels it. The rule of what may be reserved is
the core's (`pos_loyalty.domain.reservations`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, ClassVar

from pos_loyalty.domain.reservations import MAX_RESERVE_POINTS
from pos_loyalty.wire.fields import Id, Int, Whole


@dataclass(frozen=True, slots=True, kw_only=True)
class ReserveRequest:
    """Reserve up to `points` of a member's points for one sale, under an id the terminal made."""

    EXTRA: ClassVar[str] = "forbid"
    reservation_id: Id
    member_id: Id
    points: Annotated[int, Whole(1, MAX_RESERVE_POINTS)]
    day: date | None = None
    """The store's date, for points that become spendable or expire by day (default: today)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CommitRequest:
    """The sale that used the reservation, and the points it actually redeemed."""

    EXTRA: ClassVar[str] = "forbid"
    sale_id: Id
    points: Annotated[int, Whole(0, MAX_RESERVE_POINTS)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Reservation:
    """A reservation as the server holds it; `granted` 0 is a refusal (see `available`)."""

    EXTRA: ClassVar[str] = "ignore"
    reservation_id: str
    member_id: str
    state: str
    """open, committed, cancelled, expired or consumed (the sale's entries arrived)."""
    requested: Annotated[int, Whole(0)]
    granted: Annotated[int, Whole(0)]
    available: Annotated[int, Whole(0)]
    """The member's spendable points less other reservations when this one was made."""
    points: Int
    """Granted while open; the points the sale redeemed once committed."""
    refused: bool
    expires_at: datetime
    sale_id: str | None = None
    message: str = ""
