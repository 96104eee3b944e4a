"""Manual point changes and the expiry run."""

from __future__ import annotations

from collections.abc import Callable

from pos_loyalty.domain import fields
from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.ledger import EntryKind, Wallet
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.bonuses import manual_points_allowed
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.members import get_member
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, Book, expiry_date

ADJUST_REASONS = ("review bonus", "complaint", "correction", "other")


def adjust_balance(
    member_id: str,
    points: int,
    reason: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    approved_by: str = "",
    card_number: str | None = None,
) -> Wallet:
    """Add (positive) or remove (negative) points by hand, with a reason, logged for audit.

    Allowed by the approval policy (a manager; a second one above the limit); the card used to
    find the member, if any, must allow it.
    """
    if not reason.strip():
        raise InvalidInput(
            "an adjustment needs a reason: say why the balance changes", code="adjust_no_reason"
        )
    fields.check_length(reason, fields.REASON, "reason")
    if points == 0:
        raise InvalidInput(
            "an adjustment of 0 points changes nothing: give a number like 50 or -50",
            code="adjust_zero",
        )
    with uow:
        approver = manual_points_allowed(
            uow, actor, Action.ADJUST, points, approved_by, member_id, card_number, clock
        )
        member = get_member(uow, member_id)
        programme = require_programme(uow)
        book = Book(uow, actor, member.id, clock(), programme.version)
        book.expire_due()
        if points < 0 and -points > book.wallet.balance:
            raise NotAllowed(
                f"the balance is {book.wallet.balance}: at most {max(book.wallet.balance, 0)} "
                "points can be removed",
                code="adjust_over_balance",
                balance=book.wallet.balance,
                most=max(book.wallet.balance, 0),
            )
        book.post(
            EntryKind.ADJUST,
            points,
            expires_on=expiry_date(programme, book.today),
            reason=reason.strip(),
        )
        wallet = book.close()
        record_action(
            uow,
            actor,
            "adjust",
            {"member_id": member.id, "points": points, "reason": reason.strip()},
            clock,
            approver.id if approver else "",
        )
        uow.commit()
    return wallet


def expire_points(
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    batch: int = 500,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write expire entries for every lot gone by today, a batch of members per transaction."""
    total = members = 0
    while True:
        with uow:
            now = clock()
            programme = require_programme(uow)
            due = uow.wallets.due_to_expire(now.date(), batch)
            for member_id in due:
                book = Book(uow, actor, member_id, now, programme.version)
                total += book.expire_due()
                book.close()
            uow.commit()
        members += len(due)
        if progress is not None:
            progress(members, total)
        if len(due) < batch:
            return total
