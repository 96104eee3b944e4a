"""Promotion uplift: checks with a card during a promotion against the same weekdays before it.

The promotion's days are those of its date window inside the report's period, on its weekdays
(every day when it names none; hours are not looked at). The comparison days are the same days
moved back by whole weeks, just enough for all of them to fall before the promotion started:
so the same weekdays, the same number of days, and none touched by the promotion.
Frequency is checks per day; the average check is money per check; uplift is during / before - 1.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.promotions import Promotion
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.ratios import average, ratio, uplift


@dataclass(frozen=True, slots=True)
class Takings:
    """Checks with a card and their money over some days."""

    days: int
    checks: int
    total: Minor

    @property
    def per_day(self) -> Fraction | None:
        """Checks per day."""
        return ratio(self.checks, self.days)

    @property
    def average_check(self) -> Fraction | None:
        """Money per check (kopecks, exact)."""
        return average(self.total, self.checks)


@dataclass(frozen=True, slots=True)
class PromotionUplift:
    """One promotion's days compared with the same weekdays before it."""

    promotion: Promotion
    during: Takings
    before: Takings

    @property
    def frequency_uplift(self) -> Fraction | None:
        """How many more checks per day there were during the promotion (0.1 is 10 % more)."""
        return uplift(self.during.per_day, self.before.per_day)

    @property
    def average_uplift(self) -> Fraction | None:
        """How much larger the average check was during the promotion."""
        return uplift(self.during.average_check, self.before.average_check)


def promotion_days(promo: Promotion, period: Period) -> tuple[date, ...]:
    """The promotion's days inside the period (on its weekdays, if it names any)."""
    first, last = max(promo.starts_on, period.first), min(promo.ends_on, period.last)
    if last < first:
        return ()
    days = Period(first, last).each_day()
    return tuple(d for d in days if not promo.weekdays or d.weekday() in promo.weekdays)


def comparison_days(promo: Promotion, during: tuple[date, ...]) -> tuple[date, ...]:
    """The same days moved back by whole weeks to before the promotion's start."""
    if not during:
        return ()
    weeks = (during[-1] - promo.starts_on).days // 7 + 1
    return tuple(d - timedelta(weeks=weeks) for d in during)


def promotions_of(programmes: Iterable[Programme], period: Period) -> tuple[Promotion, ...]:
    """The programme promotions running in the period (the newest version of each code)."""
    found: dict[str, Promotion] = {}
    for programme in sorted(programmes, key=lambda p: p.version):
        for promo in programme.promotions:
            if promotion_days(promo, period):
                found[promo.code] = promo
    return tuple(sorted(found.values(), key=lambda p: (p.starts_on, p.code)))


def measure(
    promo: Promotion, period: Period, daily: dict[date, tuple[int, Minor]]
) -> PromotionUplift:
    """Compare the promotion's days with its comparison days, from card checks per day."""
    during = promotion_days(promo, period)
    return PromotionUplift(
        promo, _takings(during, daily), _takings(comparison_days(promo, during), daily)
    )


def _takings(days: tuple[date, ...], daily: dict[date, tuple[int, Minor]]) -> Takings:
    checks = sum(daily.get(d, (0, 0))[0] for d in days)
    total = sum(daily.get(d, (0, 0))[1] for d in days)
    return Takings(len(days), checks, total)
