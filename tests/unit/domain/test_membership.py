"""The membership date rule, with dates worked out by hand (end dates are inclusive)."""

from __future__ import annotations

from datetime import date

import pytest

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.membership import Period, Step, bought, refunded_until
from pos_loyalty.domain.programme import MembershipPlan

PLAN = MembershipPlan(fee=99900, period_days=30, refund_days=2)
MARCH_2 = date(2026, 3, 2)


def test_selling_starts_the_period_today() -> None:
    # 30 days from 02.03 inclusive: 02.03 .. 31.03
    assert bought(PLAN, None, MARCH_2, Step.SELL) == Period(None, date(2026, 3, 31), 99900)


def test_selling_while_a_membership_runs_is_refused_saying_renew() -> None:
    with pytest.raises(NotAllowed, match="renew the membership") as caught:
        bought(PLAN, MARCH_2, MARCH_2, Step.SELL)  # it runs through today
    assert caught.value.code == "membership_active"


def test_renewing_early_extends_from_the_current_end() -> None:
    # ends 10.03; renewed on 02.03: 11.03 .. 09.04 (10.03 + 30 days)
    assert bought(PLAN, date(2026, 3, 10), MARCH_2, Step.RENEW).until == date(2026, 4, 9)


def test_renewing_on_the_last_day_extends_from_that_day() -> None:
    # ends today 02.03: the new period is 03.03 .. 01.04
    assert bought(PLAN, MARCH_2, MARCH_2, Step.RENEW).until == date(2026, 4, 1)


def test_renewing_after_expiry_starts_today() -> None:
    # ended 01.03, renewed on 02.03: 02.03 .. 31.03, the lapsed day is not bought back
    period = bought(PLAN, date(2026, 3, 1), MARCH_2, Step.RENEW)
    assert period == Period(date(2026, 3, 1), date(2026, 3, 31), 99900)
    # a sale after the lapse buys the same period: the step matters only while one runs
    assert bought(PLAN, date(2026, 3, 1), MARCH_2, Step.SELL) == period


def _refund(today: date, *, current: date | None, amount: int = 99900) -> date | None:
    period = Period(date(2026, 3, 10), date(2026, 4, 9), 99900)
    return refunded_until(
        period, sale_day=MARCH_2, current=current, today=today, amount=amount, plan=PLAN
    )


def test_a_refund_within_the_window_restores_the_old_end_date() -> None:
    # sold 02.03 with refund_days 2: refundable through 04.03
    assert _refund(date(2026, 3, 4), current=date(2026, 4, 9)) == date(2026, 3, 10)


def test_a_refund_outside_the_window_is_refused_naming_the_last_day() -> None:
    with pytest.raises(NotAllowed, match="until 2026-03-04") as caught:
        _refund(date(2026, 3, 5), current=date(2026, 4, 9))
    assert caught.value.code == "membership_refund_late"


def test_a_partial_refund_of_a_membership_is_refused() -> None:
    with pytest.raises(NotAllowed, match=r"in full only: refund 999\.00"):
        _refund(MARCH_2, current=date(2026, 4, 9), amount=50000)


def test_a_sale_a_later_renewal_built_on_is_refused() -> None:
    with pytest.raises(NotAllowed, match="refund the latest") as caught:
        _refund(MARCH_2, current=date(2026, 5, 9))
    assert caught.value.code == "membership_refund_not_latest"


def test_without_a_window_only_the_sale_day_may_refund() -> None:
    period = Period(None, date(2026, 3, 31), 99900)
    plan = MembershipPlan(fee=99900, period_days=30)
    kwargs = {"sale_day": MARCH_2, "current": date(2026, 3, 31), "amount": 99900, "plan": plan}
    assert refunded_until(period, today=MARCH_2, **kwargs) is None  # type: ignore[arg-type]
    with pytest.raises(NotAllowed):
        refunded_until(period, today=date(2026, 3, 3), **kwargs)  # type: ignore[arg-type]
