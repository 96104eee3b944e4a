"""Card numbers (EAN-13 in the company range `042`) and card states.

A wrong check digit is always an error, never silently corrected.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pos_loyalty.domain.errors import InvalidCardNumber

CARD_PREFIX = "042"
SEQUENCE_DIGITS = 9
CARD_LENGTH = 13


def ean13_check_digit(first12: str) -> int:
    """The GS1 check digit for the first 12 digits of an EAN-13."""
    if len(first12) != 12 or not first12.isdigit() or not first12.isascii():
        raise InvalidCardNumber(f"'{first12}' is not 12 digits")
    odd = sum(int(d) for d in first12[0::2])
    even = sum(int(d) for d in first12[1::2])
    return (10 - (odd + 3 * even) % 10) % 10


def is_valid_ean13(code: str) -> bool:
    """True if `code` is 13 ASCII digits with a correct check digit."""
    if len(code) != CARD_LENGTH or not code.isascii() or not code.isdigit():
        return False
    return ean13_check_digit(code[:12]) == int(code[12])


def validate_card_number(text: str) -> str:
    """Return the card number if it is one of ours; raise with a clear reason otherwise."""
    code = text.strip()
    shown = code if len(code) <= 40 else code[:40] + "..."
    if not code:
        raise InvalidCardNumber(
            "No card number was read: scan the card again or type its 13 digits",
            code="card_not_read",
        )
    if not code.isascii() or not code.isdigit():
        raise InvalidCardNumber(
            f"'{shown}' is not a card number: a card number has 13 digits",
            code="card_not_digits",
            read=shown,
        )
    if len(code) != CARD_LENGTH:
        raise InvalidCardNumber(
            f"'{shown}' has {len(code)} digits, a card number has 13: "
            "scan again or type it in full",
            code="card_wrong_length",
            read=shown,
            digits=len(code),
        )
    expected = ean13_check_digit(code[:12])
    if expected != int(code[12]):
        raise InvalidCardNumber(
            f"'{code}' has a wrong check digit (the last digit should be {expected}): "
            "the number was misread or mistyped, scan again",
            code="card_check_digit",
            read=code,
            expected=expected,
        )
    if not code.startswith(CARD_PREFIX):
        raise InvalidCardNumber(
            f"'{code}' is a valid barcode but not a loyalty card (ours start with {CARD_PREFIX})",
            code="card_foreign",
            read=code,
            prefix=CARD_PREFIX,
        )
    return code


def card_number_for(sequence: int) -> str:
    """Build the card number for a 9-digit sequence: '042' + sequence + check digit."""
    if not 0 < sequence < 10**SEQUENCE_DIGITS:
        raise InvalidCardNumber(f"card sequence {sequence} is outside 1..999999999")
    first12 = f"{CARD_PREFIX}{sequence:0{SEQUENCE_DIGITS}d}"
    return first12 + str(ean13_check_digit(first12))


def card_sequence(number: str) -> int:
    """The 9-digit sequence inside a valid card number."""
    return int(validate_card_number(number)[3:12])


def mask_card(number: str) -> str:
    """Show only the last 4 digits, as on a slip: '**** 1234'."""
    return f"**** {number[-4:]}"


class CardState(enum.StrEnum):
    """Where a card is in its life."""

    ACTIVE = "active"
    BLOCKED = "blocked"
    REPLACED = "replaced"


class CardType(enum.StrEnum):
    """What the card gives: a fixed discount, points, or a paid club membership."""

    DISCOUNT = "discount"
    BONUS = "bonus"
    CLUB = "club"


@dataclass(frozen=True, slots=True)
class Card:
    """A plastic card; `member_id` is None while it waits unassigned in a batch."""

    number: str
    card_type: CardType
    state: CardState
    member_id: str | None
    replaced_by: str | None = None
    block_reason: str = ""
