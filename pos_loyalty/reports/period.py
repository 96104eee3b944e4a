"""What a report is asked for: the period, the store and its terminals, the language, the clock.

A period is a range of whole days of the store's calendar, both ends included. A scope names
the store printed in the header and, when the data allows, the terminals whose activity counts
(None: every terminal in the database).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Literal

from pos_loyalty.domain.errors import InvalidInput

Language = Literal["ru", "en"]
LANGUAGES: tuple[Language, ...] = ("ru", "en")

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all) while a long report is built or written."""


def no_progress(_done: int, _total: int) -> None:
    """Ignore progress."""


@dataclass(frozen=True, slots=True)
class Period:
    """Whole days from `first` to `last`, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidInput(
                f"the period ends ({self.last.isoformat()}) before it starts "
                f"({self.first.isoformat()}): swap --from and --to"
            )

    @property
    def days(self) -> int:
        """The number of days in the period."""
        return (self.last - self.first).days + 1

    def each_day(self) -> Iterator[date]:
        """Every day of the period, in order."""
        for offset in range(self.days):
            yield self.first + timedelta(days=offset)

    def months(self) -> tuple[date, ...]:
        """The first day of every calendar month the period touches."""
        found, month = [], month_start(self.first)
        while month <= self.last:
            found.append(month)
            month = add_months(month, 1)
        return tuple(found)

    def instants(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """The period as [start, end) instants in `zone` (local midnights)."""
        start = datetime.combine(self.first, time(0), zone)
        end = datetime.combine(self.last + timedelta(days=1), time(0), zone)
        return start, end


def month_start(day: date) -> date:
    """The first day of the month of `day`."""
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    """The first day of the month `count` months after the month of `month`."""
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from the month of `earlier` to the month of `later`."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month


@dataclass(frozen=True, slots=True)
class Scope:
    """The store named in the header and the terminals counted (None: all of them)."""

    store_name: str
    terminals: tuple[str, ...] | None = None

    @property
    def is_filtered(self) -> bool:
        """True when only some terminals count."""
        return self.terminals is not None


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """Everything a report is built from besides the data."""

    period: Period
    scope: Scope
    zone: tzinfo
    generated_at: datetime
    language: Language = "en"
    card: str | None = None
    limit: int = 50
    inactive_days: int = 90
    chain: bool = False
    """Made chain-wide by the central server: figures by store, and a note saying so."""

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise InvalidInput(f"language '{self.language}': choose ru or en")
        if not 0 < self.limit <= 100_000:
            raise InvalidInput(f"--limit {self.limit}: give 1 to 100000")
        if self.inactive_days < 1:
            raise InvalidInput(f"--days {self.inactive_days}: give at least 1 day")

    @property
    def today(self) -> date:
        """The store's calendar day when the report is made."""
        return self.generated_at.astimezone(self.zone).date()
