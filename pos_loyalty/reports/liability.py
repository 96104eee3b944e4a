"""Points liability: the points members hold, what they are worth, and when they expire.

Read from the balance projection (open lots and debts) as it stands when the report is made:
outstanding points are those not yet expired (pending ones included), valued at the
`point_value` of the programme in force. Points past their expiry but not yet written off by the
expire run are shown apart. Expiry is bucketed by the month of the last day they can be spent.

The paid club membership is shown in a table of its own: the members whose membership runs
on that day, and the day's membership sales and refunds (money taken for terms, not points).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from pos_loyalty.domain.money import Minor
from pos_loyalty.reports.blocks import column, document, summary
from pos_loyalty.reports.club import ClubFees, club_fees, club_lines
from pos_loyalty.reports.document import (
    Chart,
    ChartKind,
    Document,
    Kind,
    Note,
    Row,
    Series,
    Table,
)
from pos_loyalty.reports.labels import Labels, labels_for
from pos_loyalty.reports.period import (
    Period,
    Progress,
    ReportRequest,
    add_months,
    month_start,
    no_progress,
)
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.rows import Debts, LotSum, MemberLine
from pos_loyalty.reports.stores import StorePoints, points_by_store, store_points_table

MONTHS_AHEAD = 12


@dataclass(frozen=True, slots=True)
class LiabilityReport:
    """Outstanding points on `as_of` and their value, expiry by month, negative balances."""

    as_of: date
    point_value: Minor
    outstanding: int
    pending: int
    awaiting_write_off: int
    expiring: tuple[tuple[date, int], ...]
    later: int
    never: int
    debts: Debts
    negative: tuple[MemberLine, ...]
    stores: tuple[StorePoints, ...] = ()
    """Points by store (chain-wide reports only)."""
    club_members: int = 0
    """Members whose paid club membership runs on `as_of`."""
    club: ClubFees = field(default_factory=ClubFees)
    """Memberships sold and refunded on `as_of` (at the report's terminals)."""

    @property
    def spendable(self) -> int:
        """Outstanding points that can be spent now."""
        return self.outstanding - self.pending

    @property
    def value(self) -> Minor:
        """The money value of the outstanding points."""
        return self.outstanding * self.point_value

    @property
    def net(self) -> int:
        """Outstanding points less the points members owe."""
        return self.outstanding - self.debts.points


def build_liability(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> LiabilityReport:
    """Sum the open lots by expiry, and list the members whose balance is below zero."""
    today = request.today
    programme = queries.current_programme()
    point_value = programme.point_value if programme is not None else 100
    sums = queries.lot_sums(today)
    progress(1, 3)
    debts = queries.debts()
    negative = tuple(queries.negative_balances(request.limit))
    progress(2, 3)
    report = _figures(today, point_value, sums, debts, negative)
    day = Period(today, today)
    club = club_fees(queries, day, request.scope.terminals)
    report = replace(report, club_members=queries.club_members(today), club=club)
    if request.chain:
        t = labels_for(request.language)
        found = points_by_store(queries.points_by_terminal(today), queries.stores(), t)
        report = replace(report, stores=found)
    progress(3, 3)
    return report


def _figures(
    today: date,
    point_value: Minor,
    sums: list[LotSum],
    debts: Debts,
    negative: tuple[MemberLine, ...],
) -> LiabilityReport:
    months = [add_months(month_start(today), k) for k in range(MONTHS_AHEAD)]
    by_month = dict.fromkeys(months, 0)
    outstanding = pending = gone = later = never = 0
    for lot in sums:
        if lot.expires_on is not None and lot.expires_on <= today:
            gone += lot.points
            continue
        outstanding += lot.points
        pending += lot.pending
        if lot.expires_on is None:
            never += lot.points
            continue
        month = month_start(lot.expires_on - timedelta(days=1))
        if month in by_month:
            by_month[month] += lot.points
        else:
            later += lot.points
    return LiabilityReport(
        today,
        point_value,
        outstanding,
        pending,
        gone,
        tuple(by_month.items()),
        later,
        never,
        debts,
        negative,
    )


def liability_document(report: LiabilityReport, request: ReportRequest) -> Document:
    """The liability report as tables and charts."""
    t = labels_for(request.language)
    r, m, p = report, Kind.MONEY, Kind.POINTS
    head = summary(
        t,
        "liability_summary",
        [
            ("fig.as_of", r.as_of, Kind.DATE),
            ("fig.point_value", r.point_value, m),
            ("fig.outstanding", r.outstanding, p),
            ("fig.outstanding_value", r.value, m),
            ("fig.spendable", r.spendable, p),
            ("fig.pending", r.pending, p),
            ("fig.awaiting_write_off", r.awaiting_write_off, p),
            ("fig.negative_members", r.debts.members, Kind.INT),
            ("fig.debt_points", r.debts.points, p),
            ("fig.net_points", r.net, p),
        ],
    )
    by_month, split = _charts(t, r)
    blocks: list[Table | Chart | Note] = [head, _club(t, r), by_month, split, _expiring(t, r)]
    blocks.append(_negative(t, r))
    if request.chain:
        blocks += [store_points_table(t, r.stores), Note(t["note.chain_liability"])]
    return document(request, "liability", blocks)


def _club(t: Labels, r: LiabilityReport) -> Table:
    """The club membership that day: members in the club, memberships sold and refunded."""
    lines = [("fig.club_members", r.club_members, Kind.INT), *club_lines(r.club)]
    return summary(t, "liability_club", lines)


def _expiring(t: Labels, r: LiabilityReport) -> Table:
    columns = (
        column(t, "month", Kind.MONTH, 2),
        column(t, "points", Kind.POINTS),
        column(t, "value_money", Kind.MONEY),
    )
    rows: list[Row] = [(month, points, points * r.point_value) for month, points in r.expiring]
    rows.append((t["word.later"], r.later, r.later * r.point_value))
    rows.append((t["word.never"], r.never, r.never * r.point_value))
    return Table("liability_expiring", t["table.liability_expiring"], columns, tuple(rows))


def _negative(t: Labels, r: LiabilityReport) -> Table:
    columns = (
        column(t, "card", Kind.TEXT),
        column(t, "name", Kind.TEXT, 3),
        column(t, "balance", Kind.POINTS),
        column(t, "last_purchase", Kind.DATE),
    )
    rows = tuple(
        (line.card_number, line.name, line.balance, line.last_purchase_on) for line in r.negative
    )
    return Table("liability_negative", t["table.liability_negative"], columns, rows, len(rows))


def _charts(t: Labels, r: LiabilityReport) -> tuple[Chart, Chart]:
    months = tuple(month.strftime("%m.%Y") for month, _ in r.expiring)
    return (
        Chart(
            "liability_expiring",
            t["chart.liability_expiring"],
            ChartKind.BAR,
            months,
            (Series(t["col.points"], tuple(points for _, points in r.expiring)),),
            Kind.POINTS,
        ),
        Chart(
            "liability_split",
            t["chart.liability_split"],
            ChartKind.PIE,
            (t["fig.spendable"], t["fig.pending"]),
            (Series(t["col.points"], (r.spendable, r.pending)),),
            Kind.POINTS,
        ),
    )
