"""How the counter writes money, points and dates in the interface language."""

from __future__ import annotations

from datetime import date

from pos_loyalty.domain.money import Minor
from ui.i18n import format_money


def money(amount: Minor, language: str) -> str:
    """Format minor units for the interface language: '1 234,50 ₽' or '1,234.50'."""
    return format_money(amount, language)


def day(on: date, language: str) -> str:
    """Format a date as 01.12.2026 (ru) or 2026-12-01 (en)."""
    return on.strftime("%d.%m.%Y") if language == "ru" else on.isoformat()


def points(count: int, language: str) -> str:
    """Format a number of points with thousands grouped."""
    sep = "\u00a0" if language == "ru" else ","
    return f"{count:,}".replace(",", sep)
