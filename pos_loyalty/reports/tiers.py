"""Tiers: how many members are in each tier, who moved up or down, and checks by tier used.

A member's tier on a day comes from their qualifying spend over the tier window ending that day
(`member_spend`, refunds already taken off). The tier at the start of the period is the one held
before its first day (window ending the day before); at the end, the one held after its last
day. Each side is ranked with the programme version in force then, so a period that crosses a
programme change compares each member against the rules of the day. Members with no spend in
either window stay in the first tier.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from pos_loyalty.domain.errors import NotFound
from pos_loyalty.domain.programme import Programme
from pos_loyalty.reports.blocks import column, document
from pos_loyalty.reports.document import (
    Chart,
    ChartKind,
    Column,
    Document,
    Kind,
    Note,
    Row,
    Series,
    Table,
)
from pos_loyalty.reports.labels import Labels, labels_for
from pos_loyalty.reports.period import Progress, ReportRequest, no_progress
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.ratios import ratio
from pos_loyalty.reports.rows import SpendWindow, TierMove, TierSales


@dataclass(frozen=True, slots=True)
class TiersReport:
    """Tier counts at the start and end of the period, the moves, and checks per tier used."""

    start: Programme
    end: Programme
    moves: tuple[TierMove, ...]
    sales: tuple[TierSales, ...]

    def counts(self, at_end: bool) -> tuple[int, ...]:
        """Members per tier (in the programme of that side)."""
        tiers = self.end.tiers if at_end else self.start.tiers
        found = Counter[int]()
        for move in self.moves:
            found[move.end_rank if at_end else move.start_rank] += move.members
        return tuple(found[rank] for rank in range(len(tiers)))

    @property
    def upgrades(self) -> int:
        """Members whose tier at the end ranks above their tier at the start."""
        return sum(m.members for m in self.moves if m.end_rank > m.start_rank)

    @property
    def downgrades(self) -> int:
        """Members whose tier at the end ranks below their tier at the start."""
        return sum(m.members for m in self.moves if m.end_rank < m.start_rank)


def _window(programme: Programme, last: date) -> SpendWindow:
    thresholds = tuple(tier.threshold for tier in programme.tiers)
    return SpendWindow(programme.window_start(last), last, thresholds)


def build_tiers(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> TiersReport:
    """Rank every member's spend at both ends of the period; count checks by tier used."""
    period = request.period
    before = period.first - timedelta(days=1)
    start = queries.programme_on(before) or queries.programme_on(period.first)
    end = queries.programme_on(period.last) or queries.current_programme()
    if start is None or end is None:
        raise NotFound("no loyalty programme is set up: run 'pos-loyalty init' first")
    moves = queries.tier_moves(_window(start, before), _window(end, period.last))
    progress(1, 3)
    others = queries.member_count(period.last) - sum(m.members for m in moves)
    merged = Counter({(m.start_rank, m.end_rank): m.members for m in moves})
    merged[(0, 0)] += max(others, 0)
    all_moves = tuple(TierMove(s, e, n) for (s, e), n in sorted(merged.items()) if n)
    progress(2, 3)
    sales = tuple(queries.sales_by_tier(period, request.scope.terminals))
    progress(3, 3)
    return TiersReport(start, end, all_moves, sales)


def tiers_document(report: TiersReport, request: ReportRequest) -> Document:
    """The tiers report as tables and charts."""
    t = labels_for(request.language)
    blocks: list[Table | Chart | Note] = [
        _distribution(t, report),
        _moves(t, report),
        _sales(t, report),
        *_charts(t, report),
    ]
    if report.start.version != report.end.version:
        versions = {"start": report.start.version, "end": report.end.version}
        blocks.append(Note(t.format("note.tier_versions", **versions)))
    return document(request, "tiers", blocks)


def _distribution(t: Labels, r: TiersReport) -> Table:
    columns = (
        column(t, "tier", Kind.TEXT, 2),
        column(t, "threshold", Kind.MONEY),
        column(t, "members_start", Kind.INT),
        column(t, "members_end", Kind.INT),
        column(t, "share_end", Kind.PERCENT),
    )
    start = dict(zip((tier.name for tier in r.start.tiers), r.counts(at_end=False), strict=True))
    end = r.counts(at_end=True)
    total = sum(end)
    rows: list[Row] = []
    for rank, tier in enumerate(r.end.tiers):
        at_start = start.get(tier.name)
        rows.append((tier.name, tier.threshold, at_start, end[rank], ratio(end[rank], total)))
    rows.append((t["fig.upgrades"], None, None, r.upgrades, ratio(r.upgrades, total)))
    rows.append((t["fig.downgrades"], None, None, r.downgrades, ratio(r.downgrades, total)))
    return Table("tiers_distribution", t["table.tiers_distribution"], columns, tuple(rows))


def _moves(t: Labels, r: TiersReport) -> Table:
    columns = (
        column(t, "tier_from", Kind.TEXT, 2),
        *(Column(f"to_{rank}", tier.name, Kind.INT) for rank, tier in enumerate(r.end.tiers)),
    )
    cells = {(m.start_rank, m.end_rank): m.members for m in r.moves}
    rows: tuple[Row, ...] = tuple(
        (tier.name, *(cells.get((s, e), 0) for e in range(len(r.end.tiers))))
        for s, tier in enumerate(r.start.tiers)
    )
    return Table("tiers_moves", t["table.tiers_moves"], columns, rows, len(rows))


def _sales(t: Labels, r: TiersReport) -> Table:
    columns = (
        column(t, "tier", Kind.TEXT, 2),
        column(t, "checks", Kind.INT),
        column(t, "sales", Kind.MONEY),
        column(t, "discount", Kind.MONEY),
        column(t, "earned", Kind.POINTS),
    )
    rows = tuple((s.tier or "—", s.checks, s.total, s.discount, s.earned) for s in r.sales)
    return Table("tiers_sales", t["table.tiers_sales"], columns, rows, len(rows))


def _charts(t: Labels, r: TiersReport) -> tuple[Chart, Chart]:
    names = tuple(tier.name for tier in r.end.tiers)
    return (
        Chart(
            "tiers_distribution",
            t["chart.tiers_distribution"],
            ChartKind.PIE,
            names,
            (Series(t["col.members_end"], r.counts(at_end=True)),),
        ),
        Chart(
            "tiers_sales",
            t["chart.tiers_sales"],
            ChartKind.BAR,
            tuple(s.tier or "—" for s in r.sales),
            (Series(t["col.checks"], tuple(s.checks for s in r.sales)),),
        ),
    )
