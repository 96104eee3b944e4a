"""How the counter writes money, points and dates in the interface language.

The conventions themselves (separators, date forms) are the core's, in `pos_loyalty.i18n.local`;
these names only read well at the counter."""

from __future__ import annotations

from datetime import date

from pos_loyalty.domain.money import Minor
from pos_loyalty.i18n.local import count_text, date_text
from ui.i18n import format_money


def money(amount: Minor, language: str) -> str:
    """Format minor units for the interface language: '1 234,50 ₽' or '1,234.50'."""
    return format_money(amount, language)


def day(on: date, language: str) -> str:
    """Format a date as 01.12.2026 (ru) or 2026-12-01 (en)."""
    return date_text(on, language)


def points(count: int, language: str) -> str:
    """Format a number of points with thousands grouped."""
    return count_text(count, language)
