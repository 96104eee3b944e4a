"""Personal offers: a promotion for one member, found by card, shown when the card is scanned.

A win-back offer ("x3 points on your next purchase until the 30th") is for a member who has
bought nothing for a while: giving one with `win_back_days` refuses a member whose last
purchase (or registration, if they never bought) is more recent than that. Giving an offer is
a manual action: it is written to the audit log in the same transaction. Offers live beside
the programme, not in it: they take effect at once and make no new programme version.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.domain.errors import InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.programme_checks import check_promotion
from pos_loyalty.domain.programme_io import promotion_to_dict
from pos_loyalty.domain.promotions import Promotion, Target
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor

AUDIT_ACTION = "offer"


@dataclass(frozen=True, slots=True)
class OfferHolder:
    """A member found by card, how long since they last bought, and their offers not used yet."""

    card_number: str
    member: Member
    last_seen: date | None
    days_inactive: int | None
    offers: tuple[Promotion, ...]


@dataclass(frozen=True, slots=True)
class PersonalOffer:
    """An offer to give the member holding `card_number` (its member_id is filled in)."""

    card_number: str
    offer: Promotion
    win_back_days: int = 0


def _holder(uow: UnitOfWork, card_number: str, today: date) -> OfferHolder:
    number = validate_card_number(card_number)
    card = uow.cards.get(number)
    if card is None:
        raise NotFound(f"card {number} is not known here: check the number")
    member = None if card.member_id is None else uow.members.get(card.member_id)
    if member is None:
        raise NotAllowed(f"card {number} is not registered to anyone: register it first")
    if member.merged_into is not None:
        raise NotAllowed(f"this member was merged into {member.merged_into}: use that member")
    seen = [d for d in (member.last_purchase_on, member.registered_on) if d is not None]
    last = max(seen) if seen else None
    days = None if last is None else (today - last).days
    offers = tuple(uow.offers.of_member(member.id))
    return OfferHolder(number, member, last, days, offers)


def member_offers(card_number: str, *, uow: UnitOfWork, clock: Clock) -> OfferHolder:
    """The member holding the card, with their days without a purchase and open offers."""
    with uow.read_only():
        return _holder(uow, card_number, clock().date())


def give_offer(
    cmd: PersonalOffer, *, uow: UnitOfWork, clock: Clock, actor: Actor
) -> tuple[Promotion, OfferHolder]:
    """Store the offer for the card's member (replacing one with the same code) and log it."""
    if cmd.win_back_days < 0:
        raise InvalidInput("a win-back offer needs 1 day or more", field="offer.win_back_days")
    today = clock().date()
    with uow:
        holder = _holder(uow, cmd.card_number, today)
        offer = replace(cmd.offer, target=Target.MEMBER, member_id=holder.member.id)
        check_promotion(offer, "offer")
        if offer.ends_on < today:
            raise InvalidInput(
                f"the offer ended on {offer.ends_on}: choose a last day from today on",
                field="offer.ends_on",
            )
        _check_win_back(holder, cmd.win_back_days)
        uow.offers.add(offer)
        details = {
            "member_id": holder.member.id,
            "card": holder.card_number,
            "win_back_days": cmd.win_back_days,
            "offer": promotion_to_dict(offer),
        }
        record_action(uow, actor, AUDIT_ACTION, details, clock)
        after = _holder(uow, cmd.card_number, today)
        uow.commit()
    return offer, after


def _check_win_back(holder: OfferHolder, days: int) -> None:
    if days == 0 or holder.days_inactive is None or holder.days_inactive >= days:
        return
    raise NotAllowed(
        f"the member's last purchase was {holder.days_inactive} days ago: a win-back offer "
        f"is for members with no purchase for {days} days or more"
    )
