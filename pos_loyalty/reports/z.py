"""The daily loyalty Z-report: checks, discounts and points per terminal, per day and in all.

Checks, discounts, points and refunds are counted where they happened (the terminal and the
business day of the sale, entry or refund). Club membership fees, and refunds of them, are
counted on lines of their own and left out of the checks and the refunds of goods. New
members and cards issued carry no terminal, so they are counted for the whole database.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date

from pos_loyalty.reports.blocks import column, document, summary
from pos_loyalty.reports.club import ClubFees, club_lines
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
from pos_loyalty.reports.period import Progress, ReportRequest, no_progress
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.ratios import ratio
from pos_loyalty.reports.rows import PointsDay, RefundsDay, SalesDay
from pos_loyalty.reports.stores import group_by_store

MAX_BARS = 12
"""Terminals drawn in the points chart (the table lists them all)."""


@dataclass(slots=True)
class ZFigures:
    """The Z figures of one terminal, one day, or the whole store (money in kopecks)."""

    card_checks: int = 0
    plain_checks: int = 0
    card_total: int = 0
    plain_total: int = 0
    discount: int = 0
    redeemed_value: int = 0
    earned: int = 0
    bonus: int = 0
    redeemed: int = 0
    expired: int = 0
    adjusted_added: int = 0
    adjusted_removed: int = 0
    reversed: int = 0
    returned: int = 0
    refunds: int = 0
    voids: int = 0
    refund_amount: int = 0
    money_returned: int = 0
    new_members: int = 0
    memberships: int = 0
    membership_fees: int = 0
    membership_refunds: int = 0
    membership_returned: int = 0

    def add(self, other: ZFigures) -> None:
        """Add another set of figures to these."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def checks(self) -> int:
        """Checks with and without a card."""
        return self.card_checks + self.plain_checks

    @property
    def club(self) -> ClubFees:
        """The club membership fees taken and returned (not checks: counted apart)."""
        return ClubFees(
            self.memberships,
            self.membership_fees,
            self.membership_refunds,
            self.membership_returned,
        )


@dataclass(frozen=True, slots=True)
class ZReport:
    """The figures per terminal, per day and for the store, with new members and cards."""

    terminals: tuple[tuple[str, ZFigures], ...]
    days: tuple[tuple[date, ZFigures], ...]
    total: ZFigures
    cards_issued: int | None
    store_wide_note: bool = field(default=False)
    stores: tuple[tuple[str, ZFigures], ...] = ()
    """Figures by store (chain-wide reports only)."""


def build_z(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> ZReport:
    """Add up the period's sales, ledger entries, refunds, new members and cards."""
    period, terminals = request.period, request.scope.terminals
    cells: dict[tuple[date, str], ZFigures] = defaultdict(ZFigures)
    for sale in queries.sales_by_day(period, terminals):
        _add_sales(cells[(sale.day, sale.terminal_id)], sale)
    progress(1, 4)
    for moved in queries.points_by_day(period, terminals):
        _add_points(cells[(moved.day, moved.terminal_id)], moved)
    progress(2, 4)
    for refund in queries.refunds_by_day(period, terminals):
        _add_refunds(cells[(refund.day, refund.terminal_id)], refund)
    progress(3, 4)
    by_terminal: dict[str, ZFigures] = defaultdict(ZFigures)
    by_day: dict[date, ZFigures] = {day: ZFigures() for day in period.each_day()}
    total = ZFigures()
    for (day, terminal), figures in cells.items():
        by_terminal[terminal].add(figures)
        by_day[day].add(figures)
        total.add(figures)
    for joined in queries.new_members_by_day(period):
        by_day[joined.day].new_members += joined.count
        total.new_members += joined.count
    cards = queries.cards_issued(*period.instants(request.zone))
    progress(4, 4)
    return ZReport(
        terminals=tuple(sorted(by_terminal.items())),
        days=tuple(sorted(by_day.items())),
        total=total,
        cards_issued=cards,
        store_wide_note=request.scope.is_filtered or request.chain,
        stores=_by_store(queries, request, by_terminal) if request.chain else (),
    )


def _by_store(
    queries: ReportQueries, request: ReportRequest, by_terminal: dict[str, ZFigures]
) -> tuple[tuple[str, ZFigures], ...]:
    t, chosen = labels_for(request.language), request.scope.terminals
    return group_by_store(by_terminal, queries.stores(), chosen, t, ZFigures)


def _add_sales(z: ZFigures, s: SalesDay) -> None:
    z.card_checks += s.card_checks
    z.plain_checks += s.plain_checks
    z.card_total += s.card_total
    z.plain_total += s.plain_total
    z.discount += s.discount
    z.redeemed_value += s.redeemed_value
    z.memberships += s.memberships
    z.membership_fees += s.membership_fees


_CREDIT = {"earn": "earned", "bonus": "bonus", "adjust": "adjusted_added", "reversal": "returned"}
_DEBIT = {
    "redeem": "redeemed",
    "expire": "expired",
    "adjust": "adjusted_removed",
    "reversal": "reversed",
}


def _add_points(z: ZFigures, p: PointsDay) -> None:
    if p.kind in _CREDIT:
        name = _CREDIT[p.kind]
        setattr(z, name, getattr(z, name) + p.added)
    if p.kind in _DEBIT:
        name = _DEBIT[p.kind]
        setattr(z, name, getattr(z, name) + p.removed)


def _add_refunds(z: ZFigures, r: RefundsDay) -> None:
    z.refunds += r.refunds
    z.voids += r.voids
    z.refund_amount += r.amount
    z.money_returned += r.money_returned
    z.membership_refunds += r.memberships
    z.membership_returned += r.membership_returned


def z_document(report: ZReport, request: ReportRequest) -> Document:
    """The Z-report as tables and charts."""
    t = labels_for(request.language)
    blocks: list[Table | Chart | Note] = [_summary(t, report), _terminal_table(t, report)]
    if report.stores:
        blocks.append(_group_table(t, report.stores, report.total, "z_stores", "store"))
    if len(report.days) > 1:
        blocks.append(_day_table(t, report))
    blocks += _charts(t, report)
    if report.store_wide_note:
        blocks.append(Note(t["note.store_wide"]))
    if report.cards_issued is None:
        blocks.append(Note(t["note.cards_unknown"]))
    return document(request, "z", blocks)


def _summary(t: Labels, r: ZReport) -> Table:
    z, m, p = r.total, Kind.MONEY, Kind.POINTS
    return summary(
        t,
        "z_summary",
        [
            ("fig.card_checks", z.card_checks, Kind.INT),
            ("fig.plain_checks", z.plain_checks, Kind.INT),
            ("fig.card_share", ratio(z.card_checks, z.checks), Kind.PERCENT),
            ("fig.card_total", z.card_total, m),
            ("fig.plain_total", z.plain_total, m),
            ("fig.discount", z.discount, m),
            ("fig.redeemed_value", z.redeemed_value, m),
            ("fig.earned", z.earned, p),
            ("fig.bonus", z.bonus, p),
            ("fig.redeemed", z.redeemed, p),
            ("fig.expired", z.expired, p),
            ("fig.adjusted_added", z.adjusted_added, p),
            ("fig.adjusted_removed", z.adjusted_removed, p),
            ("fig.refunds", z.refunds, Kind.INT),
            ("fig.voids", z.voids, Kind.INT),
            ("fig.refund_amount", z.refund_amount, m),
            ("fig.money_returned", z.money_returned, m),
            ("fig.points_reversed", z.reversed, p),
            ("fig.points_returned", z.returned, p),
            *club_lines(z.club),
            ("fig.new_members", z.new_members, Kind.INT),
            ("fig.cards_issued", r.cards_issued, Kind.INT),
        ],
    )


def _figure_columns() -> tuple[tuple[str, Kind], ...]:
    return (
        ("card_checks", Kind.INT),
        ("plain_checks", Kind.INT),
        ("card_total", Kind.MONEY),
        ("discount", Kind.MONEY),
        ("earned", Kind.POINTS),
        ("bonus", Kind.POINTS),
        ("redeemed", Kind.POINTS),
        ("expired", Kind.POINTS),
        ("refunds", Kind.INT),
        ("money_returned", Kind.MONEY),
        ("reversed", Kind.POINTS),
        ("returned", Kind.POINTS),
    )


def _figure_row(z: ZFigures) -> tuple[int, ...]:
    return (
        z.card_checks,
        z.plain_checks,
        z.card_total,
        z.discount,
        z.earned,
        z.bonus,
        z.redeemed,
        z.expired,
        z.refunds,
        z.money_returned,
        z.reversed,
        z.returned,
    )


def _terminal_table(t: Labels, r: ZReport) -> Table:
    return _group_table(t, r.terminals, r.total, "z_terminals", "terminal")


def _group_table(
    t: Labels, groups: tuple[tuple[str, ZFigures], ...], total: ZFigures, key: str, what: str
) -> Table:
    """One line per terminal (or store), and the total line."""
    columns = (
        column(t, what, Kind.TEXT, 3),
        *(column(t, name, kind) for name, kind in _figure_columns()),
    )
    rows: list[Row] = [(name, *_figure_row(z)) for name, z in groups]
    rows.append((t["word.total"], *_figure_row(total)))
    return Table(key, t[f"table.{key}"], columns, tuple(rows), len(rows))


def _day_table(t: Labels, r: ZReport) -> Table:
    columns = (
        column(t, "day", Kind.DATE, 3),
        *(column(t, key, kind) for key, kind in _figure_columns()),
        column(t, "new_members", Kind.INT),
    )
    rows: tuple[Row, ...] = tuple((day, *_figure_row(z), z.new_members) for day, z in r.days)
    return Table("z_days", t["table.z_days"], columns, rows, len(rows))


def _busiest(r: ZReport) -> tuple[tuple[str, ZFigures], ...]:
    """The terminals with the most checks, at most MAX_BARS of them, in terminal order."""
    ranked = sorted(r.terminals, key=lambda item: -item[1].checks)[:MAX_BARS]
    return tuple(sorted(ranked))


def _charts(t: Labels, r: ZReport) -> list[Chart | Table | Note]:
    z, shown = r.total, _busiest(r)
    charts: list[Chart | Table | Note] = [
        Chart(
            "z_checks",
            t["chart.z_checks"],
            ChartKind.PIE,
            (t["fig.card_checks"], t["fig.plain_checks"]),
            (Series(t["col.checks"], (z.card_checks, z.plain_checks)),),
        ),
        Chart(
            "z_points",
            t.format("chart.z_points_busiest", count=MAX_BARS)
            if len(shown) < len(r.terminals)
            else t["chart.z_points"],
            ChartKind.BAR,
            tuple(terminal for terminal, _ in shown),
            (
                Series(t["col.earned"], tuple(f.earned + f.bonus for _, f in shown)),
                Series(t["col.redeemed"], tuple(f.redeemed for _, f in shown)),
                Series(t["col.expired"], tuple(f.expired for _, f in shown)),
            ),
            Kind.POINTS,
        ),
    ]
    if len(r.days) > 1:
        days = tuple(day.strftime("%d.%m") for day, _ in r.days)
        charts.append(
            Chart(
                "z_days",
                t["chart.z_days"],
                ChartKind.LINE,
                days,
                (
                    Series(t["col.card_checks"], tuple(f.card_checks for _, f in r.days)),
                    Series(t["col.plain_checks"], tuple(f.plain_checks for _, f in r.days)),
                ),
            )
        )
    return charts
