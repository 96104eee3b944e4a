"""The loyalty KPIs of the source articles, computed exactly from the period's data.

- share of checks with a card: card checks / all checks;
- repeat-purchase rate: members who bought twice or more / members who bought;
- purchase frequency: card checks / members who bought;
- average check with and without a card: money / checks (check totals before discount);
- redemption rate: points redeemed / points earned (checkout earnings and bonuses);
- churn: of the members who joined before the last N days of the period, those who bought
  nothing in those N days;
- club membership fees sold and refunded (`club`): not checks, so none of the figures above
  counts them (a fee would lower the average check and count as a purchase);
- monthly cohort retention (`cohorts`) and promotion uplift (`uplift`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from pos_loyalty.domain.money import Minor
from pos_loyalty.reports.club import ClubFees, fees_of
from pos_loyalty.reports.cohorts import Cohort, build_cohorts
from pos_loyalty.reports.period import Period, Progress, ReportRequest, no_progress
from pos_loyalty.reports.ports import ReportQueries, Terminals
from pos_loyalty.reports.ratios import average, ratio
from pos_loyalty.reports.rows import Buyers, Churn, SalesDay
from pos_loyalty.reports.uplift import (
    PromotionUplift,
    comparison_days,
    measure,
    promotion_days,
    promotions_of,
)

STEPS = 5


@dataclass(frozen=True, slots=True)
class DailyChecks:
    """Checks with and without a card on one day, with their money."""

    day: date
    card_checks: int
    plain_checks: int
    card_total: Minor
    plain_total: Minor


@dataclass(frozen=True, slots=True)
class KpiReport:
    """Every KPI of the period, with the counts they come from."""

    days: tuple[DailyChecks, ...]
    buyers: Buyers
    earned: int
    redeemed: int
    churn_days: int
    churn: Churn
    cohorts: tuple[Cohort, ...]
    promotions: tuple[PromotionUplift, ...]
    club: ClubFees = field(default_factory=ClubFees)

    def _sum(self, name: str) -> int:
        return sum(getattr(day, name) for day in self.days)

    @property
    def card_checks(self) -> int:
        """Checks with a card."""
        return self._sum("card_checks")

    @property
    def plain_checks(self) -> int:
        """Checks without a card."""
        return self._sum("plain_checks")

    @property
    def card_share(self) -> Fraction | None:
        """The share of checks made with a card."""
        return ratio(self.card_checks, self.card_checks + self.plain_checks)

    @property
    def average_card_check(self) -> Fraction | None:
        """The average check with a card, in kopecks."""
        return average(self._sum("card_total"), self.card_checks)

    @property
    def average_plain_check(self) -> Fraction | None:
        """The average check without a card, in kopecks."""
        return average(self._sum("plain_total"), self.plain_checks)

    @property
    def repeat_rate(self) -> Fraction | None:
        """Members who bought more than once, of those who bought."""
        return ratio(self.buyers.repeat_members, self.buyers.members)

    @property
    def frequency(self) -> Fraction | None:
        """Card checks per member who bought."""
        return ratio(self.buyers.checks, self.buyers.members)

    @property
    def redemption_rate(self) -> Fraction | None:
        """Points redeemed per point earned."""
        return ratio(self.redeemed, self.earned)

    @property
    def churned(self) -> int:
        """Members who joined before the churn window and bought nothing within it."""
        return self.churn.base - self.churn.active

    @property
    def churn_rate(self) -> Fraction | None:
        """The churned share of the members who joined before the churn window."""
        return ratio(self.churned, self.churn.base)


def daily_checks(rows: Iterable[SalesDay], period: Period) -> tuple[DailyChecks, ...]:
    """Sum the terminals' rows per day; days without checks count as zero."""
    by_day: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        sums = by_day[row.day]
        sums[0] += row.card_checks
        sums[1] += row.plain_checks
        sums[2] += row.card_total
        sums[3] += row.plain_total
    return tuple(DailyChecks(day, *by_day.get(day, [0, 0, 0, 0])) for day in period.each_day())


def build_kpi(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> KpiReport:
    """Read the period's checks, buyers, points, cohorts, churn and promotions."""
    period, terminals = request.period, request.scope.terminals
    totals = queries.day_totals(period, terminals)
    days = daily_checks(totals.sales, period)
    club = fees_of(totals.sales, totals.refunds)
    progress(1, STEPS)
    window = Period(period.last - timedelta(days=request.inactive_days - 1), period.last)
    buyers, churn = queries.buyers_and_churn(period, window, terminals)
    progress(2, STEPS)
    earned = redeemed = 0
    for row in totals.points:
        earned += row.added if row.kind in ("earn", "bonus") else 0
        redeemed += row.removed if row.kind == "redeem" else 0
    progress(3, STEPS)
    cohorts = build_cohorts(
        period.months(), queries.cohort_sizes(period), queries.cohort_activity(period, terminals)
    )
    progress(4, STEPS)
    promotions = _promotions(queries, period, terminals)
    progress(5, STEPS)
    return KpiReport(
        days, buyers, earned, redeemed, request.inactive_days, churn, cohorts, promotions, club
    )


def _promotions(
    queries: ReportQueries, period: Period, terminals: Terminals
) -> tuple[PromotionUplift, ...]:
    promos = promotions_of(queries.programmes_in_force(period), period)
    if not promos:
        return ()
    needed = [d for p in promos for d in comparison_days(p, promotion_days(p, period))]
    span = Period(min(needed), period.last)
    daily = {
        d.day: (d.card_checks, d.card_total)
        for d in daily_checks(queries.day_totals(span, terminals).sales, span)
    }
    return tuple(measure(p, period, daily) for p in promos)
