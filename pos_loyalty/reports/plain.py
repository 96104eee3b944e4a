"""A report as JSON-safe data (`pos-loyalty report ... --json`): kopecks and points as integers,
percentages as text, dates as ISO text; never a float."""

from __future__ import annotations

from typing import Any

from pos_loyalty.reports.document import Chart, Document, Note, Table
from pos_loyalty.reports.formatting import plain


def table_to_plain(table: Table) -> dict[str, Any]:
    """One table: its key, title, column keys and kinds, and rows of values."""
    kinds = [c.kind for c in table.columns]
    return {
        "key": table.key,
        "title": table.title,
        "columns": [{"key": c.key, "title": c.title, "kind": c.kind.value} for c in table.columns],
        "rows": [
            [plain(cell, kind) for cell, kind in zip(row, kinds, strict=True)] for row in table.rows
        ],
    }


def chart_to_plain(chart: Chart) -> dict[str, Any]:
    """One chart's data: categories and series of exact values."""
    return {
        "key": chart.key,
        "title": chart.title,
        "kind": chart.kind.value,
        "unit": chart.unit.value,
        "categories": list(chart.categories),
        "series": [
            {"name": s.name, "values": [plain(v, chart.unit) for v in s.values]}
            for s in chart.series
        ],
    }


def document_to_plain(document: Document) -> dict[str, Any]:
    """The whole report as plain data."""
    return {
        "report": document.report,
        "title": document.title,
        "store": document.store,
        "terminals": list(document.terminals) if document.terminals is not None else None,
        "period": {
            "from": document.period.first.isoformat(),
            "to": document.period.last.isoformat(),
        },
        "generated_at": document.generated_at.isoformat(timespec="seconds"),
        "language": document.language,
        "tables": [table_to_plain(b) for b in document.blocks if isinstance(b, Table)],
        "charts": [chart_to_plain(b) for b in document.blocks if isinstance(b, Chart)],
        "notes": [b.text for b in document.blocks if isinstance(b, Note)],
    }
