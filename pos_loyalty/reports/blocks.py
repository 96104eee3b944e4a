"""Small builders the report modules share: columns titled from the labels, summary tables."""

from __future__ import annotations

from collections.abc import Sequence

from pos_loyalty.reports.document import Block, Cell, Column, Document, Figure, Kind, Table
from pos_loyalty.reports.labels import Labels, labels_for
from pos_loyalty.reports.period import ReportRequest

SummaryItem = tuple[str, Cell, Kind]
"""(label key, value, kind) for one line of a summary table."""


def column(t: Labels, key: str, kind: Kind, width: int = 0) -> Column:
    """A column titled by the label `col.<key>`."""
    return Column(key, t[f"col.{key}"], kind, width)


def summary(t: Labels, key: str, items: Sequence[SummaryItem]) -> Table:
    """A two-column table of figures: what it is, and its value."""
    columns = (column(t, "figure", Kind.TEXT, 4), column(t, "value", Kind.MIXED, 2))
    rows = tuple((t[label], Figure(value, kind)) for label, value, kind in items)
    return Table(key, t[f"table.{key}"], columns, rows, len(rows), compact=True)


def document(
    request: ReportRequest, report: str, blocks: Sequence[Block], *, portrait: bool = False
) -> Document:
    """The finished document of `report` for this request."""
    t = labels_for(request.language)
    return Document(
        report=report,
        title=t[f"{report}.title"],
        store=request.scope.store_name or t["word.unnamed_store"],
        period=request.period,
        generated_at=request.generated_at.astimezone(request.zone),
        language=request.language,
        blocks=tuple(blocks),
        portrait=portrait,
        terminals=request.scope.terminals,
    )
