"""The field types of the wire: whole numbers within bounds, bounded text, storable dates.

A wire message is a frozen dataclass whose fields are annotated with these markers
(`Annotated[int, Whole(0, MAX_MONEY)]`); `pos_loyalty.wire.codec` reads and writes them, and the
central server builds its request and response schemas from the same annotations. Money and
points are whole numbers (a JSON `1.0` is refused, never rounded); text is bounded by the limits
the counter also applies (`pos_loyalty.domain.fields`) and may not hold NUL or lone surrogates,
which no database stores; dates and instants are ISO text, instants with their UTC offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from pos_loyalty.domain import fields

MAX_POINTS = 10**12
MAX_MONEY = 10**13
MAX_SEQ = 2**62
FIRST_YEAR, LAST_YEAR = 1900, 9998
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Whole:
    """A strict integer from `ge` to `le` (a boolean or a fraction is refused)."""

    ge: int | None = None
    le: int | None = None


@dataclass(frozen=True, slots=True)
class Text:
    """Text of `min_length` to `max_length` characters, matching `pattern` if given.

    `storable`: refuse NUL characters and lone surrogates (no database stores them).
    """

    max_length: int | None = None
    min_length: int = 0
    pattern: str | None = None
    storable: bool = True


@dataclass(frozen=True, slots=True)
class Items:
    """A list of at most `max_length` items."""

    max_length: int


@dataclass(frozen=True, slots=True)
class Rest:
    """This field holds every key of the object that no other field names (a programme)."""


@dataclass(frozen=True, slots=True)
class Tagged:
    """The type of this field is chosen by the value of the earlier field `tag`."""

    tag: str
    choices: dict[str, type[Any]]


def storable_text(value: str) -> str | None:
    """Why a text cannot be stored (NUL, lone surrogates), or None if it can."""
    if "\x00" in value:
        return "text may not contain NUL characters"
    if not value.isascii() and _SURROGATE.search(value):
        return "text may not contain lone surrogates"
    return None


def storable_day(value: date) -> str | None:
    """Why a date cannot be stored (a year no database column holds), or None if it can."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return f"the year must be between {FIRST_YEAR} and {LAST_YEAR}"
    return None


def read_day(value: Any) -> date:
    """A date from its ISO text (`2026-03-08`); raise ValueError saying what is expected."""
    if isinstance(value, datetime) or not isinstance(value, str | date):
        raise ValueError("Input should be a valid date as ISO text (YYYY-MM-DD)")
    if isinstance(value, str):
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise ValueError("Input should be a valid date as ISO text (YYYY-MM-DD)")
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date of the calendar") from None
    day: date = value
    problem = storable_day(day)
    if problem is not None:
        raise ValueError(problem)
    return day


def read_instant(value: Any) -> datetime:
    """An instant from its ISO text with the UTC offset; raise ValueError saying what is wrong."""
    if not isinstance(value, str | datetime):
        raise ValueError("Input should be a valid datetime as ISO text with its UTC offset")
    if isinstance(value, str):
        if len(value) < 19 or value[10] not in "Tt ":
            raise ValueError("Input should be a valid datetime as ISO text with its UTC offset")
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value[:40]!r} is not a valid datetime") from None
    instant: datetime = value
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("Input should have timezone info (the UTC offset)")
    problem = storable_day(instant.date())
    if problem is not None:
        raise ValueError(problem)
    return instant


Points = Annotated[int, Whole(-MAX_POINTS, MAX_POINTS)]
"""Whole points, positive (credit) or negative (debit)."""
Count = Annotated[int, Whole(0, MAX_POINTS)]
"""A whole number of points that cannot be negative."""
Money = Annotated[int, Whole(0, MAX_MONEY)]
"""Money in whole minor units (kopecks): 99999 is 999.99."""
Seq = Annotated[int, Whole(1, MAX_SEQ)]
"""A terminal's ledger sequence number."""
LAST_CARD_SEQ = 10**9 - 1
CardSeq = Annotated[int, Whole(1, LAST_CARD_SEQ)]
"""The 9-digit sequence inside a card number."""
Version = Annotated[int, Whole(0, 2**31 - 1)]
"""A programme version."""
Int = Annotated[int, Whole()]
"""Any whole number (in answers the server makes)."""
ID_PATTERN = r"^[0-9A-Za-z._:-]{1,36}$"
TERMINAL_ID_PATTERN = r"^[0-9A-Za-z._:-]{1,64}$"
Id = Annotated[str, Text(pattern=ID_PATTERN, storable=False)]
"""A UUID made where the change happened (entries, members, sales, refunds)."""
TerminalId = Annotated[str, Text(pattern=TERMINAL_ID_PATTERN, storable=False)]
"""A terminal's id, as the terminal made it."""
CardNumber = Annotated[str, Text(pattern=rf"^[0-9]{{{fields.CARD_NUMBER}}}$", storable=False)]
"""A 13-digit EAN-13 card number."""
Hash = Annotated[str, Text(pattern=r"^[0-9a-f]{64}$", storable=False)]
"""A SHA-256 digest as 64 lowercase hex digits."""
Name = Annotated[str, Text(fields.NAME)]
"""A member's name."""
Phone = Annotated[str, Text(fields.PHONE)]
"""A phone as stored (its digits)."""
Email = Annotated[str, Text(fields.EMAIL)]
ReceiptNo = Annotated[str, Text(fields.RECEIPT_NO)]
"""The main till's receipt number."""
Category = Annotated[str, Text(fields.CATEGORY)]
"""A check line's category."""
TierName = Annotated[str, Text(fields.TIER)]
StaffId = Annotated[str, Text(fields.STAFF_ID)]
Reason = Annotated[str, Text(fields.REASON)]
"""A reason typed by staff."""
