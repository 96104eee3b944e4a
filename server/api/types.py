"""Field types for the API: whole numbers only, bounded text, dates a database can store.

Money and points are strict integers (a JSON `1.0` is refused, never rounded); text is
bounded by the limits the counter also applies (`pos_loyalty.domain.fields`), so nothing a
terminal accepted is refused here, and may not hold NUL or lone surrogates, which no database
stores.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, Strict, StringConstraints

from pos_loyalty.domain import fields

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
CardNumber = Annotated[str, StringConstraints(pattern=rf"^[0-9]{{{fields.CARD_NUMBER}}}$")]
"""A 13-digit EAN-13 card number."""
Day = Annotated[date, AfterValidator(_storable_day)]
"""A calendar date (ISO text)."""
Instant = Annotated[AwareDatetime, AfterValidator(_storable_instant)]
"""A moment with its UTC offset (ISO text)."""

_STORABLE = AfterValidator(_storable_text)

Name = Annotated[str, StringConstraints(max_length=fields.NAME), _STORABLE]
"""A member's name."""
Phone = Annotated[str, StringConstraints(max_length=fields.PHONE), _STORABLE]
"""A phone as stored (its digits)."""
Email = Annotated[str, StringConstraints(max_length=fields.EMAIL), _STORABLE]
ReceiptNo = Annotated[str, StringConstraints(max_length=fields.RECEIPT_NO), _STORABLE]
"""The main till's receipt number."""
Category = Annotated[str, StringConstraints(max_length=fields.CATEGORY), _STORABLE]
"""A check line's category."""
TierName = Annotated[str, StringConstraints(max_length=fields.TIER), _STORABLE]
StaffId = Annotated[str, StringConstraints(max_length=fields.STAFF_ID), _STORABLE]
Reason = Annotated[str, StringConstraints(max_length=fields.REASON), _STORABLE]
"""A reason typed by staff."""
