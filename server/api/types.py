"""Field types for the API: whole numbers only, bounded text, dates a database can store.

Money and points are strict integers (a JSON `1.0` is refused, never rounded); text is
bounded by its column and may not hold NUL or lone surrogates, which no database stores.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, Strict, StringConstraints

MAX_POINTS = 10**12
MAX_MONEY = 10**13
FIRST_YEAR, LAST_YEAR = 1900, 9998
_SURROGATE = re.compile("[\ud800-\udfff]")


def _storable_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text may not contain NUL characters")
    if not value.isascii() and _SURROGATE.search(value):
        raise ValueError("text may not contain lone surrogates")
    return value


def _storable_day(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"the year must be between {FIRST_YEAR} and {LAST_YEAR}")
    return value


def _storable_instant(value: datetime) -> datetime:
    _storable_day(value.date())
    return value


Points = Annotated[int, Strict(), Field(ge=-MAX_POINTS, le=MAX_POINTS)]
"""Whole points, positive (credit) or negative (debit)."""
Count = Annotated[int, Strict(), Field(ge=0, le=MAX_POINTS)]
"""A whole number of points that cannot be negative."""
Money = Annotated[int, Strict(), Field(ge=0, le=MAX_MONEY)]
"""Money in whole minor units (kopecks): 99999 is 999.99."""
Seq = Annotated[int, Strict(), Field(ge=1, le=2**62)]
"""A terminal's ledger sequence number."""
CardSeq = Annotated[int, Strict(), Field(ge=1, le=10**9 - 1)]
"""The 9-digit sequence inside a card number."""
Version = Annotated[int, Strict(), Field(ge=0, le=2**31 - 1)]
"""A programme version."""
Id = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z._:-]{1,36}$")]
"""A UUID made where the change happened (entries, members, sales, refunds)."""
TerminalId = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z._:-]{1,64}$")]
"""A terminal's id, as the terminal made it."""
CardNumber = Annotated[str, StringConstraints(pattern=r"^[0-9]{13}$")]
"""A 13-digit EAN-13 card number."""
Day = Annotated[date, AfterValidator(_storable_day)]
"""A calendar date (ISO text)."""
Instant = Annotated[AwareDatetime, AfterValidator(_storable_instant)]
"""A moment with its UTC offset (ISO text)."""
Name = Annotated[str, StringConstraints(max_length=256), AfterValidator(_storable_text)]
Short = Annotated[str, StringConstraints(max_length=64), AfterValidator(_storable_text)]
Phone = Annotated[str, StringConstraints(max_length=20), AfterValidator(_storable_text)]
Email = Annotated[str, StringConstraints(max_length=254), AfterValidator(_storable_text)]
Reason = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_storable_text)]
