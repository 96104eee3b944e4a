"""A member's challenges: their progress read from the store, and the bonus a sale posts.

The progress is `domain.challenges.progress` over the member's sales of the running periods
(their own and those of members merged into them). A period's bonus counts as credited when a
sale of the period not refunded in full carries the challenge's bonus entry
(`challenge: <code> <first day>`): a refund in full of the completing sale takes the bonus back
and opens the period again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pos_loyalty.domain.challenges import (
    CHALLENGE_REASON,
    ChallengeBonus,
    Progress,
    bonus_reason,
    period,
    progress,
    with_challenges,
)
from pos_loyalty.domain.checkout import CheckLine, Quote
from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.merge import records_of
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Book


def progress_of(
    uow: UnitOfWork, programme: Programme, member_id: str, today: date
) -> tuple[Progress, ...]:
    """The member's progress in each challenge running today, inside an open transaction."""
    running = [(c, span) for c in programme.challenges if (span := period(c, today)) is not None]
    if not running:
        return ()
    first = min(span[0] for _c, span in running)
    members = records_of(uow, member_id)
    sales = [s for m in members for s in uow.sales.of_member_between(m, first, today)]
    credited = _credited(uow, sales)
    found = (
        progress(c, sales, today, bonus_reason(c.code, span[0]) in credited) for c, span in running
    )
    return tuple(p for p in found if p is not None)


def _credited(uow: UnitOfWork, sales: Iterable[Sale]) -> set[str]:
    """The reasons of the challenge bonuses carried by sales not refunded in full."""
    found: set[str] = set()
    for sale in sales:
        if sale.bonus_points <= 0 or sale.refunded >= sale.total:
            continue
        for entry in uow.ledger.of_sale(sale.id):
            if entry.kind == EntryKind.BONUS and entry.reason.startswith(f"{CHALLENGE_REASON}: "):
                found.add(entry.reason)
    return found


def quote_challenges(
    uow: UnitOfWork,
    programme: Programme,
    member_id: str,
    today: date,
    q: Quote,
    lines: tuple[CheckLine, ...],
) -> tuple[Quote, tuple[Progress, ...]]:
    """The quote with the bonuses of the challenges the check completes, and the progress
    before it (inside an open transaction)."""
    before = progress_of(uow, programme, member_id, today)
    return with_challenges(q, before, lines), before


def member_challenges(member_id: str, *, uow: UnitOfWork, clock: Clock) -> tuple[Progress, ...]:
    """The member's progress in the challenges running today (the counter's member panel)."""
    with uow.read_only():
        return progress_of(uow, require_programme(uow), member_id, clock().date())


def post_challenge_bonuses(
    book: Book,
    bonuses: Iterable[ChallengeBonus],
    sale_id: str,
    expires_on: date | None,
    active_from: date,
) -> None:
    """Post each challenge's bonus as its own entry of the sale (as a promotion's bonus)."""
    for bonus in bonuses:
        book.post(
            EntryKind.BONUS,
            bonus.points,
            sale_id=sale_id,
            expires_on=expires_on,
            active_from=active_from,
            reason=bonus.entry_reason,
        )
