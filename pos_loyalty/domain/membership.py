"""Paid club membership: the dates a fee buys, and what a refund of it puts back.

Dates are the store's local calendar and an end date is inclusive (the member has the
club's terms through that day):

- selling starts the period today: it ends on today + period_days - 1;
- renewing extends from the later of today and the current end: while the membership runs
  (end >= today) the new end is end + period_days; once it has lapsed, a renewal is a new
  sale starting today;
- a refund of a membership sale, within the refund window (its business day and
  `refund_days` days after it), cuts the end back exactly to what it was before that sale.
  Only the sale that set the current end can be refunded (a later renewal is refunded
  first), and only in full: half a period has no price in the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.money import Minor, format_money
from pos_loyalty.domain.programme import MembershipPlan, Programme


@dataclass(frozen=True, slots=True)
class Period:
    """What one membership sale changes: the end date before it and the end it buys."""

    before: date | None
    until: date
    fee: Minor


def is_active(until: date | None, today: date) -> bool:
    """Whether a membership ending on `until` gives the club's terms on `today`."""
    return until is not None and until >= today


def require_plan(programme: Programme) -> MembershipPlan:
    """The programme's membership plan, or a refusal saying where to set one up."""
    if programme.membership is None:
        raise NotAllowed(
            "the programme sells no club membership: set a fee and a period in the "
            "programme editor (membership) first",
            code="membership_no_plan",
        )
    return programme.membership


class Step(StrEnum):
    """What a fee buys: a new membership (refused while one runs) or a renewal."""

    SELL = "sell"
    RENEW = "renew"


def bought(plan: MembershipPlan, current: date | None, today: date, step: Step) -> Period:
    """The period a fee buys today; the step matters only while a membership runs.

    A lapsed (or no) membership starts today whichever the step; a running one is extended
    from its end by a renewal, and a sale of a new one is refused (renew it instead).
    """
    if not is_active(current, today):
        return Period(current, today + timedelta(days=plan.period_days - 1), plan.fee)
    assert current is not None
    if step is Step.SELL:
        raise NotAllowed(
            f"the member is a club member until {current.isoformat()}: renew the "
            "membership instead of selling a new one",
            code="membership_active",
            until=current.isoformat(),
        )
    return Period(current, current + timedelta(days=plan.period_days), plan.fee)


def refund_deadline(sale_day: date, plan: MembershipPlan | None) -> date:
    """The last day a membership sold on `sale_day` may be refunded."""
    return sale_day + timedelta(days=plan.refund_days if plan else 0)


def refunded_until(
    period: Period,
    *,
    sale_day: date,
    current: date | None,
    today: date,
    amount: Minor,
    plan: MembershipPlan | None,
) -> date | None:
    """The end date after refunding the sale of `period`; refuse what the rule forbids."""
    if amount != period.fee:
        raise NotAllowed(
            f"a membership is refunded in full only: refund {format_money(period.fee)}",
            code="membership_refund_partial",
            fee=period.fee,
        )
    last_day = refund_deadline(sale_day, plan)
    if today > last_day:
        raise NotAllowed(
            f"the membership could be refunded until {last_day.isoformat()}; after that "
            "it runs to its end: ask a manager for a goodwill adjustment instead",
            code="membership_refund_late",
            last_day=last_day.isoformat(),
        )
    if current != period.until:
        raise NotAllowed(
            "the membership was renewed or changed after this sale: refund the latest "
            "membership sale first",
            code="membership_refund_not_latest",
        )
    return period.before
