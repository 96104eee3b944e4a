"""The till API's answers as JSON: the core's figures as they are (kopecks, points), and errors.

A refusal answers its HTTP status with the core's code and message, which says what to do:
422 for bad input, 404 for an unknown check, 403 for a rule (the approval policy), 409 for a
check that changed or is closed.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from pos_loyalty.domain.errors import Conflict, InvalidInput, LoyaltyError, NotAllowed, NotFound
from pos_loyalty.domain.line_split import LineShare
from pos_loyalty.domain.reservations import Authorisation
from pos_loyalty.services.till import Calculation, Confirmed, TillRecord
from pos_loyalty.services.till_counter import TillLook
from pos_loyalty.services.till_refunds import TillRefund

_STATUS = ((InvalidInput, 422), (NotFound, 404), (NotAllowed, 403), (Conflict, 409))


async def loyalty_error(_request: Request, exc: Exception) -> JSONResponse:
    """Answer a refusal of the core with its status, code and message."""
    assert isinstance(exc, LoyaltyError)
    status = next((code for kind, code in _STATUS if isinstance(exc, kind)), 400)
    body = {"error": exc.code or type(exc).__name__, "message": str(exc), "params": exc.params}
    return JSONResponse(body, status_code=status)


def _lines(shares: tuple[LineShare, ...], codes: list[str]) -> list[dict[str, Any]]:
    return [
        {
            "line": n,
            "code": code,
            "amount": s.amount,
            "discount": s.discount,
            "points_value": s.points_value,
            "paid": s.paid,
            "redeemed_points": s.redeemed,
            "earned_points": s.earned,
        }
        for n, (s, code) in enumerate(zip(shares, codes, strict=True), start=1)
    ]


def calculation_json(done: Calculation, language: str) -> dict[str, Any]:
    """The calculated check: member, totals, reasons and lines."""
    q, view = done.quote, done.view
    member = None
    if view is not None and view.standing is not None:
        member = {
            "card": view.card.number,
            "tier": view.standing.tier.name,
            "balance": view.standing.balance,
            "spendable": view.standing.spendable,
        }
    return {
        "check_id": done.check.check_id,
        "member": member,
        "total": q.total,
        "discount": q.discount,
        "redeem_cap": q.redeem_cap,
        "redeemed_points": q.redeemed_points,
        "redeemed_value": q.redeemed_value,
        "payable": q.payable,
        "earned_points": q.earned_points,
        "bonus_points": q.bonus_points,
        "large_check": q.large_check,
        "reasons": [
            {"code": r.code, "applied": r.applied, "text": r.text(language)} for r in q.reasons
        ],
        "lines": _lines(done.shares, [x.code for x in done.check.lines]),
        "chosen_at_counter": done.check.chosen_at_counter,
    }


def look_json(look: TillLook, language: str) -> dict[str, Any]:
    """A kept check: its state, and its figures while open (now) or once sold (recorded)."""
    if look.confirmed is not None:
        answer = confirmed_json(look.confirmed)
        del answer["repeated"]
    elif look.calculation is not None:
        answer = {**calculation_json(look.calculation, language), **record_json(look.record)}
    else:
        answer = record_json(look.record)
    return {**answer, "chosen_at_counter": look.record.check.chosen_at_counter}


def confirmed_json(done: Confirmed) -> dict[str, Any]:
    """The sale a confirmation recorded (the same on a repeat)."""
    sale = done.sale
    return {
        **record_json(done.record),
        "repeated": done.repeated,
        "total": sale.total,
        "discount": sale.discount,
        "redeemed_points": sale.redeemed_points,
        "redeemed_value": sale.redeemed_value,
        "paid": sale.paid,
        "earned_points": sale.earned_points,
        "bonus_points": sale.bonus_points,
        "lines": _lines(done.shares, [x.code for x in done.record.check.lines]),
        "redemption": _redemption(done.redemption),
    }


def _redemption(r: Authorisation | None) -> dict[str, Any] | None:
    """How the points redeemed were authorised, as the counter's command line tells it."""
    if r is None:
        return None
    return {
        "online": r.online,
        "limit": r.points,
        "reason": r.reason,
        "reserved": bool(r.reservation_id),
    }


def record_json(record: TillRecord) -> dict[str, Any]:
    """Where a till check stands."""
    return {
        "check_id": record.check.check_id,
        "state": record.state.value,
        "sale_id": record.sale_id,
        "receipt_no": record.receipt_no,
        "returned_lines": [i + 1 for i in record.whole_lines_returned],
        "returned": [
            {"line": x.index + 1, "quantity": str(x.quantity), "whole": x.whole}
            for x in record.returned
        ],
    }


def refund_json(done: TillRefund) -> dict[str, Any]:
    """The refund of some lines: each part's split figures and the refund recorded by them."""
    r = done.refunded.refund
    return {
        "refund_id": r.id,
        "sale_id": r.sale_id,
        "lines": [
            {
                "line": asked.line,
                "quantity": quantity or None,
                "amount": s.amount,
                "discount": s.discount,
                "points_value": s.points_value,
                "paid": s.paid,
                "redeemed_points": s.redeemed,
                "earned_points": s.earned,
            }
            for asked, s, quantity in zip(done.lines, done.shares, done.quantities, strict=True)
        ],
        "amount": done.returned.amount,
        "lines_paid": done.returned.paid,
        "money_returned": r.money_returned,
        "points_reversed": r.points_reversed,
        "points_returned": r.points_returned,
        "balance_after": done.refunded.balance_after,
        "returned_lines": [i + 1 for i in done.record.whole_lines_returned],
    }
