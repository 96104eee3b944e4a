"""A report as its renderers see it: a title block, then tables, charts and notes in order.

The same `Document` is written to PDF, to CSV (one file per table), to JSON, and shown in the
window. Cells keep exact values (kopecks as int, averages and ratios as Fraction, dates as
date); only the renderers turn them into text, and only the chart helper into floats.

A table's rows are any re-iterable: a tuple, or a source that runs its query again each time it
is iterated, so a long table (a ledger export) streams from the database to the file without
ever being held in memory.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction

from pos_loyalty.reports.period import Language, Period


class Kind(enum.StrEnum):
    """How a cell's value is shown."""

    TEXT = "text"
    INT = "int"
    MONEY = "money"
    POINTS = "points"
    PERCENT = "percent"
    DATE = "date"
    MONTH = "month"
    DATETIME = "datetime"
    MIXED = "mixed"


@dataclass(frozen=True, slots=True)
class Figure:
    """A value carrying its own kind, for the value column of a summary table."""

    value: Cell
    kind: Kind


Cell = str | int | Fraction | date | datetime | Figure | None
"""Money and points are int, exact averages and ratios Fraction, no value None."""

Row = tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: a stable key (JSON), a title in the report's language, a kind."""

    key: str
    title: str
    kind: Kind
    width: int = 0
    """Relative width on paper; 0 lets the kind decide."""


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table; `rows` may be iterated more than once (see the module docstring)."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: Iterable[Row]
    size: int | None = None
    """How many rows there are, when known before iterating (for progress)."""
    compact: bool = False
    """A short list of figures: drawn narrower than the page."""


class ChartKind(enum.StrEnum):
    """The three kinds of chart the reports draw."""

    BAR = "bar"
    LINE = "line"
    PIE = "pie"


@dataclass(frozen=True, slots=True)
class Series:
    """One series of exact values, one per category."""

    name: str
    values: tuple[int | Fraction, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart of exact values; `unit` says how they are scaled for drawing."""

    key: str
    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: Kind = Kind.INT

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw (no category, or every value is zero)."""
        return not self.categories or all(v == 0 for s in self.series for v in s.values)


@dataclass(frozen=True, slots=True)
class Note:
    """A paragraph of text between the tables."""

    text: str


Block = Table | Chart | Note


@dataclass(frozen=True, slots=True)
class Document:
    """A finished report, ready for any renderer."""

    report: str
    title: str
    store: str
    period: Period
    generated_at: datetime
    language: Language
    blocks: tuple[Block, ...] = field(default=())
    portrait: bool = False
    terminals: tuple[str, ...] | None = None
    """The terminals counted, when not all of them."""

    @property
    def tables(self) -> tuple[Table, ...]:
        """The tables, in order."""
        return tuple(b for b in self.blocks if isinstance(b, Table))

    @property
    def charts(self) -> tuple[Chart, ...]:
        """The charts, in order."""
        return tuple(b for b in self.blocks if isinstance(b, Chart))

    def table(self, key: str) -> Table:
        """The table with this key."""
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(f"no table '{key}' in the {self.report} report")
