"""Looking a member up: by card (what the counter shows on a scan), by phone or by name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from pos_loyalty.domain.cards import Card, CardState, validate_card_number
from pos_loyalty.domain.checkout import discount_percent
from pos_loyalty.domain.errors import NotAllowed, NotFound
from pos_loyalty.domain.ledger import Wallet
from pos_loyalty.domain.members import Member, phone_search_prefix
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme, Tier
from pos_loyalty.domain.promotions import Audience, Promotion, applicable
from pos_loyalty.services.ports import Clock, UnitOfWork


@dataclass(frozen=True, slots=True)
class Standing:
    """A member's points and tier on one day."""

    balance: int
    spendable: int
    pending: int
    expiring: tuple[tuple[date, int], ...]
    qualifying_spend: Minor
    tier: Tier
    next_tier: Tier | None
    to_next_tier: Minor | None
    discount_percent: Fraction
    """Tier, club and promotion discounts together, capped: the core's own sum."""
    membership_until: date | None


@dataclass(frozen=True, slots=True)
class MemberView:
    """What the counter shows when a card is scanned."""

    card: Card
    member: Member | None
    standing: Standing | None
    offers: tuple[Promotion, ...] = ()
    replaced_by: str | None = None

    @property
    def can_transact(self) -> bool:
        """True if the card may be used for a checkout."""
        return self.card.state == CardState.ACTIVE and self.member is not None


def standing_of(
    uow: UnitOfWork, programme: Programme, member: Member, wallet: Wallet, today: date
) -> Standing:
    """Compute the member's standing on `today` (expired lots no longer count)."""
    spend = uow.spend.since(member.id, programme.window_start(today))
    return standing_from(programme, member, wallet, spend, today)


def standing_from(
    programme: Programme,
    member: Member,
    wallet: Wallet,
    spend: Minor,
    today: date,
    offers: tuple[Promotion, ...] = (),
) -> Standing:
    """The standing for a known qualifying spend and the offers that apply (no storage)."""
    tier = programme.tier_for(spend)
    nxt = programme.next_tier(tier)
    expired = sum(lot.remaining for lot in wallet.expired(today))
    membership = member.membership_until
    club = membership is not None and membership >= today
    return Standing(
        balance=wallet.balance - expired,
        spendable=wallet.spendable(today),
        pending=wallet.pending(today),
        expiring=wallet.expiring(today),
        qualifying_spend=spend,
        tier=tier,
        next_tier=nxt,
        to_next_tier=None if nxt is None else nxt.threshold - spend,
        discount_percent=discount_percent(
            programme, tier, membership_active=club, promotions=offers
        ),
        membership_until=membership,
    )


def audience_of(member: Member, tier: Tier, programme: Programme) -> Audience:
    """What promotions need to know about this member."""
    return Audience(
        member_id=member.id,
        tier=tier.name,
        birthday=member.birthday,
        last_purchase_on=member.last_purchase_on,
        birthday_window_days=programme.bonuses.birthday_window_days,
        registered_on=member.registered_on,
    )


def require_programme(uow: UnitOfWork) -> Programme:
    """The current programme, or a clear error if none was set up."""
    programme = uow.programmes.current()
    if programme is None:
        raise NotFound(
            "no loyalty programme is set up: run 'pos-loyalty init' first", code="no_programme"
        )
    return programme


def view_card(uow: UnitOfWork, number: str, clock: Clock) -> MemberView:
    """Build the counter's view of a card inside an open transaction."""
    card = uow.cards.get(validate_card_number(number))
    if card is None:
        raise NotFound(
            f"card {number} is not known here: check the number or sync the terminal",
            code="card_unknown",
            card=number,
        )
    if card.member_id is None:
        return MemberView(card=card, member=None, standing=None)
    member = uow.members.get(card.member_id)
    if member is None:
        raise NotFound(
            f"card {number} points to a member that is missing: sync the terminal",
            code="card_member_missing",
            card=number,
        )
    programme = require_programme(uow)
    now = clock()
    today = now.date()
    spend = uow.spend.since(member.id, programme.window_start(today))
    promos = programme.promotions + tuple(uow.offers.of_member(member.id))
    offers = applicable(promos, audience_of(member, programme.tier_for(spend), programme), now)
    standing = standing_from(programme, member, uow.wallets.get(member.id), spend, today, offers)
    return MemberView(card, member, standing, offers, card.replaced_by)


def lookup_card(uow: UnitOfWork, number: str, clock: Clock) -> MemberView:
    """Look a card up in its own read transaction."""
    with uow.read_only():
        return view_card(uow, number, clock)


def find_members(uow: UnitOfWork, text: str, limit: int = 20) -> list[tuple[Member, list[Card]]]:
    """Find members by phone prefix (if the text is mostly digits) or by name prefix."""
    if not text.strip():
        return []
    with uow.read_only():
        found = match_members(uow, text, limit)
        cards = uow.cards.of_members([m.id for m in found])
        return [(m, cards[m.id]) for m in found]


def match_members(uow: UnitOfWork, text: str, limit: int) -> list[Member]:
    """Members by phone prefix (text mostly digits) or by name prefix, in an open transaction."""
    text = text.strip()
    if not text:
        return []
    digits = phone_search_prefix(text)
    if digits and len(digits) * 2 >= len(text.replace(" ", "")):
        return uow.members.find_by_phone(digits, limit)
    return uow.members.find_by_name(text, limit)


def require_usable(view: MemberView) -> None:
    """Refuse a card that allows nothing: blocked, replaced, or registered to nobody."""
    number = view.card.number
    if view.card.state == CardState.BLOCKED:
        who = view.member.name if view.member and view.member.name else ""
        why = view.card.block_reason or "lost"
        raise NotAllowed(
            f"card {number} is blocked ({why}); it belonged to {who or 'a member'}: "
            "nothing can be done with it, issue a new card",
            code="card_blocked" if who else "card_blocked_nameless",
            card=number,
            reason=why,
            member=who,
        )
    if view.card.state == CardState.REPLACED:
        raise NotAllowed(
            f"card {number} was replaced by card {view.replaced_by}: "
            "the balance is on the new card, scan that one",
            code="card_replaced",
            card=number,
            new_card=view.replaced_by or "",
        )
    if view.member is None:
        raise NotAllowed(
            f"card {number} is not registered to anyone: register it first",
            code="card_unregistered",
            card=number,
        )
