"""The member statement as a portrait page: who, the balance, the history, the checks."""

from __future__ import annotations

from datetime import date

from pos_loyalty.domain.ledger_words import ledger_kind, ledger_reason
from pos_loyalty.reports.blocks import SummaryItem, column, document, summary
from pos_loyalty.reports.document import Block, Chart, ChartKind, Document, Kind, Row, Series, Table
from pos_loyalty.reports.labels import Labels, labels_for
from pos_loyalty.reports.period import ReportRequest
from pos_loyalty.reports.rows import StatementEntry
from pos_loyalty.reports.statement import StatementReport


def statement_document(report: StatementReport, request: ReportRequest) -> Document:
    """The statement for this request."""
    t = labels_for(request.language)
    opening = request.period.first
    blocks: list[Block] = [_summary(t, report), _entries(t, report, opening), _sales(t, report)]
    expiring = report.wallet.expiring(report.today)
    if expiring:
        columns = (column(t, "last_day", Kind.DATE), column(t, "points", Kind.POINTS))
        blocks.append(Table("statement_expiring", t["table.statement_expiring"], columns, expiring))
    blocks.append(_chart(t, report))
    return document(request, "statement", blocks, portrait=True)


def _summary(t: Labels, r: StatementReport) -> Table:
    p = Kind.POINTS
    items: list[SummaryItem] = [
        ("fig.card", r.masked_card, Kind.TEXT),
        ("fig.member", r.member.name or t["word.anonymous"], Kind.TEXT),
        ("fig.opening", r.opening, p),
        ("fig.points_in", r.points_in, p),
        ("fig.points_out", r.points_out, p),
        ("fig.closing", r.closing, p),
        ("fig.balance_now", r.wallet.balance, p),
        ("fig.spendable", r.wallet.spendable(r.today), p),
        ("fig.pending", r.wallet.pending(r.today), p),
    ]
    if r.tier:
        items.append(("fig.tier", r.tier, Kind.TEXT))
    return summary(t, "statement_summary", items)


def _detail(t: Labels, e: StatementEntry) -> str:
    if e.kind == "adjust":
        return ledger_reason(e.reason, t.translate)
    if e.kind != "bonus":
        return ""
    head, _, rest = e.reason.partition(":")
    word = t.get(f"reason.{head.strip()}", head.strip())
    return f"{word}: {rest.strip()}" if head.strip() == "promotion" and rest else word


def _entries(t: Labels, r: StatementReport, first: date) -> Table:
    columns = (
        column(t, "day", Kind.DATE),
        column(t, "operation", Kind.TEXT, 3),
        column(t, "points", Kind.POINTS),
        column(t, "running_balance", Kind.POINTS),
        column(t, "expires", Kind.DATE),
        column(t, "detail", Kind.TEXT, 3),
    )
    rows: list[Row] = [(first, t["word.opening"], None, r.opening, None, "")]
    for entry, balance in r.running():
        kind = ledger_kind(entry.kind, t.translate)
        rows.append(
            (entry.business_date, kind, entry.points, balance, entry.expires_on, _detail(t, entry))
        )
    return Table("statement_entries", t["table.statement_entries"], columns, tuple(rows))


def _sales(t: Labels, r: StatementReport) -> Table:
    columns = (
        column(t, "day", Kind.DATE),
        column(t, "receipt", Kind.TEXT),
        column(t, "total", Kind.MONEY),
        column(t, "discount", Kind.MONEY),
        column(t, "redeemed", Kind.POINTS),
        column(t, "paid", Kind.MONEY),
        column(t, "earned", Kind.POINTS),
        column(t, "refunded", Kind.MONEY),
    )
    rows = tuple(
        (
            s.business_date,
            s.receipt_no,
            s.total,
            s.discount,
            s.redeemed_points,
            s.paid,
            s.earned,
            s.refunded,
        )
        for s in r.sales
    )
    return Table("statement_sales", t["table.statement_sales"], columns, rows, len(rows))


def _chart(t: Labels, r: StatementReport) -> Chart:
    by_day: dict[date, int] = {}
    for entry, balance in r.running():
        by_day[entry.business_date] = balance
    return Chart(
        "statement_balance",
        t["chart.statement_balance"],
        ChartKind.LINE,
        tuple(day.strftime("%d.%m") for day in by_day),
        (Series(t["col.running_balance"], tuple(by_day.values())),),
        Kind.POINTS,
    )
