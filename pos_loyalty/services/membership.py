"""Paid club membership use cases: offer, sell, renew, and what a refund of one puts back.

`sell_membership` sells and renews: the step is its parameter, since the two differ only in
the period the fee buys (`domain.membership.bought`). It records the fee as a sale of its own
kind (`SaleKind.MEMBERSHIP`), the member's new end date and the outbox rows in one
transaction: a crash leaves either all of it or none. The fee earns no points and is not
qualifying spend (it buys terms, not goods). A membership sale is refunded through the
ordinary refund path (`refunds.refund_sale`, `void_sale`), guarded by the approval policy like
any refund; that path calls `restore_membership` here to cut the end date back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from pos_loyalty.domain import fields
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.membership import (
    Period,
    Step,
    bought,
    is_active,
    refunded_until,
    require_plan,
)
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.sales import Sale, SaleKind
from pos_loyalty.domain.slip import Slip
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.lookup import require_programme, require_usable, view_card
from pos_loyalty.services.merge import current_member_id
from pos_loyalty.services.payloads import member_to_dict, sale_to_dict
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, new_id
from pos_loyalty.services.slips import StoreHeader, keep, slip_for_membership

__all__ = [
    "MEMBERSHIP_CATEGORY",
    "MembershipOffer",
    "MembershipSold",
    "Step",
    "membership_offer",
    "restore_membership",
    "sell_membership",
]

MEMBERSHIP_CATEGORY = "membership"
"""The category of a membership sale's one line (reports tell the fee from goods by it)."""


@dataclass(frozen=True, slots=True)
class MembershipOffer:
    """What the counter shows before confirming: the fee, the period and the new end date."""

    card_number: str
    member_name: str
    step: Step
    fee: Minor
    period_days: int
    current_until: date | None
    new_until: date
    active: bool


@dataclass(frozen=True, slots=True)
class MembershipSold:
    """A recorded membership sale, the member after it and the slip."""

    sale: Sale
    member: Member
    slip: Slip | None = None


def _step(member: Member) -> Step:
    """A member who has had a membership renews it (a lapsed one restarts today)."""
    return Step.RENEW if member.membership_until is not None else Step.SELL


def membership_offer(card_number: str, *, uow: UnitOfWork, clock: Clock) -> MembershipOffer:
    """What selling or renewing the membership on this card would do today; writes nothing."""
    with uow.read_only():
        view = view_card(uow, card_number, clock)
        require_usable(view)
        assert view.member is not None
        member, today = view.member, clock().date()
        step = _step(member)
        programme = require_programme(uow)
        plan = require_plan(programme)
        period = bought(plan, member.membership_until, today, step)
    return MembershipOffer(
        card_number=view.card.number,
        member_name=member.name,
        step=step,
        fee=plan.fee,
        period_days=plan.period_days,
        current_until=member.membership_until,
        new_until=period.until,
        active=is_active(member.membership_until, today),
    )


def sell_membership(
    card_number: str,
    *,
    step: Step = Step.SELL,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    receipt_no: str = "",
    store: StoreHeader | None = None,
) -> MembershipSold:
    """Sell a membership from today (refused while one runs), or renew it (`Step.RENEW`)."""
    fields.check_length(receipt_no, fields.RECEIPT_NO, "receipt_no")
    with uow:
        now = clock()
        view = view_card(uow, card_number, lambda: now)
        require_usable(view)
        assert view.member is not None
        programme = require_programme(uow)
        plan = require_plan(programme)
        period = bought(plan, view.member.membership_until, now.date(), step)
        sale = _sale(period, view.member, view.card.number, programme, now, actor, receipt_no)
        member = replace(view.member, membership_until=period.until)
        uow.sales.add(sale)
        uow.members.update(member)
        uow.outbox.add("sale", sale_to_dict(sale))
        uow.outbox.add("member_updated", member_to_dict(member))
        details = {"sale_id": sale.id, "member": member.id, "until": period.until.isoformat()}
        record_action(uow, actor, f"membership_{step.value}", details, clock)
        balance = uow.wallets.get(member.id).balance
        slip = slip_for_membership(sale, balance, store or StoreHeader())
        keep(uow, sale.id, sale.id, slip)
        uow.commit()
    return MembershipSold(sale, member, slip)


def _sale(
    period: Period,
    member: Member,
    card: str,
    programme: Programme,
    now: datetime,
    actor: Actor,
    receipt_no: str,
) -> Sale:
    return Sale(
        id=new_id(),
        terminal_id=actor.terminal_id,
        receipt_no=receipt_no,
        business_date=now.date(),
        created_at=now,
        lines=(CheckLine(period.fee, MEMBERSHIP_CATEGORY),),
        total=period.fee,
        discount=0,
        redeemed_points=0,
        redeemed_value=0,
        paid=period.fee,
        earned_points=0,
        member_id=member.id,
        card_number=card,
        staff_id=actor.staff_id,
        programme_version=programme.version,
        kind=SaleKind.MEMBERSHIP,
        membership_before=period.before,
        membership_until=period.until,
    )


def restore_membership(uow: UnitOfWork, sale: Sale, amount: Minor, today: date) -> None:
    """Cut the member's end date back to what it was before this membership sale.

    Called by the refund path in its transaction; refuses a partial refund, one after the
    window, or one of a sale a later renewal has built on.
    """
    if sale.member_id is None or sale.membership_until is None:
        raise NotAllowed("this membership sale names no member: it cannot be refunded here")
    holder = uow.members.get(current_member_id(uow, sale.member_id))
    if holder is None:
        raise NotAllowed("the member of this membership sale is missing: sync the terminal")
    period = Period(sale.membership_before, sale.membership_until, sale.total)
    until = refunded_until(
        period,
        sale_day=sale.business_date,
        current=holder.membership_until,
        today=today,
        amount=amount if not sale.refunded else 0,
        plan=require_programme(uow).membership,
    )
    member = replace(holder, membership_until=until)
    uow.members.update(member)
    uow.outbox.add("member_updated", member_to_dict(member))
