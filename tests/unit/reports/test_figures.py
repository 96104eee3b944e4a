"""The pure maths of the reports: ratios, formatting, cohorts, uplift days, expiry buckets."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.promotions import Effect, Promotion
from pos_loyalty.reports.cohorts import build_cohorts, retention_curve
from pos_loyalty.reports.document import Figure, Kind
from pos_loyalty.reports.formatting import display, machine, plain
from pos_loyalty.reports.labels import labels_for
from pos_loyalty.reports.liability import _figures
from pos_loyalty.reports.period import Period, add_months
from pos_loyalty.reports.plotting import plot_value
from pos_loyalty.reports.ratios import average, ratio, uplift
from pos_loyalty.reports.rows import CohortCount, Debts, LotSum
from pos_loyalty.reports.uplift import comparison_days, promotion_days


def test_ratios_are_exact_and_none_when_there_is_nothing_to_divide_by() -> None:
    assert ratio(2, 3) == Fraction(2, 3) and ratio(5, 0) is None
    assert average(550000, 4) == Fraction(137500) and average(0, 0) is None
    assert uplift(Fraction(3), Fraction(2)) == Fraction(1, 2) and uplift(None, Fraction(1)) is None


def test_people_read_grouped_figures_in_their_language() -> None:
    assert display(123456789, Kind.MONEY, "ru") == "1\u00a0234\u00a0567,89"
    assert display(123456789, Kind.MONEY, "en") == "1,234,567.89"
    assert display(Fraction(2, 3), Kind.PERCENT, "ru") == "66,7\u00a0%"
    assert display(Fraction(1, 8), Kind.PERCENT, "en") == "12.5\u00a0%"  # 12.5 exactly
    assert display(Fraction(1, 16), Kind.PERCENT, "en") == "6.3\u00a0%"  # 6.25 rounds half up
    assert display(Fraction(1375001, 10), Kind.MONEY, "en") == "1,375.00"  # to the kopeck
    assert display(Fraction(7, 2), Kind.INT, "en") == "3.50"
    assert display(date(2026, 3, 2), Kind.DATE, "ru") == "02.03.2026"
    assert display(date(2026, 3, 1), Kind.MONTH, "en") == "2026-03"
    assert display(None, Kind.MONEY, "en") == "—"
    assert display(Figure(150, Kind.POINTS), Kind.MIXED, "en") == "150"


def test_spreadsheets_and_json_get_plain_machine_values() -> None:
    assert machine(123456, Kind.MONEY) == "1234.56" and plain(123456, Kind.MONEY) == 123456
    assert machine(Fraction(2, 3), Kind.PERCENT) == "66.67" == plain(Fraction(2, 3), Kind.PERCENT)
    assert plain(Fraction(1, 3), Kind.MONEY) == 0 and plain(Fraction(3, 2), Kind.MONEY) == 2
    assert machine(None, Kind.INT) == "" and plain(None, Kind.INT) is None
    assert plain(date(2026, 3, 1), Kind.MONTH) == "2026-03"


def test_chart_coordinates_are_the_only_floats_and_carry_the_units() -> None:
    assert plot_value(12345, Kind.MONEY) == 123.45
    assert plot_value(Fraction(1, 4), Kind.PERCENT) == 25.0
    assert plot_value(7, Kind.POINTS) == 7.0


def test_a_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(InvalidInput, match="swap"):
        Period(date(2026, 3, 2), date(2026, 3, 1))
    p = Period(date(2026, 1, 31), date(2026, 3, 1))
    assert p.days == 30 and p.months() == (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1))
    assert add_months(date(2026, 11, 1), 3) == date(2027, 2, 1)


def test_cohorts_are_followed_to_the_last_month_and_pooled_into_a_curve() -> None:
    jan, feb, mar = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)
    sizes = [CohortCount(jan, jan, 10), CohortCount(feb, feb, 30)]
    seen = [
        CohortCount(jan, jan, 10),
        CohortCount(jan, feb, 5),
        CohortCount(jan, mar, 2),
        CohortCount(feb, feb, 15),
        CohortCount(feb, mar, 6),
    ]
    jan_c, feb_c, mar_c = build_cohorts((jan, feb, mar), sizes, seen)
    assert jan_c.active == (10, 5, 2) and feb_c.active == (15, 6) and mar_c.size == 0
    assert mar_c.retention(0) is None  # nobody joined: no share
    # Month 1 pools January (5 of 10) and February (6 of 30): 11 of 40, not the mean of shares.
    assert retention_curve((jan_c, feb_c, mar_c)) == (
        Fraction(25, 40),
        Fraction(11, 40),
        Fraction(2, 10),
    )


def _promo(**changes: object) -> Promotion:
    values: dict[str, object] = {
        "code": "p",
        "name": "P",
        "starts_on": date(2026, 3, 11),
        "ends_on": date(2026, 3, 25),
        "effect": Effect.EARN_MULTIPLIER,
    }
    values.update(changes)
    return Promotion(**values)  # type: ignore[arg-type]


def test_uplift_compares_the_same_weekdays_just_before_the_promotion() -> None:
    promo = _promo(weekdays=frozenset({2}))
    during = promotion_days(promo, Period(date(2026, 3, 1), date(2026, 3, 31)))
    assert during == (date(2026, 3, 11), date(2026, 3, 18), date(2026, 3, 25))
    assert comparison_days(promo, during) == (
        date(2026, 2, 18),
        date(2026, 2, 25),
        date(2026, 3, 4),
    )
    every_day = _promo(ends_on=date(2026, 3, 13))
    days = promotion_days(every_day, Period(date(2026, 3, 12), date(2026, 3, 31)))
    assert days == (date(2026, 3, 12), date(2026, 3, 13))
    assert comparison_days(every_day, days) == (date(2026, 3, 5), date(2026, 3, 6))
    before = comparison_days(every_day, days)
    assert all(d.weekday() == e.weekday() for d, e in zip(days, before, strict=True))


def test_expiry_is_bucketed_by_the_last_day_points_can_be_spent() -> None:
    today = date(2026, 3, 5)
    lots = [
        LotSum(date(2026, 4, 1), 168, 0),  # last day 31 March
        LotSum(date(2026, 4, 2), 190, 190),  # last day 1 April, still pending
        LotSum(date(2026, 3, 5), 7, 0),  # gone today: awaiting the expire run
        LotSum(date(2027, 3, 1), 11, 0),  # last day 28 February 2027: the twelfth month
        LotSum(date(2027, 3, 2), 13, 0),  # last day 1 March 2027: later
        LotSum(None, 17, 0),  # never expires
    ]
    r = _figures(today, 100, lots, Debts(2, 30), ())
    months = dict(r.expiring)
    assert months[date(2026, 3, 1)] == 168 and months[date(2026, 4, 1)] == 190
    assert months[date(2027, 2, 1)] == 11 and (r.later, r.never) == (13, 17)
    assert (r.outstanding, r.pending, r.awaiting_write_off) == (168 + 190 + 11 + 13 + 17, 190, 7)
    assert (r.value, r.net) == (399 * 100, 399 - 30)


def test_both_languages_have_every_label() -> None:
    assert labels_for("ru").keys() == labels_for("en").keys()
