"""Monthly cohort retention: of the members who joined in a month, how many bought k months on.

A member's cohort is the month they registered (the month of their first purchase when the
registration date is unknown). Month 0 is the joining month itself. The curve pools every
cohort old enough to have a month k: the sum of members active in month k over the sum of
those cohorts' sizes, so large cohorts weigh more, exactly as if they were one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from pos_loyalty.reports.period import add_months, months_between
from pos_loyalty.reports.ratios import ratio
from pos_loyalty.reports.rows import CohortCount


@dataclass(frozen=True, slots=True)
class Cohort:
    """Members who joined in `month`, and how many of them bought in month 0, 1, 2, ..."""

    month: date
    size: int
    active: tuple[int, ...]

    def retention(self, k: int) -> Fraction | None:
        """The share of the cohort that bought k months after joining (None if not yet seen)."""
        if k >= len(self.active):
            return None
        return ratio(self.active[k], self.size)


def build_cohorts(
    months: tuple[date, ...], sizes: list[CohortCount], activity: list[CohortCount]
) -> tuple[Cohort, ...]:
    """One cohort per month of the period, followed up to the period's last month."""
    if not months:
        return ()
    last = months[-1]
    size = {row.cohort: row.members for row in sizes}
    seen = {(row.cohort, row.month): row.members for row in activity}
    cohorts = []
    for month in months:
        span = months_between(month, last) + 1
        active = tuple(seen.get((month, add_months(month, k)), 0) for k in range(span))
        cohorts.append(Cohort(month, size.get(month, 0), active))
    return tuple(cohorts)


def retention_curve(cohorts: tuple[Cohort, ...]) -> tuple[Fraction | None, ...]:
    """Pooled retention for month 0, 1, 2, ... over the cohorts that reached each month."""
    longest = max((len(c.active) for c in cohorts), default=0)
    curve = []
    for k in range(longest):
        reached = [c for c in cohorts if k < len(c.active)]
        curve.append(ratio(sum(c.active[k] for c in reached), sum(c.size for c in reached)))
    return tuple(curve)
