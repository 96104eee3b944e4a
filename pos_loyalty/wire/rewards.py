"""Holds of rewards for points (`POST /rewards/holds`, `.../commit`, `.../cancel`).

Before a counter gives a reward of the catalogue it holds, under an id it made, the reward's
price of the member's points and one unit of its stock at the server, then commits the hold
with the reward's ledger entry id or cancels it. The request carries the reward as the
terminal's programme describes it; the rule of what may be held is the core's
(`pos_loyalty.domain.rewards_catalogue.online_stock_left`, `pos_loyalty.domain.reservations`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, ClassVar

from pos_loyalty.domain.rewards_catalogue import MAX_REWARD_POINTS, REWARD_ID
from pos_loyalty.wire.fields import MAX_POINTS, Count, Id, Text, Whole

RewardId = Annotated[str, Text(pattern=REWARD_ID.pattern, storable=False)]
"""A reward's id in the catalogue."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RewardHoldRequest:
    """Hold a reward's price and one unit of its stock for a member, under the terminal's id."""

    EXTRA: ClassVar[str] = "forbid"
    reservation_id: Id
    member_id: Id
    reward_id: RewardId
    points: Annotated[int, Whole(1, MAX_REWARD_POINTS)]
    stock: Annotated[int, Whole(0, MAX_POINTS)] | None = None
    """How many may be given in all (None: the reward keeps no stock)."""
    offline_share: Annotated[int, Whole(0, MAX_POINTS)] = 0
    """Units each terminal may give offline: the server sets them aside."""
    day: date | None = None
    """The store's date, for points that become spendable or expire by day (default: today)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RewardHoldCommit:
    """The reward's ledger entry that used the hold."""

    EXTRA: ClassVar[str] = "forbid"
    entry_id: Id


@dataclass(frozen=True, slots=True, kw_only=True)
class RewardHold:
    """A hold as the server keeps it; `granted` false is a refusal, `code` says why."""

    EXTRA: ClassVar[str] = "ignore"
    reservation_id: str
    member_id: str
    reward_id: str
    state: str
    """open, committed, cancelled, expired or consumed (the reward's entry arrived)."""
    granted: bool
    points_available: Count
    """The member's spendable points less other reservations when the hold was asked for."""
    stock_left: Count | None = None
    """Units the server could still give online then (None: the reward keeps no stock)."""
    expires_at: datetime
    entry_id: str | None = None
    code: str = ""
    """reward_out_of_stock or reward_too_few_points when refused."""
    message: str = ""
