"""A check as the shop's till sends it, and as the counter keeps it for the confirmation.

The hash of a check (`TillCheck.digest`) tells a repeated request from a changed one under the
same till check id; the record keeps its state and the sale it became. A card scanned and a
redemption chosen at the counter for an open check stay with it (`with_counter_choice`).
"""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos_loyalty.domain.checkout import CheckLine, RedeemRequest
from pos_loyalty.domain.line_returns import NOTHING, ReturnedLine
from pos_loyalty.domain.line_split import LineShare
from pos_loyalty.domain.money import Minor


class TillState(enum.StrEnum):
    """Where a till check stands."""

    CALCULATED = "calculated"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class TillLine:
    """One line as the till rings it up; `quantity` is the till's text ("1", "0.350")."""

    code: str
    name: str
    quantity: str
    price: Minor
    amount: Minor
    category: str = ""


@dataclass(frozen=True, slots=True)
class TillCheck:
    """A check the till asks about: its own id, its lines, the card scanned, points to redeem."""

    check_id: str
    lines: tuple[TillLine, ...]
    card_number: str | None = None
    redeem: RedeemRequest = None
    chosen_at_counter: bool = False
    """The card and the redemption were chosen at the counter, not sent by the till."""

    def as_dict(self) -> dict[str, Any]:
        """The check as JSON-safe data (what is kept and hashed)."""
        data: dict[str, Any] = {
            "check_id": self.check_id,
            "lines": [vars_of(x) for x in self.lines],
            "card_number": self.card_number,
            "redeem": self.redeem,
        }
        if self.chosen_at_counter:  # only then: the hash of a till's own check stays as it was
            data["chosen_at_counter"] = True
        return data

    @property
    def digest(self) -> str:
        """The hash that tells a repeated check from a changed one."""
        text = json.dumps(self.as_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()

    @property
    def check_lines(self) -> tuple[CheckLine, ...]:
        """The lines as the checkout maths sees them."""
        return tuple(CheckLine(x.amount, x.category) for x in self.lines)


def vars_of(line: TillLine) -> dict[str, Any]:
    """A till line as JSON-safe data."""
    return {
        "code": line.code,
        "name": line.name,
        "quantity": line.quantity,
        "price": line.price,
        "amount": line.amount,
        "category": line.category,
    }


def check_from_dict(data: dict[str, Any]) -> TillCheck:
    """Read back a kept check."""
    return TillCheck(
        check_id=data["check_id"],
        lines=tuple(TillLine(**x) for x in data["lines"]),
        card_number=data["card_number"],
        redeem=data["redeem"],
        chosen_at_counter=bool(data.get("chosen_at_counter", False)),
    )


@dataclass(frozen=True, slots=True)
class TillRecord:
    """A till check as kept: what was calculated, its state, the sale, the lines returned."""

    check: TillCheck
    digest: str
    discount: Minor
    redeemed_points: int
    state: TillState
    updated_at: datetime
    sale_id: str | None = None
    receipt_no: str = ""
    returned: tuple[ReturnedLine, ...] = ()

    def returned_line(self, index: int) -> ReturnedLine | None:
        """What has come back of the line `index` (from 0) so far, or None."""
        return next((x for x in self.returned if x.index == index), None)

    @property
    def whole_lines_returned(self) -> tuple[int, ...]:
        """The lines (from 0) that have come back in full."""
        return tuple(sorted(x.index for x in self.returned if x.whole))


@dataclass(frozen=True, slots=True)
class LineReturn:
    """A line the till takes back (numbered from 1), in full or a `quantity` of it ("2")."""

    line: int
    quantity: str | None = None


def returned_as_data(returned: tuple[ReturnedLine, ...]) -> list[dict[str, Any]]:
    """What has come back of each line, as JSON-safe data (kept beside the check)."""
    return [
        {
            "line": x.index,
            "quantity": str(x.quantity),
            "whole": x.whole,
            "amount": x.figures.amount,
            "discount": x.figures.discount,
            "points_value": x.figures.points_value,
            "earned": x.figures.earned,
            "redeemed": x.figures.redeemed,
        }
        for x in sorted(returned, key=lambda x: x.index)
    ]


def returned_from_data(data: list[Any]) -> tuple[ReturnedLine, ...]:
    """Read back `returned_as_data`; a bare number is a line refunded whole before parts could
    be (its figures were not kept: nothing of it is left to return)."""
    out = []
    for x in data:
        if isinstance(x, int):
            out.append(ReturnedLine(x, Decimal(0), NOTHING, whole=True))
            continue
        figures = LineShare(
            amount=x["amount"],
            discount=x["discount"],
            points_value=x["points_value"],
            earned=x["earned"],
            redeemed=x["redeemed"],
        )
        out.append(ReturnedLine(x["line"], Decimal(x["quantity"]), figures, bool(x["whole"])))
    return tuple(out)


def with_counter_choice(check: TillCheck, kept: TillRecord | None) -> TillCheck:
    """The till's check with the card and redemption chosen at the counter for it, if any.

    The counter's choice stays while the till sends neither a card of its own (none, or the
    same card) nor a redemption: a till that sends its own takes the check back.
    """
    if kept is None or not kept.check.chosen_at_counter or check.chosen_at_counter:
        return check
    if check.redeem is not None or check.card_number not in (None, kept.check.card_number):
        return check
    return replace(
        check,
        card_number=kept.check.card_number,
        redeem=kept.check.redeem,
        chosen_at_counter=True,
    )
