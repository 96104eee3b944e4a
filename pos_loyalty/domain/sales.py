"""Sales and refunds as recorded: the figures of a confirmed checkout and of each refund.

A sale is of one of two kinds: goods (a checkout) or a paid club membership (its fee; the
member's end date before and after it are kept so a refund can put the old one back).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.refunds import SaleFigures


class SaleKind(enum.StrEnum):
    """What was sold: goods at a checkout, or a club membership's fee."""

    GOODS = "goods"
    MEMBERSHIP = "membership"


@dataclass(frozen=True, slots=True)
class Sale:
    """A confirmed checkout (with or without a card), or a membership fee (`kind`)."""

    id: str
    terminal_id: str
    receipt_no: str
    business_date: date
    created_at: datetime
    lines: tuple[CheckLine, ...]
    total: Minor
    discount: Minor
    redeemed_points: int
    redeemed_value: Minor
    paid: Minor
    earned_points: int
    bonus_points: int = 0
    member_id: str | None = None
    card_number: str | None = None
    staff_id: str = ""
    programme_version: int = 0
    tier: str = ""
    refunded: Minor = 0
    kind: SaleKind = SaleKind.GOODS
    membership_before: date | None = None
    """For a membership sale: the member's end date before it (None: had none)."""
    membership_until: date | None = None
    """For a membership sale: the end date it bought."""

    @property
    def figures(self) -> SaleFigures:
        """The figures refunds are computed from (earned includes promotion bonuses)."""
        return SaleFigures(
            total=self.total,
            paid=self.paid,
            earned=self.earned_points + self.bonus_points,
            redeemed=self.redeemed_points,
        )

    @property
    def counts_as_spend(self) -> bool:
        """Whether its money is qualifying spend: goods are, a membership fee buys terms."""
        return self.kind == SaleKind.GOODS

    @property
    def left_to_refund(self) -> Minor:
        """The value of goods that can still come back."""
        return self.total - self.refunded


@dataclass(frozen=True, slots=True)
class Refund:
    """One refund (or void) of a sale."""

    id: str
    sale_id: str
    terminal_id: str
    business_date: date
    created_at: datetime
    amount: Minor
    points_reversed: int
    points_returned: int
    money_returned: Minor
    staff_id: str = ""
    reason: str = ""
    is_void: bool = False
