"""Card numbers (EAN-13 in the company range `042`) and card states.

A wrong check digit is always an error, never silently corrected. A card number is stored and
printed as its 13 digits; what a scanner reads (or a cashier types) may also be the 12-digit
UPC-A form of the same symbol, which `card_number_from_scan` turns into those 13 digits.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pos_loyalty.domain.errors import InvalidCardNumber
from pos_loyalty.domain.symbology import split_aim_id

CARD_PREFIX = "042"
SEQUENCE_DIGITS = 9
CARD_LENGTH = 13
UPC_A_LENGTH = 12
UPC_A_CARD_PREFIX = CARD_PREFIX[1:]
"""Our prefix as a UPC-A read shows it: UPC-A is an EAN-13 whose leading 0 is not sent."""


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


def card_number_from_scan(text: str, *, aim_ids: bool = True) -> str:
    """Return the card number a scanned or typed symbol holds; raise with a clear reason otherwise.

    UPC-A and EAN-13 are one symbol: 12 digits are the EAN-13 with a leading 0, the same bars,
    so the same card (its check digit is verified like any other). With `aim_ids`, a leading AIM
    identifier (`]E0`) is removed and one naming another symbology is refused by name.
    """
    code = text.strip()
    if aim_ids:
        aim, code = split_aim_id(code)
        if aim is not None and not aim.is_ean_upc:
            shown = _shown(text.strip())
            raise InvalidCardNumber(
                f"'{shown}' is a {aim.name} barcode, not a loyalty card: scan the card's "
                "EAN-13 barcode",
                code="scan_symbology",
                read=shown,
                symbology=aim.name,
            )
        code = code.strip()
    if len(code) == UPC_A_LENGTH and code.isascii() and code.isdigit():
        return _card_from_upc_a(code)
    return validate_card_number(code)


def _card_from_upc_a(code: str) -> str:
    as_ean13 = "0" + code
    if code.startswith(UPC_A_CARD_PREFIX):
        expected = ean13_check_digit(as_ean13[:12])
        if expected != int(code[-1]):
            raise InvalidCardNumber(
                f"'{code}' has a wrong check digit (the last digit should be {expected}): "
                "the number was misread or mistyped, scan again",
                code="card_check_digit",
                read=code,
                expected=expected,
            )
        return validate_card_number(as_ean13)
    # "042..." in 12 digits is a card number missing a digit, whatever its check digit says
    if is_valid_ean13(as_ean13) and not code.startswith(CARD_PREFIX):
        raise InvalidCardNumber(
            f"'{code}' is a valid barcode but not a loyalty card (ours start with {CARD_PREFIX})",
            code="card_foreign",
            read=code,
            prefix=CARD_PREFIX,
        )
    return validate_card_number(code)


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "..."


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
