"""Rewards for points at the counter: what a member can take today, giving one, refunding it.

A reward of the programme's catalogue (pos_loyalty.domain.rewards_catalogue) is given as one
ledger entry of its own kind (`reward`, the reward's id in `refers_to`) that spends its price
from the lots that expire first, in one transaction with the projection, the outbox and the
slip. Giving follows the counter's reserve-record-commit protocol (services/redemptions.py):

1. the reward is checked as it would be recorded (its window, the stock known here, the
   member's spendable points);
2. the terminal's `RewardAuthoriser` holds the price and a unit of stock at the central
   server (offline: the caps and this terminal's share) and says whether it may be given;
3. the entry is recorded, everything checked again inside the transaction;
4. the hold is committed with the entry's id, or cancelled when nothing was recorded.

`refund_reward` undoes one exactly: the points come back as a new lot (as a refund of a sale
gives back redeemed points) and the unit goes back to the stock, since the stock counts only
the reward entries that no reversal refers to. The refund follows the refund policy and is
written to the audit log. What a member took lately and may give back is listed by
services/rewards_taken.py (with `rewards_for`, for the counter's dialog).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.errors import NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.rewards_catalogue import (
    REWARD_GIVEN,
    REWARD_OFFLINE,
    REWARD_REFUNDED,
    Reward,
    RewardAuthorisation,
    offline_share_left,
    require_available,
    stock_left,
)
from pos_loyalty.domain.slip import Slip
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import authorise_action
from pos_loyalty.services.lookup import require_programme, require_usable, view_card
from pos_loyalty.services.merge import current_member_id
from pos_loyalty.services.ports import Clock, RewardAuthoriser, UnitOfWork
from pos_loyalty.services.posting import Actor, Book, expiry_date, new_id
from pos_loyalty.services.rewards_taken import (
    RewardTaken,
    refundable,
    reward_name,
    taken_recently,
)
from pos_loyalty.services.slips import StoreHeader, keep, slip_for_reward


@dataclass(frozen=True, slots=True)
class OnOffer:
    """A reward and what is left of its stock as this terminal knows it (None: no stock)."""

    reward: Reward
    left: int | None


@dataclass(frozen=True, slots=True)
class MemberRewards:
    """The rewards a member can take today, with the points they can spend."""

    card_number: str
    member_name: str
    spendable: int
    balance: int
    rewards: tuple[OnOffer, ...]
    taken: tuple[RewardTaken, ...] = ()
    """What the member took lately and may give back, newest first (`rewards_taken`)."""


@dataclass(frozen=True, slots=True)
class RewardGiven:
    """A reward recorded: its entry, the balance before and after, how it was authorised."""

    entry: LedgerEntry
    reward: Reward
    balance_before: int
    balance_after: int
    slip: Slip | None = None
    authorisation: RewardAuthorisation | None = None


@dataclass(frozen=True, slots=True)
class RewardRefunded:
    """A reward given back: the reward's entry, the entry returning its points, the balance."""

    given: LedgerEntry
    returned: LedgerEntry
    reward_name: str
    balance_after: int
    slip: Slip | None = None


def catalogue(*, uow: UnitOfWork) -> tuple[OnOffer, ...]:
    """Every reward of the programme in force, with its stock left as known here."""
    with uow.read_only():
        return tuple(_on_offer(uow, r) for r in require_programme(uow).rewards)


def rewards_for(card_number: str, *, uow: UnitOfWork, clock: Clock) -> MemberRewards:
    """The rewards the card's member can take today (in their window, in stock, affordable),
    and the ones they took lately and may give back."""
    with uow.read_only():
        view = view_card(uow, card_number, clock)
        require_usable(view)
        assert view.member is not None and view.standing is not None
        today, spendable = clock().date(), view.standing.spendable
        offers = [_on_offer(uow, r) for r in require_programme(uow).rewards]
        taken = taken_recently(uow, view.member.id, today)
    return MemberRewards(
        view.card.number,
        view.member.name,
        spendable,
        view.standing.balance,
        tuple(o for o in offers if o.reward.why_not(today, spendable, o.left) is None),
        taken,
    )


def _on_offer(uow: UnitOfWork, reward: Reward) -> OnOffer:
    return OnOffer(reward, stock_left(reward, uow.ledger.rewards_given(reward.id)))


def redeem_reward(
    card_number: str,
    reward_id: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    authoriser: RewardAuthoriser | None = None,
    store: StoreHeader | None = None,
) -> RewardGiven:
    """Give the card's member a reward for its points (see the module docstring's steps)."""
    with uow.read_only():
        member_id, _card, reward = _checked(uow, card_number, reward_id, clock(), actor, False)
    authorisation = None if authoriser is None else authoriser.reserve(new_id(), member_id, reward)
    if authorisation is not None and not authorisation.allowed:
        params: dict[str, str | int] = {"reward": reward.name, **dict(authorisation.values)}
        raise NotAllowed(
            f"the reward '{reward.name}' cannot be given now: {authorisation.reason}",
            code=authorisation.code or "reward_refused",
            **params,
        )
    hold = authorisation.hold_id if authorisation is not None else ""
    offline = authorisation is not None and authorisation.offline
    try:
        with uow:
            given = _record(uow, card_number, reward_id, clock, actor, store, offline=offline)
            uow.commit()
    except BaseException:
        if authoriser is not None and hold:
            authoriser.cancel(hold)
        raise
    if authoriser is not None and hold:
        authoriser.commit(hold, given.entry.id)
    return replace(given, authorisation=authorisation)


def _checked(
    uow: UnitOfWork, card_number: str, reward_id: str, now: datetime, actor: Actor, offline: bool
) -> tuple[str, str, Reward]:
    """The member, the card and the reward, refused if it cannot be given now (inside a
    transaction); `offline`: it must come out of this terminal's offline share."""
    view = view_card(uow, card_number, lambda: now)
    require_usable(view)
    assert view.member is not None
    reward = _reward(require_programme(uow), reward_id)
    left = stock_left(reward, uow.ledger.rewards_given(reward.id))
    require_available(
        reward, now.date(), uow.wallets.get(view.member.id).spendable(now.date()), left
    )
    if offline:
        given_here = uow.ledger.rewards_given_offline(reward.id, actor.terminal_id)
        share = offline_share_left(reward, given_here)
        if share is not None and share < 1:
            raise NotAllowed(
                f"offline: this terminal gave its share of '{reward.name}' "
                f"({reward.offline_share}); the server must answer for more",
                code="reward_offline_share",
                reward=reward.name,
                share=reward.offline_share,
            )
    return view.member.id, view.card.number, reward


def _reward(programme: Programme, reward_id: str) -> Reward:
    reward = programme.reward(reward_id)
    if reward is None:
        raise NotFound(
            f"there is no reward '{reward_id}' in programme version {programme.version}: "
            "list the rewards to see their ids",
            code="reward_unknown",
            reward=reward_id,
        )
    return reward


def _record(
    uow: UnitOfWork,
    card_number: str,
    reward_id: str,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None,
    *,
    offline: bool,
) -> RewardGiven:
    now = clock()
    member_id, card, reward = _checked(uow, card_number, reward_id, now, actor, offline)
    programme = require_programme(uow)
    book = Book(uow, actor, member_id, now, programme.version, card)
    book.expire_due()
    before = book.wallet.balance
    entry = book.post(
        EntryKind.REWARD,
        -reward.points,
        refers_to=reward.id,
        reason=REWARD_OFFLINE if offline else REWARD_GIVEN,
    )
    wallet = book.close()
    slip = slip_for_reward(
        entry, reward.name, before, wallet.balance, wallet.expiring(now.date()), store
    )
    if slip is not None:
        keep(uow, entry.id, entry.id, slip)
    return RewardGiven(entry, reward, before, wallet.balance, slip)


def refund_reward(
    entry_id: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None = None,
    approved_by: str = "",
) -> RewardRefunded:
    """Give a reward's points back as a new lot and its unit back to the stock (once only).

    The refund policy applies to the points' value (above the refund limit a manager other
    than the person refunding approves); the refund is written to the audit log.
    """
    with uow:
        given = refundable(uow, entry_id)
        programme = require_programme(uow)
        value = -given.points * programme.point_value
        approver = authorise_action(
            uow, actor, Action.REFUND, approved_by=approved_by, amount=value
        )
        holder = current_member_id(uow, given.member_id)  # after a merge: the kept member
        book = Book(uow, actor, holder, clock(), programme.version, given.card_number)
        book.expire_due()
        before = book.wallet.balance
        returned = book.post(
            EntryKind.REVERSAL,
            -given.points,
            refers_to=given.id,
            expires_on=expiry_date(programme, book.today),
            reason=REWARD_REFUNDED,
        )
        wallet = book.close()
        name = reward_name(uow, programme, given)
        details = {
            "entry_id": given.id,
            "reward_id": given.refers_to or "",
            "points": -given.points,
        }
        record_action(
            uow, actor, "reward_refunded", details, clock, approver.id if approver else ""
        )
        expiring = wallet.expiring(book.today)
        slip = slip_for_reward(returned, name, before, wallet.balance, expiring, store)
        if slip is not None:
            keep(uow, returned.id, given.id, slip)
        uow.commit()
    return RewardRefunded(given, returned, name, wallet.balance, slip)
