"""Manual bonuses and balance corrections, with a reason from a list and a second approval.

A manager adds points for a review or to make up for a complaint, or corrects a balance (either
way) for a reason from the list, or for `other` with a text saying why. Above the approval limit
(the setting `adjust_approval_limit`, 500 points unless set) a second manager must approve: the
use case takes `approved_by` (a staff id) and the approval policy (`domain.approvals`) refuses
without it, or when the approver is not an active manager or is the person acting. A card that
is blocked or replaced allows nothing. Every such action is written to the audit log.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pos_loyalty.domain.approvals import DEFAULT_POINTS_LIMIT, Action
from pos_loyalty.domain.errors import InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Wallet
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import (
    POINTS_LIMIT_KEY,
    approval_limits,
    authorise_action,
    set_limit,
)
from pos_loyalty.services.lookup import require_programme, require_usable, view_card
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, Book, expiry_date

APPROVAL_LIMIT_KEY = POINTS_LIMIT_KEY
DEFAULT_APPROVAL_LIMIT = DEFAULT_POINTS_LIMIT


class ManualReason(enum.StrEnum):
    """Why points are added or removed by hand."""

    REVIEW = "review"
    COMPLAINT = "complaint"
    CORRECTION = "correction"
    OTHER = "other"


BONUS_REASONS = (ManualReason.REVIEW, ManualReason.COMPLAINT)
"""Reasons that only ever add points (posted as bonuses; the others as adjustments)."""


@dataclass(frozen=True, slots=True)
class ManualPoints:
    """Points to add (positive) or remove (negative) by hand."""

    member_id: str
    points: int
    reason: ManualReason
    text: str = ""
    approved_by: str = ""
    card_number: str | None = None
    """The card scanned or typed to find the member: it must allow it (not blocked)."""


@dataclass(frozen=True, slots=True)
class PointsGiven:
    """The entry written, the member's wallet after it, and who approved it (if anyone)."""

    entry: LedgerEntry
    wallet: Wallet
    approver: Staff | None


def give_points(cmd: ManualPoints, *, uow: UnitOfWork, clock: Clock, actor: Actor) -> PointsGiven:
    """Post a manual bonus or correction, checked against the approval limit, and log it."""
    text = " ".join(cmd.text.split())
    _check_command(cmd, text)
    action = Action.BONUS if cmd.reason in BONUS_REASONS else Action.ADJUST
    with uow:
        approver = manual_points_allowed(
            uow, actor, action, cmd.points, cmd.approved_by, cmd.member_id, cmd.card_number, clock
        )
        member = uow.members.get(cmd.member_id)
        if member is None:
            raise NotFound(f"no member with id {cmd.member_id}")
        if member.merged_into is not None:
            raise NotAllowed(f"this member was merged into {member.merged_into}: use that member")
        programme = require_programme(uow)
        book = Book(uow, actor, member.id, clock(), programme.version)
        book.expire_due()
        if cmd.points < 0 and -cmd.points > book.wallet.balance:
            raise NotAllowed(
                f"the balance is {book.wallet.balance}: at most "
                f"{max(book.wallet.balance, 0)} points can be removed"
            )
        kind = EntryKind.BONUS if cmd.reason in BONUS_REASONS else EntryKind.ADJUST
        reason = f"{cmd.reason.value}: {text}" if text else cmd.reason.value
        entry = book.post(
            kind, cmd.points, expires_on=expiry_date(programme, book.today), reason=reason
        )
        wallet = book.close()
        details = {
            "member_id": member.id,
            "points": cmd.points,
            "reason": cmd.reason.value,
            "text": text,
            "entry_id": entry.id,
        }
        record_action(uow, actor, kind.value, details, clock, approver.id if approver else "")
        uow.commit()
    return PointsGiven(entry, wallet, approver)


def approval_limit(uow: UnitOfWork) -> int:
    """Points a manual change may reach without a second manager (inside a transaction)."""
    return approval_limits(uow).points


def set_approval_limit(
    points: int, *, uow: UnitOfWork, clock: Clock, actor: Actor, approved_by: str = ""
) -> int:
    """Change the approval limit (raising it needs a second manager); the change is logged."""
    return set_limit(
        POINTS_LIMIT_KEY, points, uow=uow, clock=clock, actor=actor, approved_by=approved_by
    )


def manual_points_allowed(
    uow: UnitOfWork,
    actor: Actor,
    action: Action,
    points: int,
    approved_by: str,
    member_id: str,
    card_number: str | None,
    clock: Clock,
) -> Staff | None:
    """The policy's answer for points by hand, and the card used must allow it (not blocked)."""
    approver = authorise_action(uow, actor, action, approved_by=approved_by, amount=abs(points))
    if card_number is not None:
        view = view_card(uow, card_number, clock)
        require_usable(view)
        if view.member is None or view.member.id != member_id:
            raise NotAllowed(f"card {card_number} is not this member's card")
    return approver


def _check_command(cmd: ManualPoints, text: str) -> None:
    if cmd.points == 0:
        raise InvalidInput("0 points changes nothing: give a number like 50 or -50")
    if cmd.reason == ManualReason.OTHER and not text:
        raise InvalidInput("the reason 'other' needs a text saying why")
    if cmd.reason in BONUS_REASONS and cmd.points < 0:
        raise InvalidInput(
            f"a {cmd.reason.value} bonus adds points: to remove points use 'correction'"
        )
