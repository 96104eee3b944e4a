"""`POST /redemptions`, `/redemptions/{id}/commit`, `/redemptions/{id}/cancel`: online redemption.

A terminal that reaches the server reserves the points a sale redeems before recording it,
commits the reservation with the sale's id afterwards, or cancels it if the sale failed. Every
call is idempotent on the reservation id. The rule of what may be reserved is the core's
(`pos_loyalty.domain.reservations`); the store applies it (`server.store.redemptions`).
The hold of an uncommitted reservation lasts `POS_LOYALTY_RESERVATION_SECONDS` (120 s).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Path, Request

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.reservations import DEFAULT_HOLD_SECONDS
from pos_loyalty.wire.redemptions import CommitRequest, Reservation, ReserveRequest
from server.api.deps import SessionDep, TerminalDep
from server.api.errors import error_responses
from server.api.schemas import ErrorBody
from server.api.wire_models import body, schema
from server.errors import ApiError
from server.store import redemptions as store

if TYPE_CHECKING:
    ReserveBody = ReserveRequest
    CommitBody = CommitRequest
else:
    ReserveBody = body(ReserveRequest)
    CommitBody = body(CommitRequest)

router = APIRouter(tags=["redemptions"])

HOLD_ENV = "POS_LOYALTY_RESERVATION_SECONDS"
ReservationId = Annotated[str, Path(pattern=r"^[0-9A-Za-z._:-]{1,36}$")]
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {
        "model": ErrorBody,
        "description": "The reservation id names another reservation, or it was cancelled.",
    }
}
RESPONSES = {**error_responses(400, 401, 404, 503), **CONFLICT}


def hold_seconds(request: Request) -> int:
    """How long an uncommitted reservation holds points (app setting, environment, default)."""
    configured = getattr(request.app.state, "reservation_seconds", None)
    if configured is None:
        configured = os.environ.get(HOLD_ENV) or DEFAULT_HOLD_SECONDS
    try:
        return int(configured)
    except ValueError:
        raise ApiError(
            f"{HOLD_ENV}={configured!r} is not a number of seconds: fix the server's setting"
        ) from None


def server_now(request: Request) -> datetime:
    """The server's time (an app may carry its own clock: tests move it past a timeout)."""
    clock = getattr(request.app.state, "clock", None)
    found: datetime = clock() if clock is not None else datetime.now(UTC)
    return found


def _response(found: store.Reserved) -> Reservation:
    refused = found.granted == 0
    message = (
        f"no points can be reserved: {found.available} available (other counters hold the "
        "rest); redeem fewer points or none"
        if refused
        else ""
    )
    return Reservation(
        reservation_id=found.reservation_id,
        member_id=found.member_id,
        state=found.state,
        requested=found.requested,
        granted=found.granted,
        available=found.available,
        points=found.points,
        refused=refused,
        expires_at=found.expires_at,
        sale_id=found.sale_id,
        message=message,
    )


@router.post("/redemptions", response_model=schema(Reservation), responses=RESPONSES)
def reserve(
    reserved: ReserveBody, terminal: TerminalDep, session: SessionDep, request: Request
) -> Reservation:
    """Reserve up to `points` of a member's points before a sale redeems them.

    Grants at most the member's spendable points on the server less what other reservations
    hold (`granted` 0 is a refusal; `available` says how many could be had). The same
    reservation id sent again answers the same.
    """
    now = server_now(request)
    day = reserved.day or now.date()
    try:
        found = store.reserve(
            session,
            terminal.id,
            reserved.reservation_id,
            reserved.member_id,
            reserved.points,
            day,
            now,
            hold_seconds(request),
        )
    except InvalidInput as exc:
        raise ApiError(str(exc)) from None
    session.commit()
    return _response(found)


@router.post(
    "/redemptions/{reservation_id}/commit", response_model=schema(Reservation), responses=RESPONSES
)
def commit(
    reservation_id: ReservationId,
    committed: CommitBody,
    terminal: TerminalDep,
    session: SessionDep,
    request: Request,
) -> Reservation:
    """Mark a reservation used by the recorded sale `sale_id`, which redeemed `points`.

    The reservation then holds those points until the sale's redeem entry arrives with a push.
    Sent again with the same sale, it answers the same.
    """
    found = store.commit(
        session,
        terminal.id,
        reservation_id,
        committed.sale_id,
        committed.points,
        server_now(request),
    )
    session.commit()
    return _response(found)


@router.post(
    "/redemptions/{reservation_id}/cancel", response_model=schema(Reservation), responses=RESPONSES
)
def cancel(
    reservation_id: ReservationId, terminal: TerminalDep, session: SessionDep, request: Request
) -> Reservation:
    """Release a reservation whose sale was not recorded (an unknown id is remembered as such)."""
    found = store.cancel(session, terminal.id, reservation_id, server_now(request))
    session.commit()
    return _response(found)
