"""Member lists for staff: the top members of a period, and members who stopped coming.

Top members are ranked by money paid in the period less money refunded on those checks.
A member is inactive when neither a purchase nor the registration falls within the last N days
of the period (measured from the last purchase on file, as the win-back offers are). Lists show
the card number and name for staff; never the phone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pos_loyalty.domain.cards import mask_card
from pos_loyalty.reports.blocks import column, document, summary
from pos_loyalty.reports.document import (
    Block,
    Chart,
    ChartKind,
    Document,
    Kind,
    Row,
    Series,
    Table,
)
from pos_loyalty.reports.labels import Labels, labels_for
from pos_loyalty.reports.period import Progress, ReportRequest, no_progress
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.rows import MemberLine, MemberTotals

TOP_IN_CHART = 10


@dataclass(frozen=True, slots=True)
class TopReport:
    """The best members of the period, best first, with who they are."""

    members: tuple[tuple[MemberTotals, MemberLine | None], ...]


@dataclass(frozen=True, slots=True)
class InactiveReport:
    """Members not seen for `days` days by `as_of`: how many, and the first of them."""

    as_of: date
    days: int
    count: int
    members_total: int
    members: tuple[MemberLine, ...]


def build_top(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> TopReport:
    """Rank the members who bought in the period by net money paid."""
    totals = queries.top_members(request.period, request.scope.terminals, request.limit)
    progress(1, 2)
    lines = queries.member_lines(t.member_id for t in totals)
    progress(2, 2)
    return TopReport(tuple((t, lines.get(t.member_id)) for t in totals))


def build_inactive(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> InactiveReport:
    """Count and list the members last seen `inactive_days` or more days before the period end."""
    as_of, days = request.period.last, request.inactive_days
    seen_before = as_of - timedelta(days=days - 1)
    count = queries.inactive_count(seen_before)
    progress(1, 3)
    members = tuple(queries.inactive_members(seen_before, request.limit))
    progress(2, 3)
    total = queries.member_count(as_of)
    progress(3, 3)
    return InactiveReport(as_of, days, count, total, members)


def top_document(report: TopReport, request: ReportRequest) -> Document:
    """The top members as a table and a bar chart."""
    t = labels_for(request.language)
    columns = (
        column(t, "rank", Kind.INT, 1),
        column(t, "card", Kind.TEXT),
        column(t, "name", Kind.TEXT, 3),
        column(t, "checks", Kind.INT),
        column(t, "paid", Kind.MONEY),
        column(t, "money_returned", Kind.MONEY),
        column(t, "net_paid", Kind.MONEY),
        column(t, "earned", Kind.POINTS),
        column(t, "redeemed", Kind.POINTS),
        column(t, "balance", Kind.POINTS),
    )
    rows = tuple(_top_row(rank, m, line) for rank, (m, line) in enumerate(report.members, 1))
    table = Table("top_members", t["table.top_members"], columns, rows, len(rows))
    best = report.members[:TOP_IN_CHART]
    chart = Chart(
        "top_members",
        t["chart.top_members"],
        ChartKind.BAR,
        tuple(_who(m.member_id, line) for m, line in best),
        (Series(t["col.net_paid"], tuple(m.paid - m.money_returned for m, _ in best)),),
        Kind.MONEY,
    )
    return document(request, "top", [table, chart])


def _top_row(rank: int, m: MemberTotals, line: MemberLine | None) -> Row:
    return (
        rank,
        line.card_number if line else None,
        line.name if line else None,
        m.checks,
        m.paid,
        m.money_returned,
        m.paid - m.money_returned,
        m.earned,
        m.redeemed,
        line.balance if line else None,
    )


def _who(member_id: str, line: MemberLine | None) -> str:
    if line is not None and line.card_number:
        return mask_card(line.card_number)
    return member_id[:8]


def inactive_document(report: InactiveReport, request: ReportRequest) -> Document:
    """The inactive members as a summary, a pie chart and a list."""
    t = labels_for(request.language)
    head = summary(
        t,
        "inactive_summary",
        [
            ("fig.as_of", report.as_of, Kind.DATE),
            ("fig.inactive_days", report.days, Kind.INT),
            ("fig.inactive_members", report.count, Kind.INT),
            ("fig.members_total", report.members_total, Kind.INT),
        ],
    )
    active = max(report.members_total - report.count, 0)
    chart = Chart(
        "inactive_share",
        t["chart.inactive_share"],
        ChartKind.PIE,
        (t["word.inactive"], t["word.active"]),
        (Series(t["col.members"], (report.count, active)),),
    )
    blocks: list[Block] = [head, chart, _inactive_table(t, report)]
    return document(request, "inactive", blocks)


def _inactive_table(t: Labels, report: InactiveReport) -> Table:
    columns = (
        column(t, "card", Kind.TEXT),
        column(t, "name", Kind.TEXT, 3),
        column(t, "last_purchase", Kind.DATE),
        column(t, "registered", Kind.DATE),
        column(t, "days_inactive", Kind.INT),
        column(t, "balance", Kind.POINTS),
    )
    rows = tuple(
        (
            m.card_number,
            m.name,
            m.last_purchase_on,
            m.registered_on,
            _days_since(m, report.as_of),
            m.balance,
        )
        for m in report.members
    )
    return Table("inactive_members", t["table.inactive_members"], columns, rows, len(rows))


def _days_since(m: MemberLine, as_of: date) -> int | None:
    seen = m.last_purchase_on or m.registered_on
    return None if seen is None else (as_of - seen).days
