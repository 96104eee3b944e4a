"""Numbers, amounts and dates the language's way: one place writes them for every screen."""

from __future__ import annotations

from datetime import date

import pytest

from pos_loyalty.i18n.local import count_text, date_text, money_text

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "count", "signed", "written"),
    [
        ("ru", 1234567, False, f"1{NBSP}234{NBSP}567"),
        ("en", 1234567, False, "1,234,567"),
        ("ru", 1500, True, f"+1{NBSP}500"),
        ("en", -20, True, "-20"),
        ("en", 0, True, "+0"),
        ("de", 12345, False, "12,345"),  # a language the app does not speak: English
    ],
)
def test_counts(language: str, count: int, signed: bool, written: str) -> None:
    assert count_text(count, language, signed=signed) == written


def test_money_and_days() -> None:
    assert money_text(123450, "ru") == f"1{NBSP}234,50"
    assert money_text(-5, "en") == "-0.05"
    assert date_text(date(2026, 12, 1), "ru") == "01.12.2026"
    assert date_text(date(2026, 12, 1), "en") == "2026-12-01"
