"""Checkout use cases: quote (a dry run) and commit (one transaction, then the slip)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from pos_loyalty.domain import fields
from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.challenges import Progress, after_sale
from pos_loyalty.domain.check_limits import check_total
from pos_loyalty.domain.checkout import (
    CheckLine,
    Quote,
    RedeemRequest,
    Terms,
    check_lines,
    quote,
    quote_without_member,
)
from pos_loyalty.domain.ledger import BonusReason, EntryKind
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.promotions import Promotion
from pos_loyalty.domain.reservations import Authorisation
from pos_loyalty.domain.sales import Sale
from pos_loyalty.domain.slip import Slip
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import authorise_action
from pos_loyalty.services.challenges import post_challenge_bonuses, quote_challenges
from pos_loyalty.services.lookup import (
    MemberView,
    Standing,
    require_programme,
    require_usable,
    standing_from,
    view_card,
)
from pos_loyalty.services.payloads import sale_to_dict
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, Book, activation_date, expiry_date, new_id
from pos_loyalty.services.rewards import reward_birthday, reward_referral
from pos_loyalty.services.slips import StoreHeader, keep, slip_for_sale


@dataclass(frozen=True, slots=True)
class Checkout:
    """A check to quote or commit.

    `redeem_limit` caps the points that may be redeemed for a reason outside the programme
    (the offline caps of a terminal that cannot reach the central server). `large_confirmed`
    says the cashier confirmed a check above the programme's large-check threshold.
    """

    card_number: str | None
    lines: tuple[CheckLine, ...]
    redeem: RedeemRequest = None
    receipt_no: str = ""
    override_redeem_cap: bool = False
    approved_by: str = ""
    redeem_limit: int | None = None
    redeem_limit_reason: str = ""
    redeem_limit_code: str = ""
    redeem_limit_values: tuple[tuple[str, str], ...] = ()
    large_confirmed: bool = False


@dataclass(frozen=True, slots=True)
class Committed:
    """A confirmed sale with what the slip needs."""

    sale: Sale
    quote: Quote
    view: MemberView | None
    balance_before: int
    balance_after: int
    pending_after: int
    standing_after: Standing | None
    extra_bonus: int
    slip: Slip | None = None
    redemption: Authorisation | None = None
    """How the redeemed points were authorised (online reservation or offline cap), if asked."""
    challenges: tuple[Progress, ...] = ()
    """The member's progress in the running challenges once the sale is recorded."""


def _terms(programme: Programme, view: MemberView, now: datetime, cmd: Checkout) -> Terms:
    assert view.member is not None and view.standing is not None
    membership = view.member.membership_until
    return Terms(
        tier=view.standing.tier,
        spendable=view.standing.spendable,
        membership_active=membership is not None and membership >= now.date(),
        promotions=view.offers,
        override_redeem_cap=cmd.override_redeem_cap,
        redeem_limit=cmd.redeem_limit,
        redeem_limit_reason=cmd.redeem_limit_reason,
        redeem_limit_code=cmd.redeem_limit_code,
        redeem_limit_values=cmd.redeem_limit_values,
        balance=view.standing.balance,
    )


def quote_checkout(cmd: Checkout, *, uow: UnitOfWork, clock: Clock) -> Quote:
    """Show what a checkout would do, with a reason for every rule; writes nothing."""
    with uow.read_only():
        if cmd.card_number is None:
            return quote_without_member(cmd.lines, require_programme(uow))
        view = view_card(uow, cmd.card_number, clock)
        require_usable(view)
        programme = require_programme(uow)
        now = clock()
        terms = _terms(programme, view, now, cmd)
        q = quote(programme, terms, cmd.lines, cmd.redeem)
        assert view.member is not None
        return quote_challenges(uow, programme, view.member.id, now.date(), q, cmd.lines)[0]


def redemption_wanted(cmd: Checkout, *, uow: UnitOfWork, clock: Clock) -> tuple[str, int] | None:
    """The member and the points this check would redeem now (None: it redeems nothing).

    The hook for online authorisation: the counter reserves these points at the server
    before `commit_checkout` (pos_loyalty.services.redemptions).
    """
    if cmd.card_number is None or not cmd.redeem:
        return None
    with uow.read_only():
        view = view_card(uow, cmd.card_number, clock)
        require_usable(view)
        assert view.member is not None
        programme = require_programme(uow)
        q = quote(programme, _terms(programme, view, clock(), cmd), cmd.lines, cmd.redeem)
    return (view.member.id, q.redeemed_points) if q.redeemed_points else None


def commit_checkout(
    cmd: Checkout,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None = None,
) -> Committed:
    """Record the sale, its ledger entries, the projection, the outbox and the slip at once."""
    with uow:
        result = record_checkout(cmd, uow=uow, clock=clock, actor=actor, store=store)
        uow.commit()
    return result


def record_checkout(
    cmd: Checkout,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None = None,
) -> Committed:
    """`commit_checkout` inside the caller's open transaction (which commits it).

    For a use case that records more in the same transaction: the till API keeps the till's
    check id beside the sale, so a repeated confirmation can never record a second sale.
    """
    now = clock()
    _confirmed(cmd, require_programme(uow))
    if cmd.card_number is None:
        return _record_without_card(cmd, uow, now, actor)
    approver = _override_allowed(cmd, uow, actor)
    result = _record_with_card(cmd, uow, now, actor)
    if approver is not None:
        details = {"sale_id": result.sale.id, "redeemed": result.sale.redeemed_points}
        record_action(uow, actor, "redeem_cap_override", details, clock, approver.id)
    slip = slip_for_sale(result, store or StoreHeader())
    if slip is not None:
        keep(uow, result.sale.id, result.sale.id, slip)
        result = replace(result, slip=slip)
    return result


def _override_allowed(cmd: Checkout, uow: UnitOfWork, actor: Actor) -> Staff | None:
    """A redemption over the cap needs a manager other than the person at the counter."""
    if not cmd.override_redeem_cap:
        return None
    approver = authorise_action(uow, actor, Action.REDEEM_OVER_CAP, approved_by=cmd.approved_by)
    assert approver is not None  # the rule is "always a second person"
    return approver


def _confirmed(cmd: Checkout, programme: Programme) -> None:
    """Refuse an implausible total, a large one the cashier has not confirmed, and text
    longer than the central server takes (it would never leave the outbox)."""
    fields.check_length(cmd.receipt_no, fields.RECEIPT_NO, "receipt_no")
    for line in cmd.lines:
        fields.check_length(line.category, fields.CATEGORY, "category")
    check_total(
        check_lines(cmd.lines, programme),
        max_check=programme.max_check_amount,
        large_check=programme.large_check_amount,
        confirmed=cmd.large_confirmed,
    )


def _record_without_card(cmd: Checkout, uow: UnitOfWork, now: datetime, actor: Actor) -> Committed:
    programme = require_programme(uow)
    q = quote_without_member(cmd.lines, programme)
    sale = _sale(cmd, q, now, actor, programme, None, None, "")
    uow.sales.add(sale)
    uow.outbox.add("sale", sale_to_dict(sale))
    return Committed(sale, q, None, 0, 0, 0, None, 0)


def _record_with_card(cmd: Checkout, uow: UnitOfWork, now: datetime, actor: Actor) -> Committed:
    assert cmd.card_number is not None
    view = view_card(uow, cmd.card_number, lambda: now)
    require_usable(view)
    assert view.member is not None and view.standing is not None
    member, programme, today = view.member, require_programme(uow), now.date()
    book = Book(uow, actor, member.id, now, programme.version, view.card.number)
    book.expire_due()
    balance_before = book.wallet.balance
    q = quote(programme, _terms(programme, view, now, cmd), cmd.lines, cmd.redeem)
    q, challenges = quote_challenges(uow, programme, member.id, today, q, cmd.lines)
    sale = _sale(
        cmd, q, now, actor, programme, member.id, view.card.number, view.standing.tier.name
    )
    uow.sales.add(sale)
    _post_sale(book, programme, sale, q, today)
    member, extra = _rewards(uow, actor, book, programme, member, sale, today)
    wallet = book.close()
    uow.spend.add(member.id, today, sale.paid)
    uow.members.update(replace(member, last_purchase_on=today))
    _use_offers(uow, q, member.id, sale.id, view.offers)
    uow.outbox.add("sale", sale_to_dict(sale))
    spend = view.standing.qualifying_spend + sale.paid
    offers = tuple(o for o in view.offers if not _used_up(o, q, member.id))
    after = standing_from(programme, member, wallet, spend, today, offers)
    progress = tuple(after_sale(p, cmd.lines) for p in challenges)
    return Committed(
        sale,
        q,
        view,
        balance_before,
        wallet.balance,
        wallet.pending(today),
        after,
        extra,
        challenges=progress,
    )


def _sale(
    cmd: Checkout,
    q: Quote,
    now: datetime,
    actor: Actor,
    programme: Programme,
    member_id: str | None,
    card: str | None,
    tier: str,
) -> Sale:
    return Sale(
        id=new_id(),
        terminal_id=actor.terminal_id,
        receipt_no=cmd.receipt_no,
        business_date=now.date(),
        created_at=now,
        lines=cmd.lines,
        total=q.total,
        discount=q.discount,
        redeemed_points=q.redeemed_points,
        redeemed_value=q.redeemed_value,
        paid=q.payable,
        earned_points=q.earned_points,
        bonus_points=q.bonus_points,
        member_id=member_id,
        card_number=card,
        staff_id=actor.staff_id,
        programme_version=programme.version,
        tier=tier,
    )


def _post_sale(book: Book, programme: Programme, sale: Sale, q: Quote, today: date) -> None:
    if q.redeemed_points:
        book.post(EntryKind.REDEEM, -q.redeemed_points, sale_id=sale.id, reason="redeemed")
    expires, active = expiry_date(programme, today), activation_date(programme, today)
    if q.earned_points:
        book.post(
            EntryKind.EARN,
            q.earned_points,
            sale_id=sale.id,
            expires_on=expires,
            active_from=active,
            reason="earned",
        )
    promotion = q.bonus_points - sum(c.points for c in q.challenges)
    if promotion:
        book.post(
            EntryKind.BONUS,
            promotion,
            sale_id=sale.id,
            expires_on=expires,
            active_from=active,
            reason=f"{BonusReason.PROMOTION.value}: {', '.join(q.promotions)}",
        )
    post_challenge_bonuses(book, q.challenges, sale.id, expires, active)


def _rewards(
    uow: UnitOfWork,
    actor: Actor,
    book: Book,
    programme: Programme,
    member: Member,
    sale: Sale,
    today: date,
) -> tuple[Member, int]:
    member, birthday = reward_birthday(book, programme, member, today)
    member, referral = reward_referral(uow, actor, book, programme, member, sale)
    return member, birthday + referral


def _use_offers(
    uow: UnitOfWork, q: Quote, member_id: str, sale_id: str, offers: tuple[Promotion, ...]
) -> None:
    for offer in offers:
        if _used_up(offer, q, member_id):
            uow.offers.mark_used(offer.code, member_id, sale_id)


def _used_up(offer: Promotion, q: Quote, member_id: str) -> bool:
    """A single-use personal offer this sale applied: it is gone after the sale."""
    return offer.single_use and offer.member_id == member_id and offer.code in q.promotions
