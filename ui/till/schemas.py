"""What the till sends: checks, confirmations, refunds. Money is whole kopecks, never a float.

The bounds keep every number inside a 64-bit integer (the store's columns); the rules on
amounts (positive lines, the maximum check, a card number typed as an amount) are the core's.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt

Kopecks = Annotated[StrictInt, Field(ge=0, le=10**15, description="money in kopecks")]
Points = Annotated[StrictInt, Field(ge=0, le=10**12)]


class LineIn(BaseModel):
    """One line as the till rang it up."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(max_length=64, description="the till's article code")
    name: str = Field("", max_length=200)
    quantity: str = Field("1", max_length=20, description="as the till prints it: 1, 0.350")
    price: Kopecks
    amount: Kopecks = Field(description="the line's amount before any loyalty discount")
    category: str = Field("", max_length=64, description="e.g. tobacco: may be excluded")


class CalculateIn(BaseModel):
    """A check to calculate: the till's own id, its lines, the card scanned, points to redeem."""

    model_config = ConfigDict(extra="forbid")

    check_id: str = Field(min_length=1, max_length=64)
    lines: list[LineIn] = Field(min_length=1, max_length=1000)
    card_number: str | None = Field(None, max_length=32)
    redeem: Points | Literal["max"] | None = None


class ConfirmIn(BaseModel):
    """The confirmation: the fiscal receipt number, and the cashier's yes to a large check."""

    model_config = ConfigDict(extra="forbid")

    receipt_no: str = Field(max_length=64)
    large_confirmed: bool = False


class ApproverIn(BaseModel):
    """A manager approving on the spot, proven by PIN (a refund above the limit)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    pin: str = Field(min_length=1, max_length=16)


LineNumber = Annotated[StrictInt, Field(ge=1, le=1000, description="numbered from 1 as sent")]


class LineReturnIn(BaseModel):
    """A part of a line's quantity coming back (the rest may follow in a later refund)."""

    model_config = ConfigDict(extra="forbid")

    line: LineNumber
    quantity: str | None = Field(
        None,
        max_length=20,
        description="how much of the line comes back, as the till writes it (2, 0.350); "
        "left out: all that is left of the line",
    )


class RefundIn(BaseModel):
    """Lines returned from a confirmed check: a line number for all that is left of it, or
    {"line", "quantity"} for a part."""

    model_config = ConfigDict(extra="forbid")

    check_id: str = Field(min_length=1, max_length=64)
    lines: list[LineNumber | LineReturnIn] = Field(min_length=1, max_length=1000)
    approver: ApproverIn | None = None
