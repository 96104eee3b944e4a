"""Plausible check amounts: the one rule every entry point applies before a sale is recorded.

A scanner that types a card number into the amount field, or a finger resting on a key, makes
an amount no shop ever rings up: 420 000 000 013,00 ₽. So a check above the programme's
`max_check_amount` is refused, a check above `large_check_amount` needs the cashier's explicit
confirmation, and an amount whose digits are a card number is refused as one. The window, the
command line, the import and the till API all call `check_total` (through the checkout use case)
and say the refusal in their own words from its code.
"""

from __future__ import annotations

from pos_loyalty.domain.cards import CARD_LENGTH, CARD_PREFIX, is_valid_ean13
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import MINOR_PER_UNIT, Minor, format_money

DEFAULT_MAX_CHECK: Minor = 1_000_000 * MINOR_PER_UNIT
"""1 000 000.00: above any check a shop of this kind rings up."""

DEFAULT_LARGE_CHECK: Minor = 100_000 * MINOR_PER_UNIT
"""100 000.00: recorded only after the cashier confirms it."""

UPC_LENGTH = CARD_LENGTH - 1

MAX_OPENING_SPEND: Minor = 100 * DEFAULT_MAX_CHECK
"""100 000 000.00: the most a member brought in by an import can have spent in the window."""


def looks_like_card_number(amount: Minor) -> bool:
    """True if the amount's whole units (or all its digits) read as one of our card numbers.

    A card `0420000000013` typed into the amount field reads as 420000000013.00, and a UPC-A
    read of it (12 digits, no leading 0) as the same; with kopecks typed it is all the digits.
    """
    candidates = [str(amount)]
    if amount % MINOR_PER_UNIT == 0:
        candidates.append(str(amount // MINOR_PER_UNIT))
    for digits in candidates:
        padded = digits.zfill(CARD_LENGTH)
        if len(digits) >= UPC_LENGTH and padded.startswith(CARD_PREFIX) and is_valid_ean13(padded):
            return True
    return False


def check_total(total: Minor, *, max_check: Minor, large_check: Minor, confirmed: bool) -> None:
    """Refuse an implausible check total; a large one passes only when `confirmed`."""
    if looks_like_card_number(total):
        raise InvalidInput(
            f"{format_money(total)} looks like a card number, not an amount: scan the card "
            "into the card field and type the check's total",
            code="amount_is_card_number",
            amount=total,
        )
    if total > max_check:
        raise InvalidInput(
            f"a check of {format_money(total)} is above the maximum of "
            f"{format_money(max_check)}: check the amount typed",
            code="check_over_max",
            amount=total,
            maximum=max_check,
        )
    if total > large_check and not confirmed:
        raise InvalidInput(
            f"a check of {format_money(total)} is above {format_money(large_check)}: "
            "confirm the large amount to record it",
            code="check_large_unconfirmed",
            amount=total,
            threshold=large_check,
        )


def check_opening_spend(amount: Minor) -> None:
    """Refuse an imported qualifying spend that is a card number or beyond any real customer."""
    if looks_like_card_number(amount):
        raise InvalidInput(
            f"{format_money(amount)} looks like a card number, not a spend: check the columns",
            code="amount_is_card_number",
            amount=amount,
        )
    if amount > MAX_OPENING_SPEND:
        raise InvalidInput(
            f"a spend of {format_money(amount)} is above {format_money(MAX_OPENING_SPEND)}: "
            "check the amount",
            code="spend_over_max",
            amount=amount,
            maximum=MAX_OPENING_SPEND,
        )


def needs_confirmation(total: Minor, *, large_check: Minor) -> bool:
    """True if a check of this total must be confirmed by the cashier before it is recorded."""
    return total > large_check


def check_limits_valid(max_check: Minor, large_check: Minor) -> None:
    """Refuse limits that make no sense (used when a programme is read)."""
    if max_check <= 0:
        raise InvalidInput("max_check_amount must be more than 0.00", field="max_check_amount")
    if not 0 < large_check <= max_check:
        raise InvalidInput(
            "large_check_amount must be more than 0.00 and at most max_check_amount",
            field="large_check_amount",
        )
