"""The KPI report as tables and charts: the figures, the cohort table and curve, the uplift."""

from __future__ import annotations

from pos_loyalty.reports.blocks import column, document, summary
from pos_loyalty.reports.club import club_lines
from pos_loyalty.reports.cohorts import retention_curve
from pos_loyalty.reports.document import (
    Block,
    Chart,
    ChartKind,
    Column,
    Document,
    Kind,
    Row,
    Series,
    Table,
)
from pos_loyalty.reports.kpi import KpiReport
from pos_loyalty.reports.labels import Labels, labels_for
from pos_loyalty.reports.period import ReportRequest


def kpi_document(report: KpiReport, request: ReportRequest) -> Document:
    """The KPI report for this request."""
    t = labels_for(request.language)
    blocks: list[Block] = [
        _figures(t, report),
        _cohort_table(t, report),
        _uplift_table(t, report),
        *_charts(t, report),
    ]
    return document(request, "kpi", blocks)


def _figures(t: Labels, r: KpiReport) -> Table:
    m, p, pct = Kind.MONEY, Kind.POINTS, Kind.PERCENT
    return summary(
        t,
        "kpi_summary",
        [
            ("fig.card_checks", r.card_checks, Kind.INT),
            ("fig.plain_checks", r.plain_checks, Kind.INT),
            ("fig.card_share", r.card_share, pct),
            ("fig.average_card_check", r.average_card_check, m),
            ("fig.average_plain_check", r.average_plain_check, m),
            ("fig.buyers", r.buyers.members, Kind.INT),
            ("fig.repeat_buyers", r.buyers.repeat_members, Kind.INT),
            ("fig.repeat_rate", r.repeat_rate, pct),
            ("fig.frequency", r.frequency, Kind.INT),
            ("fig.earned_all", r.earned, p),
            ("fig.redeemed", r.redeemed, p),
            ("fig.redemption_rate", r.redemption_rate, pct),
            ("fig.churn_days", r.churn_days, Kind.INT),
            ("fig.churn_base", r.churn.base, Kind.INT),
            ("fig.churned", r.churned, Kind.INT),
            ("fig.churn_rate", r.churn_rate, pct),
            *club_lines(r.club),
        ],
    )


def _cohort_table(t: Labels, r: KpiReport) -> Table:
    span = max((len(c.active) for c in r.cohorts), default=0)
    columns = (
        column(t, "cohort", Kind.MONTH, 2),
        column(t, "cohort_size", Kind.INT),
        *(Column(f"m{k}", t.format("col.month_k", k=k), Kind.PERCENT) for k in range(span)),
    )
    rows: list[Row] = [(c.month, c.size, *(c.retention(k) for k in range(span))) for c in r.cohorts]
    curve = retention_curve(r.cohorts)
    rows.append((t["word.all_cohorts"], sum(c.size for c in r.cohorts), *curve))
    return Table("kpi_cohorts", t["table.kpi_cohorts"], columns, tuple(rows), len(rows))


def _uplift_table(t: Labels, r: KpiReport) -> Table:
    columns = (
        column(t, "promotion", Kind.TEXT, 3),
        column(t, "first_day", Kind.DATE),
        column(t, "last_day", Kind.DATE),
        column(t, "days", Kind.INT),
        column(t, "per_day_before", Kind.INT),
        column(t, "per_day_during", Kind.INT),
        column(t, "frequency_uplift", Kind.PERCENT),
        column(t, "average_before", Kind.MONEY),
        column(t, "average_during", Kind.MONEY),
        column(t, "average_uplift", Kind.PERCENT),
    )
    rows = tuple(
        (
            u.promotion.name or u.promotion.code,
            u.promotion.starts_on,
            u.promotion.ends_on,
            u.during.days,
            u.before.per_day,
            u.during.per_day,
            u.frequency_uplift,
            u.before.average_check,
            u.during.average_check,
            u.average_uplift,
        )
        for u in r.promotions
    )
    return Table("kpi_uplift", t["table.kpi_uplift"], columns, rows, len(rows))


def _charts(t: Labels, r: KpiReport) -> list[Chart]:
    curve = retention_curve(r.cohorts)
    days = tuple(d.day.strftime("%d.%m") for d in r.days)
    return [
        Chart(
            "kpi_daily",
            t["chart.kpi_daily"],
            ChartKind.LINE,
            days,
            (
                Series(t["col.card_checks"], tuple(d.card_checks for d in r.days)),
                Series(t["col.plain_checks"], tuple(d.plain_checks for d in r.days)),
            ),
        ),
        Chart(
            "kpi_average",
            t["chart.kpi_average"],
            ChartKind.BAR,
            (t["word.with_card"], t["word.without_card"]),
            (
                Series(
                    t["col.average_check"],
                    (r.average_card_check or 0, r.average_plain_check or 0),
                ),
            ),
            Kind.MONEY,
        ),
        Chart(
            "kpi_retention",
            t["chart.kpi_retention"],
            ChartKind.LINE,
            tuple(t.format("col.month_k", k=k) for k in range(len(curve))),
            (Series(t["col.retention"], tuple(v or 0 for v in curve)),),
            Kind.PERCENT,
        ),
    ]
