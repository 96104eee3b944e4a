"""The RFM report: the period's buyers scored on recency, frequency and money, by segment.

The scores and segment rules are `pos_loyalty.domain.segments`; this module counts the members
and their money per segment and says what each score covers. The buyers are read once; only
their three values are held (arrays of integers), never a row per member.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pos_loyalty.domain.segments import SEGMENTS, Scales, Segment
from pos_loyalty.reports.blocks import column, document, summary
from pos_loyalty.reports.document import (
    Block,
    Chart,
    ChartKind,
    Document,
    Kind,
    Note,
    Row,
    Series,
    Table,
)
from pos_loyalty.reports.formatting import display
from pos_loyalty.reports.labels import Labels, labels_for
from pos_loyalty.reports.period import Period, Progress, ReportRequest, no_progress
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.ratios import ratio

Bounds = dict[int, tuple[int, int]]
DEFAULT_DAYS = 365
"""The period when none is given: the year up to the last day (that day included)."""


def default_period(first: date | None, last: date | None, today: date) -> Period:
    """The period asked for; a missing end is today, a missing start DEFAULT_DAYS before it."""
    end = last or today
    return Period(first or end - timedelta(days=DEFAULT_DAYS - 1), end)


@dataclass(frozen=True, slots=True)
class SegmentLine:
    """One segment's members and the money they paid in the period (kopecks)."""

    segment: Segment
    members: int
    money: int


@dataclass(frozen=True, slots=True)
class RfmReport:
    """Every segment (empty ones too), in the order of `SEGMENTS`, and the scores' ranges."""

    as_of: date
    segments: tuple[SegmentLine, ...]
    recency: Bounds
    frequency: Bounds
    money: Bounds

    @property
    def buyers(self) -> int:
        """Members scored."""
        return sum(s.members for s in self.segments)

    @property
    def total_money(self) -> int:
        """Their money, in kopecks."""
        return sum(s.money for s in self.segments)


def build_rfm(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> RfmReport:
    """Score the period's buyers and count them by segment."""
    as_of = request.period.last
    buyers = queries.rfm_buyers(request.period, request.scope.terminals)
    scales = Scales.of(b.measures(as_of) for b in buyers)
    progress(1, 2)
    members = dict.fromkeys(SEGMENTS, 0)
    money = dict.fromkeys(SEGMENTS, 0)
    for segment, paid in scales.placed():
        members[segment] += 1
        money[segment] += paid
    progress(2, 2)
    lines = tuple(SegmentLine(s, members[s], money[s]) for s in SEGMENTS)
    r, f, m = scales.recency, scales.frequency, scales.money
    return RfmReport(as_of, lines, r.bounds(), f.bounds(), m.bounds())


def rfm_document(report: RfmReport, request: ReportRequest) -> Document:
    """The summary, the segments as a table and two bar charts, the scores' ranges, a note."""
    t = labels_for(request.language)
    head = summary(
        t,
        "rfm_summary",
        [
            ("fig.as_of", report.as_of, Kind.DATE),
            ("fig.buyers", report.buyers, Kind.INT),
            ("fig.rfm_money", report.total_money, Kind.MONEY),
        ],
    )
    names = tuple(t[f"segment.{s.segment.value}"] for s in report.segments)
    members = Chart(
        "rfm_members",
        t["chart.rfm_members"],
        ChartKind.BAR,
        names,
        (Series(t["col.members"], tuple(s.members for s in report.segments)),),
    )
    money = Chart(
        "rfm_money",
        t["chart.rfm_money"],
        ChartKind.BAR,
        names,
        (Series(t["col.money"], tuple(s.money for s in report.segments)),),
        Kind.MONEY,
    )
    as_of = display(report.as_of, Kind.DATE, request.language)
    note = Note(t.format("note.rfm", as_of=as_of))
    blocks: list[Block] = [
        head,
        _segments_table(t, report),
        members,
        money,
        _scores_table(t, report),
        note,
    ]
    return document(request, "rfm", blocks)


def _segments_table(t: Labels, report: RfmReport) -> Table:
    columns = (
        column(t, "segment", Kind.TEXT, 3),
        column(t, "members", Kind.INT),
        column(t, "members_share", Kind.PERCENT),
        column(t, "money", Kind.MONEY),
        column(t, "money_share", Kind.PERCENT),
    )
    buyers, total = report.buyers, report.total_money
    rows: list[Row] = [
        (
            t[f"segment.{s.segment.value}"],
            s.members,
            ratio(s.members, buyers),
            s.money,
            ratio(s.money, total),
        )
        for s in report.segments
    ]
    whole = ratio(buyers, buyers), ratio(total, total)
    rows.append((t["word.total"], buyers, whole[0], total, whole[1]))
    return Table("rfm_segments", t["table.rfm_segments"], columns, tuple(rows), len(rows))


def _scores_table(t: Labels, report: RfmReport) -> Table:
    r, f, m = report.recency, report.frequency, report.money
    columns = (
        column(t, "score", Kind.INT, 1),
        column(t, "recency_low", Kind.INT),
        column(t, "recency_high", Kind.INT),
        column(t, "frequency_low", Kind.INT),
        column(t, "frequency_high", Kind.INT),
        column(t, "money_low", Kind.MONEY),
        column(t, "money_high", Kind.MONEY),
    )
    rows = tuple(
        (score, *_pair(r, score), *_pair(f, score), *_pair(m, score)) for score in range(5, 0, -1)
    )
    return Table("rfm_scores", t["table.rfm_scores"], columns, rows, len(rows))


def _pair(bounds: Bounds, score: int) -> tuple[int | None, int | None]:
    found = bounds.get(score)
    return (None, None) if found is None else found
