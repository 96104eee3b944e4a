"""Money as an integer number of minor units (kopecks), and exact rounding helpers.

No float is ever involved: text is parsed with Decimal, ratios are Fractions, and every
rounding is explicit (half up for money, floor for points).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from pos_loyalty.domain.errors import InvalidInput

MINOR_PER_UNIT = 100
_AMOUNT = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")

Minor = int
"""An amount of money in minor units (kopecks, cents)."""


def parse_money(text: str) -> Minor:
    """Parse '999.99', '1 000,50' or '1000' into minor units; refuse more than 2 decimals."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not _AMOUNT.fullmatch(cleaned):
        raise _not_an_amount(text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise _not_an_amount(text) from None
    if not value.is_finite():
        raise _not_an_amount(text)
    scaled = value * MINOR_PER_UNIT
    if scaled != scaled.to_integral_value():
        raise InvalidInput(
            f"'{text}' has more than 2 decimal places: amounts are to the kopeck",
            code="amount_too_precise",
            text=text,
        )
    return int(scaled)


def _not_an_amount(text: str) -> InvalidInput:
    return InvalidInput(
        f"'{text}' is not an amount: type it like 1234.50", code="amount_unreadable", text=text
    )


def format_money(amount: Minor, *, decimal_sep: str = ".", group_sep: str = "") -> str:
    """Format minor units as '1234.50' (or with the separators of a locale)."""
    sign = "-" if amount < 0 else ""
    units, minor = divmod(abs(amount), MINOR_PER_UNIT)
    whole = f"{units:,}".replace(",", group_sep)
    return f"{sign}{whole}{decimal_sep}{minor:02d}"


def round_half_up(value: Fraction) -> int:
    """Round an exact value to the nearest integer, halves away from zero."""
    if value >= 0:
        return int((value + Fraction(1, 2)).__floor__())
    return -round_half_up(-value)


def floor(value: Fraction) -> int:
    """Round an exact value down to an integer."""
    return int(value.__floor__())


def percent_of(amount: Minor, percent: Fraction) -> Fraction:
    """The exact value of `percent` % of `amount` (no rounding)."""
    return Fraction(amount) * percent / 100


def parse_percent(text: str | int | Decimal | Fraction) -> Fraction:
    """Read a percentage such as '5', '2.5' or Decimal('12.75') as an exact Fraction."""
    if isinstance(text, Fraction):
        return text
    if isinstance(text, str) and "/" in text:
        num, _, den = text.partition("/")
        if num.strip().isdigit() and den.strip().isdigit() and int(den) > 0:
            return Fraction(int(num), int(den))
    if isinstance(text, bool):
        raise InvalidInput(f"{text!r} is not a percentage")
    try:
        value = Decimal(str(text).strip().rstrip("%").replace(",", "."))
    except InvalidOperation:
        raise InvalidInput(f"'{text}' is not a percentage: type it like 5 or 2.5") from None
    if not value.is_finite() or value < 0:
        raise InvalidInput(f"'{text}' is not a percentage: type it like 5 or 2.5")
    return Fraction(value)


def format_percent(value: Fraction) -> str:
    """Format an exact percentage without trailing zeros: 5, 2.5, 12.75."""
    if value.denominator == 1:
        return str(value.numerator)
    text = f"{Decimal(value.numerator) / Decimal(value.denominator):.4f}"
    return text.rstrip("0").rstrip(".")
