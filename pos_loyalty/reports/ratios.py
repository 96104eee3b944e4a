"""Exact ratios and averages for the KPIs: Fractions, never floats, rounded only for display."""

from __future__ import annotations

from fractions import Fraction

from pos_loyalty.domain.money import round_half_up


def ratio(part: int | Fraction, whole: int | Fraction) -> Fraction | None:
    """`part / whole` exactly, or None when the whole is zero (nothing to compare with)."""
    if whole == 0:
        return None
    return Fraction(part) / Fraction(whole)


def average(total: int | Fraction, count: int) -> Fraction | None:
    """The exact mean of `count` values summing to `total`, or None for no values."""
    return ratio(total, count)


def uplift(during: Fraction | None, before: Fraction | None) -> Fraction | None:
    """How much larger `during` is than `before`, as a ratio (0.25 is 25 % more)."""
    if during is None or before is None or before == 0:
        return None
    return during / before - 1


def percent_text(value: Fraction, places: int = 1) -> tuple[bool, int, int]:
    """A ratio as a rounded percentage: (negative, whole part, decimals as an int)."""
    scale = 10**places
    scaled = round_half_up(value * 100 * scale)
    whole, decimals = divmod(abs(scaled), scale)
    return scaled < 0, whole, decimals
