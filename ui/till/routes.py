"""The till API's routes: read the request, call the core's use case, answer its figures.

No arithmetic here: the figures come from `pos_loyalty.services.till`, the words of a refusal
from the core's error (`answers.py` turns both into JSON).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from pos_loyalty.services.staff import approve_as_manager
from pos_loyalty.services.till import (
    TillCheck,
    TillLine,
    calculate_till_check,
    cancel_till_check,
    confirm_till_check,
)
from pos_loyalty.services.till_counter import look_at_till_check
from pos_loyalty.services.till_refunds import LineReturn, refund_till_lines
from ui.till.answers import (
    calculation_json,
    confirmed_json,
    look_json,
    record_json,
    refund_json,
)
from ui.till.context import TillContext, require_token
from ui.till.redeeming import authoriser, quote_limit
from ui.till.schemas import CalculateIn, ConfirmIn, RefundIn

router = APIRouter(prefix="/v1", dependencies=[Depends(require_token)])


def _context(request: Request) -> TillContext:
    context: TillContext = request.app.state.till
    return context


ContextDep = Annotated[TillContext, Depends(_context)]


@router.post("/checks/calculate", summary="Quote a check line by line")
def calculate(body: CalculateIn, ctx: ContextDep) -> dict[str, Any]:
    """The member, tier and balance, and each line's discount and points, in kopecks."""
    check = TillCheck(
        check_id=body.check_id,
        lines=tuple(TillLine(**line.model_dump()) for line in body.lines),
        card_number=body.card_number or None,
        redeem=body.redeem,
    )
    done = calculate_till_check(check, uow=ctx.uow(), clock=ctx.clock, limit=quote_limit(ctx))
    ctx.tell(done)
    return calculation_json(done, ctx.language)


@router.get("/checks/{check_id}", summary="Where a check stands, with its figures")
def look(check_id: str, ctx: ContextDep) -> dict[str, Any]:
    """The card and points chosen at the counter, the figures as they stand now while the check
    is open (as recorded once sold); 404 for a check never calculated."""
    found = look_at_till_check(check_id, uow=ctx.uow(), clock=ctx.clock, limit=quote_limit(ctx))
    return look_json(found, ctx.language)


@router.post("/checks/{check_id}/confirm", summary="Record the sale as calculated")
def confirm(check_id: str, body: ConfirmIn, ctx: ContextDep) -> dict[str, Any]:
    """Record the sale; a repeat answers the same sale, a cancelled check is refused (409)."""
    done = confirm_till_check(
        check_id,
        body.receipt_no,
        uow=ctx.uow(),
        clock=ctx.clock,
        actor=ctx.actor,
        store=ctx.store,
        large_confirmed=body.large_confirmed,
        authoriser=authoriser(ctx),
    )
    ctx.tell(done)
    return confirmed_json(done)


@router.post("/checks/{check_id}/cancel", summary="Drop a check the till did not sell")
def cancel(check_id: str, ctx: ContextDep) -> dict[str, Any]:
    """Cancel a calculated check; a sold one is refused (409): refund its lines."""
    done = cancel_till_check(check_id, uow=ctx.uow(), clock=ctx.clock)
    ctx.tell(done)
    return record_json(done)


@router.post("/refunds", summary="Refund lines of a confirmed check, whole or in part")
def refund(body: RefundIn, ctx: ContextDep) -> dict[str, Any]:
    """Refund lines, or a quantity of a line; above the refund limit a manager approves by
    name and PIN."""
    approved_by = ""
    if body.approver is not None:
        approved_by = approve_as_manager(
            body.approver.name,
            body.approver.pin,
            uow=ctx.uow(),
            hasher=ctx.hasher,
            clock=ctx.real_clock,
            terminal_id=ctx.actor.terminal_id,
        ).id
    done = refund_till_lines(
        body.check_id,
        tuple(
            LineReturn(x) if isinstance(x, int) else LineReturn(x.line, x.quantity)
            for x in body.lines
        ),
        uow=ctx.uow(),
        clock=ctx.clock,
        actor=ctx.actor,
        approved_by=approved_by,
        store=ctx.store,
    )
    return refund_json(done)
