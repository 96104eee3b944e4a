"""Cells as text: for people (PDF, window), for spreadsheets (CSV) and as JSON values.

People get grouped thousands and the language's separators ("1 234,50" in Russian, "1,234.50"
in English, from `pos_loyalty.i18n.local`, the same as the window and the slips) and percentages
with one decimal; spreadsheets and JSON get plain machine forms ("1234.50", kopecks as integers,
"66.67"). Rounding happens here and nowhere else.
"""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction
from typing import Any

from pos_loyalty.domain.money import format_money, round_half_up
from pos_loyalty.i18n.local import (
    NBSP,
    conventions,
    count_text,
    date_text,
    datetime_text,
    money_text,
    month_text,
)
from pos_loyalty.reports.document import Cell, Figure, Kind
from pos_loyalty.reports.period import Language
from pos_loyalty.reports.ratios import percent_text

NO_VALUE = "—"


def _unwrap(cell: Cell, kind: Kind) -> tuple[Cell, Kind]:
    if isinstance(cell, Figure):
        return cell.value, cell.kind
    return cell, kind


def _kopecks(value: int | Fraction) -> int:
    return value if isinstance(value, int) else round_half_up(value)


def _percent(value: Fraction | int, places: int, decimal_sep: str) -> str:
    negative, whole, decimals = percent_text(Fraction(value), places)
    text = f"{'-' if negative else ''}{whole}"
    return f"{text}{decimal_sep}{decimals:0{places}d}" if places else text


def display(cell: Cell, kind: Kind, language: Language) -> str:
    """The cell as people read it in `language`."""
    value, kind = _unwrap(cell, kind)
    if value is None:
        return NO_VALUE
    decimal_sep = conventions(language).decimal
    if kind is Kind.MONEY and isinstance(value, int | Fraction):
        return money_text(_kopecks(value), language)
    if kind is Kind.PERCENT and isinstance(value, int | Fraction):
        return _percent(value, 1, decimal_sep) + NBSP + "%"
    if kind in (Kind.INT, Kind.POINTS) and isinstance(value, int):
        return count_text(value, language)
    if isinstance(value, Fraction):
        return _decimal(value, 2, decimal_sep)
    if isinstance(value, datetime):
        return datetime_text(value, language)
    if isinstance(value, date):
        return month_text(value, language) if kind is Kind.MONTH else date_text(value, language)
    return str(value)


def machine(cell: Cell, kind: Kind) -> str:
    """The cell for a spreadsheet: "1234.50", "66.67", ISO dates, plain integers."""
    value, kind = _unwrap(cell, kind)
    if value is None:
        return ""
    if kind is Kind.MONEY and isinstance(value, int | Fraction):
        return format_money(_kopecks(value))
    if kind is Kind.PERCENT and isinstance(value, int | Fraction):
        return _percent(value, 2, ".")
    if isinstance(value, Fraction):
        return _decimal(value, 2, ".")
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.strftime("%Y-%m") if kind is Kind.MONTH else value.isoformat()
    return str(value)


def plain(cell: Cell, kind: Kind) -> Any:
    """The cell as a JSON value: kopecks and points as integers, ratios as percent text."""
    value, kind = _unwrap(cell, kind)
    if value is None or isinstance(value, str | bool):
        return value
    if kind is Kind.MONEY and isinstance(value, int | Fraction):
        return _kopecks(value)
    if isinstance(value, int):
        return value
    if isinstance(value, Fraction):
        return _percent(value, 2, ".") if kind is Kind.PERCENT else _decimal(value, 2, ".")
    return machine(value, kind)


def _decimal(value: Fraction, places: int, decimal_sep: str) -> str:
    scaled = round_half_up(value * 10**places)
    whole, decimals = divmod(abs(scaled), 10**places)
    return f"{'-' if scaled < 0 else ''}{whole}{decimal_sep}{decimals:0{places}d}"
