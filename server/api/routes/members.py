"""`GET /members/{id}/balance` and `GET /negative-balances`: points as the server sees them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query

from server.api.deps import ReadSessionDep, TerminalDep
from server.api.errors import error_responses
from server.api.schemas import BalanceResponse, NegativeBalance
from server.api.types import Day
from server.errors import NotFound
from server.models import members
from server.store.wallets import negative_balances, wallet_of

router = APIRouter(tags=["balances"])

MemberId = Annotated[str, Path(pattern=r"^[0-9A-Za-z._:-]{1,36}$")]


@router.get(
    "/members/{member_id}/balance",
    response_model=BalanceResponse,
    responses=error_responses(401, 404, 503),
)
def member_balance(
    member_id: MemberId,
    _terminal: TerminalDep,
    session: ReadSessionDep,
    day: Annotated[Day | None, Query(description="The store's date (default: today, UTC).")] = None,
) -> BalanceResponse:
    """Return a member's points from the entries of every terminal received so far.

    A terminal asks this before an online redemption; its own entries not pushed yet are not
    included.
    """
    known = session.execute(members.select().where(members.c.id == member_id)).first()
    if known is None:
        raise NotFound(f"member {member_id} is not on the server")
    wallet = wallet_of(session, member_id)
    today: date = day or datetime.now(UTC).date()
    return BalanceResponse(
        member_id=member_id,
        day=today,
        balance=wallet.balance,
        spendable=wallet.spendable(today),
        pending=wallet.pending(today),
        debt=wallet.debt,
    )


@router.get(
    "/negative-balances",
    response_model=list[NegativeBalance],
    responses=error_responses(401, 503),
)
def list_negative_balances(
    _terminal: TerminalDep,
    session: ReadSessionDep,
    limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
) -> list[NegativeBalance]:
    """List members whose balance is below zero, lowest first (flagged for the report)."""
    return [
        NegativeBalance(
            member_id=n.member_id,
            balance=n.balance,
            lowest=n.lowest,
            flagged_at=n.flagged_at,
            cards=list(n.cards),
        )
        for n in negative_balances(session, limit)
    ]
