"""Bodies of the online redemption routes: reserve, commit, cancel (points are whole numbers)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field
from pydantic import Strict as StrictInt

from pos_loyalty.domain.reservations import MAX_RESERVE_POINTS
from server.api.messages import Strict
from server.api.types import Day, Id

ReservePoints = Annotated[int, StrictInt(), Field(ge=1, le=MAX_RESERVE_POINTS)]
RedeemedPoints = Annotated[int, StrictInt(), Field(ge=0, le=MAX_RESERVE_POINTS)]


class ReserveRequest(Strict):
    """Reserve up to `points` of a member's points for one sale, under an id the terminal made."""

    reservation_id: Id
    member_id: Id
    points: ReservePoints
    day: Day | None = None
    """The store's date, for points that become spendable or expire by day (default: today)."""


class CommitRequest(Strict):
    """The sale that used the reservation, and the points it actually redeemed."""

    sale_id: Id
    points: RedeemedPoints


class ReservationResponse(BaseModel):
    """A reservation as the server holds it; `granted` 0 is a refusal (see `available`)."""

    reservation_id: str
    member_id: str
    state: str
    """open, committed, cancelled, expired or consumed (the sale's entries arrived)."""
    requested: int
    granted: int
    available: int
    """The member's spendable points less other reservations when this one was made."""
    points: int
    """Granted while open; the points the sale redeemed once committed."""
    refused: bool
    expires_at: datetime
    sale_id: str | None = None
    message: str = ""
