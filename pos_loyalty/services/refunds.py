"""Refund and void use cases: partial refunds add up exactly; a void undoes the last sale.

A void names its sale: the counter shows `voidable_sale` to the cashier and passes its id to
`void_sale`, which checks the rule again in the same transaction, so a sale that stopped being
voidable in between (refunded, overtaken by a newer sale, another day) is refused.

Goods that come back with their own figures (a till's lines) are refunded by those figures
(`record_goods_refund`): the money paid for them, the points they earned, the points that paid
for them. The counter's refund by amount after such a refund counts what was already undone
(`refund_effect_after`), so the refunds of a sale still add up exactly to what it did.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from pos_loyalty.domain import fields
from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.errors import InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.refunds import (
    Cumulative,
    RefundEffect,
    ReturnedGoods,
    goods_refund_effect,
    refund_effect_after,
)
from pos_loyalty.domain.sales import Refund, Sale, SaleKind
from pos_loyalty.domain.slip import Slip
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import authorise_action
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.membership import restore_membership
from pos_loyalty.services.merge import current_member_id
from pos_loyalty.services.payloads import refund_to_dict
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, Book, expiry_date, new_id
from pos_loyalty.services.slips import StoreHeader, keep, slip_for_refund


@dataclass(frozen=True, slots=True)
class Refunded:
    """A recorded refund and the member's balance after it."""

    refund: Refund
    sale: Sale
    balance_after: int | None
    slip: Slip | None = None


def refund_sale(
    sale_id: str,
    amount: Minor,
    reason: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None = None,
    approved_by: str = "",
) -> Refunded:
    """Refund goods worth `amount` of a sale: reverse points earned, give back points redeemed.

    Above the refund limit a manager other than the person refunding approves (`approved_by`).
    """
    if not reason.strip():
        raise InvalidInput(
            "a refund needs a reason (for example: 'goods returned')", code="refund_no_reason"
        )
    fields.check_length(reason.strip(), fields.REASON, "reason")
    with uow:
        result = record_refund(
            sale_id,
            amount,
            reason,
            uow=uow,
            clock=clock,
            actor=actor,
            store=store,
            approved_by=approved_by,
        )
        uow.commit()
    return result


def record_refund(
    sale_id: str,
    amount: Minor,
    reason: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None = None,
    approved_by: str = "",
) -> Refunded:
    """`refund_sale` inside the caller's open transaction (which commits it; reason checked)."""
    approver = authorise_action(uow, actor, Action.REFUND, approved_by=approved_by, amount=amount)
    sale = _sale(uow, sale_id)
    effect = refund_effect_after(sale.figures, _undone(uow, sale), amount)
    result = _refund(uow, sale, effect, reason.strip(), clock, actor, is_void=False, store=store)
    _log(uow, actor, result, clock, approver.id if approver else "")
    return result


def record_goods_refund(
    sale_id: str,
    goods: ReturnedGoods,
    reason: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None = None,
    approved_by: str = "",
) -> Refunded:
    """Refund goods by their own figures inside the caller's open transaction (which commits).

    The approval policy is the counter's, on the goods' value.
    """
    fields.check_length(reason.strip(), fields.REASON, "reason")
    approver = authorise_action(
        uow, actor, Action.REFUND, approved_by=approved_by, amount=goods.amount
    )
    sale = _sale(uow, sale_id)
    effect = goods_refund_effect(sale.figures, _undone(uow, sale), goods)
    result = _refund(uow, sale, effect, reason.strip(), clock, actor, is_void=False, store=store)
    _log(uow, actor, result, clock, approver.id if approver else "")
    return result


def _undone(uow: UnitOfWork, sale: Sale) -> Cumulative:
    """What the refunds recorded so far have undone of the sale."""
    if not sale.refunded:
        return Cumulative(refunded=0, points_reversed=0, points_returned=0, money_returned=0)
    refunds = uow.sales.refunds_of(sale.id)
    return Cumulative(
        refunded=sale.refunded,
        points_reversed=sum(r.points_reversed for r in refunds),
        points_returned=sum(r.points_returned for r in refunds),
        money_returned=sum(r.money_returned for r in refunds),
    )


def voidable_sale(*, uow: UnitOfWork, clock: Clock, actor: Actor) -> Sale:
    """The sale a void at this terminal would undo now: its last sale, if it may still be voided."""
    with uow.read_only():
        sale = uow.sales.last_of_terminal(actor.terminal_id)
        if sale is None:
            raise NotFound("there is no sale on this terminal to void", code="void_no_sale")
        _require_voidable(uow, sale, actor, clock())
    return sale


def void_sale(
    sale_id: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None = None,
) -> Refunded:
    """Undo the sale `sale_id` in full, if it is still voidable (no reason needed; it is logged)."""
    with uow:
        sale = _sale(uow, sale_id)
        _require_voidable(uow, sale, actor, clock())
        effect = refund_effect_after(sale.figures, _undone(uow, sale), sale.total)
        result = _refund(uow, sale, effect, "void", clock, actor, is_void=True, store=store)
        _log(uow, actor, result, clock, "")
        uow.commit()
    return result


def void_last_sale(
    *, uow: UnitOfWork, clock: Clock, actor: Actor, store: StoreHeader | None = None
) -> Refunded:
    """Undo this terminal's last sale of today in full (no reason needed; it is logged)."""
    sale = voidable_sale(uow=uow, clock=clock, actor=actor)
    return void_sale(sale.id, uow=uow, clock=clock, actor=actor, store=store)


def _require_voidable(uow: UnitOfWork, sale: Sale, actor: Actor, now: datetime) -> None:
    """A void undoes the terminal's last sale, today, untouched: the customer is still there."""
    if sale.terminal_id != actor.terminal_id:
        raise NotAllowed(
            "the sale was made on another terminal: make a refund instead of a void",
            code="void_other_terminal",
        )
    if sale.business_date != now.date():
        raise NotAllowed(
            "the last sale was on another day: make a refund instead of a void",
            code="void_other_day",
        )
    if sale.refunded:
        raise NotAllowed(
            "the last sale was already (partly) refunded: make a refund instead",
            code="void_refunded",
        )
    last = uow.sales.last_of_terminal(actor.terminal_id)
    if last is None or last.id != sale.id:
        raise NotAllowed(
            "another sale was made on this terminal since: make a refund instead of a void",
            code="void_not_last",
        )


def _log(uow: UnitOfWork, actor: Actor, done: Refunded, clock: Clock, approved_by: str) -> None:
    r = done.refund
    details = {"sale_id": r.sale_id, "refund_id": r.id, "amount": r.amount, "reason": r.reason}
    record_action(uow, actor, "void" if r.is_void else "refund", details, clock, approved_by)


def _sale(uow: UnitOfWork, sale_id: str) -> Sale:
    sale = uow.sales.get(sale_id)
    if sale is None:
        raise NotFound(
            f"no sale {sale_id}: check the sale id in the history",
            code="sale_unknown",
            sale=sale_id,
        )
    return sale


def _refund(
    uow: UnitOfWork,
    sale: Sale,
    effect: RefundEffect,
    reason: str,
    clock: Clock,
    actor: Actor,
    *,
    is_void: bool,
    store: StoreHeader | None,
) -> Refunded:
    now = clock()
    amount = effect.amount
    balance_before = balance_after = None
    if sale.kind == SaleKind.MEMBERSHIP:  # a fee, not goods: it put no spend or points
        restore_membership(uow, sale, amount, now.date())
    if sale.member_id is not None:
        balance_before, balance_after = _reverse_points(uow, sale, effect, now, actor)
    if sale.member_id is not None and sale.counts_as_spend:
        holder = current_member_id(uow, sale.member_id)
        uow.spend.add(holder, sale.business_date, -effect.money_returned)
    refund = Refund(
        id=new_id(),
        sale_id=sale.id,
        terminal_id=actor.terminal_id,
        business_date=now.date(),
        created_at=now,
        amount=amount,
        points_reversed=effect.points_reversed,
        points_returned=effect.points_returned,
        money_returned=effect.money_returned,
        staff_id=actor.staff_id,
        reason=reason,
        is_void=is_void,
    )
    uow.sales.add_refund(refund)
    uow.sales.set_refunded(sale.id, effect.after.refunded)
    uow.outbox.add("refund", refund_to_dict(refund))
    done = Refunded(refund, replace(sale, refunded=effect.after.refunded), balance_after)
    slip = slip_for_refund(done, balance_before or 0, store or StoreHeader())
    if slip is not None:
        keep(uow, refund.id, sale.id, slip)
    return replace(done, slip=slip)


def _reverse_points(
    uow: UnitOfWork, sale: Sale, effect: RefundEffect, now: datetime, actor: Actor
) -> tuple[int, int]:
    assert sale.member_id is not None
    programme = require_programme(uow)
    holder = current_member_id(uow, sale.member_id)  # after a merge: the kept member
    book = Book(uow, actor, holder, now, programme.version, sale.card_number)
    book.expire_due()
    before = book.wallet.balance
    entries = [e for e in uow.ledger.of_sale(sale.id) if e.member_id == sale.member_id]
    earn = next((e.id for e in entries if e.kind == EntryKind.EARN), None)
    redeem = next((e.id for e in entries if e.kind == EntryKind.REDEEM), None)
    if effect.points_reversed:
        book.post(
            EntryKind.REVERSAL,
            -effect.points_reversed,
            sale_id=sale.id,
            refers_to=earn,
            reason="refund: points earned taken back",
        )
    if effect.points_returned:
        book.post(
            EntryKind.REVERSAL,
            effect.points_returned,
            sale_id=sale.id,
            refers_to=redeem,
            expires_on=expiry_date(programme, book.today),
            reason="refund: points redeemed given back",
        )
    return before, book.close().balance
