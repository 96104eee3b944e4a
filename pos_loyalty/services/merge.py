"""Merging two members who turn out to be one customer (two cards, two registrations).

Everything moves to the kept member in one transaction: the other member's cards; their points,
lot by lot with each lot's activation and expiry dates (a `transfer` out of every open lot, which
names the lot, and a `transfer` in with the same dates), or their debt as a negative transfer;
and their qualifying spend of the tier window, day by day. The other member's record and ledger
stay, marked `merged_into` the kept member, so their history is still there and their old cards
now show the kept member. The outbox tells the central server; the audit log records who did it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TypeVar

from pos_loyalty.domain.cards import Card, validate_card_number
from pos_loyalty.domain.errors import NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind, Wallet
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.payloads import card_to_dict, member_to_dict, merger_to_dict
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, Book

_T = TypeVar("_T", int, date)
MAX_CHAIN = 50
"""How many merges in a row `current_member_id` follows before it gives up."""


@dataclass(frozen=True, slots=True)
class Merged:
    """What a merge did."""

    kept: Member
    other: Member
    cards: tuple[Card, ...]
    points: int
    spend: Minor
    wallet: Wallet


def merge_members(
    keep_card: str, other_card: str, *, uow: UnitOfWork, clock: Clock, actor: Actor
) -> Merged:
    """Move the member of `other_card` into the member of `keep_card` (see the module docstring)."""
    with uow:
        kept, other = _holder(uow, keep_card), _holder(uow, other_card)
        _check(kept, other)
        now, programme = clock(), require_programme(uow)
        cards = _move_cards(uow, other.id, kept.id)
        points, wallet = _move_points(uow, actor, now, programme, kept.id, other.id)
        spend = _move_spend(uow, programme.window_start(now.date()), other.id, kept.id)
        kept = merged_personal_data(kept, other)
        other = replace(other, merged_into=kept.id)
        uow.members.update(kept)
        uow.members.update(other)
        details = {
            "kept": kept.id,
            "other": other.id,
            "cards": [c.number for c in cards],
            "points": points,
            "spend": spend,
        }
        uow.outbox.add("member_updated", member_to_dict(kept))
        numbers = [c.number for c in cards]
        merged = merger_to_dict(kept.id, other.id, numbers, points, spend, now)
        uow.outbox.add("member_merged", merged)
        record_action(uow, actor, "member_merge", details, clock)
        uow.commit()
    return Merged(kept, other, cards, points, spend, wallet)


def merged_personal_data(kept: Member, other: Member) -> Member:
    """The kept member's data, with what only the other member had filled in."""
    starts = [d for d in (kept.registered_on, other.registered_on) if d is not None]
    return replace(
        kept,
        email=kept.email or other.email,
        birthday=kept.birthday or other.birthday,
        registered_on=min(starts) if starts else None,
        referrer_id=kept.referrer_id or other.referrer_id,
        referral_rewarded=kept.referral_rewarded or other.referral_rewarded,
        last_birthday_bonus_year=_latest(
            kept.last_birthday_bonus_year, other.last_birthday_bonus_year
        ),
        membership_until=_latest(kept.membership_until, other.membership_until),
        last_purchase_on=_latest(kept.last_purchase_on, other.last_purchase_on),
    )


def current_member_id(uow: UnitOfWork, member_id: str) -> str:
    """The member who holds `member_id`'s points now (itself unless it was merged away)."""
    current = member_id
    for _ in range(MAX_CHAIN):
        member = uow.members.get(current)
        if member is None or member.merged_into is None:
            return current
        current = member.merged_into
    raise NotAllowed(f"member {member_id} was merged more than {MAX_CHAIN} times in a row")


def records_of(uow: UnitOfWork, member_id: str) -> list[str]:
    """The member's id, then the ids of the members merged into it at any depth: one
    customer's records, whose history (rewards taken, purchases) counts as theirs."""
    found, todo = [member_id], [member_id]
    while todo:
        for other_id in uow.members.merged_from(todo.pop()):
            if other_id not in found:
                found.append(other_id)
                todo.append(other_id)
    return found


def _latest(a: _T | None, b: _T | None) -> _T | None:
    if a is None or b is None:
        return a if b is None else b
    return max(a, b)


def _holder(uow: UnitOfWork, number: str) -> Member:
    card = uow.cards.get(validate_card_number(number))
    if card is None:
        raise NotFound(f"card {number} is not known here: check the number")
    if card.member_id is None:
        raise NotAllowed(f"card {number} belongs to nobody: there is no member to merge")
    member = uow.members.get(card.member_id)
    if member is None:
        raise NotFound(f"card {number} points to a member that is missing: sync the terminal")
    return member


def _check(kept: Member, other: Member) -> None:
    if kept.id == other.id:
        raise NotAllowed("both cards belong to the same member: there is nothing to merge")
    for member in (kept, other):
        if member.is_erased:
            raise NotAllowed(f"member {member.id} was erased on request: it cannot be merged")
        if member.merged_into is not None:
            raise NotAllowed(f"member {member.id} was already merged into {member.merged_into}")


def _move_cards(uow: UnitOfWork, other_id: str, kept_id: str) -> tuple[Card, ...]:
    moved = []
    for card in uow.cards.of_member(other_id):
        rebound = replace(card, member_id=kept_id)
        uow.cards.update(rebound)
        uow.outbox.add("card_bound", card_to_dict(rebound))
        moved.append(rebound)
    return tuple(moved)


def _move_points(
    uow: UnitOfWork,
    actor: Actor,
    now: datetime,
    programme: Programme,
    kept_id: str,
    other_id: str,
) -> tuple[int, Wallet]:
    source = Book(uow, actor, other_id, now, programme.version)
    target = Book(uow, actor, kept_id, now, programme.version)
    source.expire_due()
    target.expire_due()
    into, origin = f"merged into member {kept_id}", f"merged from member {other_id}"
    moved = 0
    for lot in source.wallet.lots:
        out = source.post(EntryKind.TRANSFER, -lot.remaining, refers_to=lot.id, reason=into)
        target.post(
            EntryKind.TRANSFER,
            lot.remaining,
            refers_to=out.id,
            active_from=lot.active_from,
            expires_on=lot.expires_on,
            reason=origin,
        )
        moved += lot.remaining
    debt = source.wallet.debt
    if debt:
        out = source.post(EntryKind.TRANSFER, debt, reason=f"debt {into}")
        target.post(EntryKind.TRANSFER, -debt, refers_to=out.id, reason=f"debt {origin}")
        moved -= debt
    source.close()
    return moved, target.close()


def _move_spend(uow: UnitOfWork, first_day: date, other_id: str, kept_id: str) -> Minor:
    moved = 0
    for day, amount in uow.spend.by_day(other_id, first_day):
        if amount:
            uow.spend.add(other_id, day, -amount)
            uow.spend.add(kept_id, day, amount)
            moved += amount
    return moved
