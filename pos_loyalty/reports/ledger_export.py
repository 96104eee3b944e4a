"""The ledger export: every entry of the period, in the order written, for audit.

The rows are never held in memory: each pass over the table runs the query again and streams
its rows, so a PDF or CSV of millions of entries costs what one page costs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import tzinfo

from pos_loyalty.domain.ledger_words import ledger_kind, ledger_reason
from pos_loyalty.reports.blocks import column, document, summary
from pos_loyalty.reports.document import Document, Kind, Row, Table
from pos_loyalty.reports.labels import Labels, labels_for
from pos_loyalty.reports.period import Period, Progress, ReportRequest, no_progress
from pos_loyalty.reports.ports import ReportQueries, Terminals


class LedgerRows:
    """The period's ledger entries as table rows, read afresh on every iteration."""

    def __init__(
        self,
        queries: ReportQueries,
        period: Period,
        terminals: Terminals,
        zone: tzinfo,
        labels: Labels,
    ) -> None:
        self._queries = queries
        self._period = period
        self._terminals = terminals
        self._zone = zone
        self._labels = labels

    def __iter__(self) -> Iterator[Row]:
        kinds: dict[str, str] = {}
        for line in self._queries.ledger_lines(self._period, self._terminals):
            kind = kinds.get(line.kind)
            if kind is None:
                kind = kinds[line.kind] = ledger_kind(line.kind, self._labels.translate)
            yield (
                line.created_at.astimezone(self._zone),
                line.terminal_id,
                line.seq,
                line.card_number,
                kind,
                line.points,
                line.sale_id,
                ledger_reason(line.reason, self._labels.translate),
            )


def ledger_document(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> Document:
    """The export: how many entries, then all of them (streamed when rendered)."""
    t = labels_for(request.language)
    count = queries.ledger_count(request.period, request.scope.terminals)
    progress(1, 1)
    columns = (
        column(t, "time", Kind.DATETIME, 3),
        column(t, "terminal", Kind.TEXT, 3),
        column(t, "seq", Kind.INT),
        column(t, "card", Kind.TEXT, 3),
        column(t, "operation", Kind.TEXT, 2),
        column(t, "points", Kind.POINTS),
        column(t, "sale", Kind.TEXT, 3),
        column(t, "detail", Kind.TEXT, 4),
    )
    rows = LedgerRows(queries, request.period, request.scope.terminals, request.zone, t)
    head = summary(t, "ledger_summary", [("fig.entries", count, Kind.INT)])
    table = Table("ledger_entries", t["table.ledger_entries"], columns, rows, count)
    return document(request, "ledger", [head, table])
