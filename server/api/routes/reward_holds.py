"""`POST /rewards/holds`, `/rewards/holds/{id}/commit`, `/rewards/holds/{id}/cancel`.

Before a counter gives a reward of the catalogue for points it holds the reward's price and
one unit of its stock here, then commits the hold with the reward's ledger entry id, or
cancels it if the reward was not recorded. Every call is idempotent on the hold's id. A hold
is a reservation of points like a sale's (it lasts as long, `POS_LOYALTY_RESERVATION_SECONDS`)
that also holds stock; the store applies the core's rules (`server.store.reward_holds`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import APIRouter, Request

from pos_loyalty.domain.rewards_catalogue import Reward
from pos_loyalty.wire.rewards import RewardHold, RewardHoldCommit, RewardHoldRequest
from server.api.deps import SessionDep, TerminalDep
from server.api.routes.redemptions import RESPONSES, ReservationId, hold_seconds, server_now
from server.api.wire_models import body, schema
from server.store import redemptions, reward_holds
from server.store.reward_holds import RewardHeld

if TYPE_CHECKING:
    HoldBody = RewardHoldRequest
    CommitBody = RewardHoldCommit
else:
    HoldBody = body(RewardHoldRequest)
    CommitBody = body(RewardHoldCommit)

router = APIRouter(tags=["rewards"])

REFUSALS = {
    "reward_out_of_stock": "none of this reward is left to give online: offer another one",
    "reward_too_few_points": "the member's points free at the server do not cover the price",
    "reward_refused": "this hold was cancelled: make a new hold for the reward",
}


def _response(found: RewardHeld) -> RewardHold:
    return RewardHold(
        reservation_id=found.reservation_id,
        member_id=found.member_id,
        reward_id=found.reward_id,
        state=found.state,
        granted=found.granted,
        points_available=found.points_available,
        stock_left=found.stock_left,
        expires_at=found.expires_at,
        entry_id=found.entry_id,
        code=found.code,
        message=REFUSALS.get(found.code, ""),
    )


@router.post("/rewards/holds", response_model=schema(RewardHold), responses=RESPONSES)
def hold(
    asked: HoldBody, terminal: TerminalDep, session: SessionDep, request: Request
) -> RewardHold:
    """Hold a reward's price of the member's points and one unit of its stock.

    Granted whole or refused (`granted` false, `code` says why: `reward_out_of_stock`,
    `reward_too_few_points`). The same hold id sent again answers the same.
    """
    now = server_now(request)
    reward = Reward(
        asked.reward_id,
        asked.reward_id,
        asked.points,
        stock=asked.stock,
        offline_share=asked.offline_share,
    )
    found = reward_holds.reserve_reward(
        session,
        terminal.id,
        asked.reservation_id,
        asked.member_id,
        reward,
        asked.day or now.date(),
        now,
        hold_seconds(request),
    )
    session.commit()
    return _response(found)


@router.post(
    "/rewards/holds/{reservation_id}/commit",
    response_model=schema(RewardHold),
    responses=RESPONSES,
)
def commit(
    reservation_id: ReservationId,
    committed: CommitBody,
    terminal: TerminalDep,
    session: SessionDep,
    request: Request,
) -> RewardHold:
    """Mark a hold used by the reward's ledger entry `entry_id` (it keeps its unit and price
    until that entry arrives with a push). Sent again with the same entry, it answers the same."""
    price = reward_holds.held(session, terminal.id, reservation_id).points
    now = server_now(request)
    redemptions.commit(session, terminal.id, reservation_id, committed.entry_id, price, now)
    session.commit()
    return _response(reward_holds.held(session, terminal.id, reservation_id))


@router.post(
    "/rewards/holds/{reservation_id}/cancel",
    response_model=schema(RewardHold),
    responses=RESPONSES,
)
def cancel(
    reservation_id: ReservationId, terminal: TerminalDep, session: SessionDep, request: Request
) -> RewardHold:
    """Release a hold whose reward was not recorded (an unknown id is remembered as such)."""
    redemptions.cancel(session, terminal.id, reservation_id, server_now(request))
    session.commit()
    return _response(reward_holds.held(session, terminal.id, reservation_id))
