"""Plain JSON-safe forms of ledger entries, sales, members and cards (outbox and `--json`).

Money and points are integers, dates ISO text; no float ever appears.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.sales import Refund, Sale


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def entry_to_dict(e: LedgerEntry) -> dict[str, Any]:
    """A ledger entry as plain data."""
    return {
        "id": e.id,
        "terminal_id": e.terminal_id,
        "seq": e.seq,
        "member_id": e.member_id,
        "kind": e.kind.value,
        "points": e.points,
        "business_date": _iso(e.business_date),
        "created_at": _iso(e.created_at),
        "staff_id": e.staff_id,
        "programme_version": e.programme_version,
        "card_number": e.card_number,
        "sale_id": e.sale_id,
        "refers_to": e.refers_to,
        "active_from": _iso(e.active_from),
        "expires_on": _iso(e.expires_on),
        "reason": e.reason,
    }


def entry_from_dict(d: dict[str, Any]) -> LedgerEntry:
    """Read back a ledger entry written by `entry_to_dict`."""

    def day(key: str) -> date | None:
        return date.fromisoformat(d[key]) if d.get(key) else None

    return LedgerEntry(
        id=d["id"],
        terminal_id=d["terminal_id"],
        seq=int(d["seq"]),
        member_id=d["member_id"],
        kind=EntryKind(d["kind"]),
        points=int(d["points"]),
        business_date=date.fromisoformat(d["business_date"]),
        created_at=datetime.fromisoformat(d["created_at"]),
        staff_id=d.get("staff_id", ""),
        programme_version=int(d.get("programme_version", 0)),
        card_number=d.get("card_number"),
        sale_id=d.get("sale_id"),
        refers_to=d.get("refers_to"),
        active_from=day("active_from"),
        expires_on=day("expires_on"),
        reason=d.get("reason", ""),
    )


def sale_to_dict(s: Sale) -> dict[str, Any]:
    """A sale as plain data."""
    return {
        "id": s.id,
        "terminal_id": s.terminal_id,
        "receipt_no": s.receipt_no,
        "business_date": _iso(s.business_date),
        "created_at": _iso(s.created_at),
        "lines": [{"amount": x.amount, "category": x.category} for x in s.lines],
        "total": s.total,
        "discount": s.discount,
        "redeemed_points": s.redeemed_points,
        "redeemed_value": s.redeemed_value,
        "paid": s.paid,
        "earned_points": s.earned_points,
        "bonus_points": s.bonus_points,
        "member_id": s.member_id,
        "card_number": s.card_number,
        "staff_id": s.staff_id,
        "programme_version": s.programme_version,
        "tier": s.tier,
        "refunded": s.refunded,
        "kind": s.kind.value,
        "membership_before": _iso(s.membership_before),
        "membership_until": _iso(s.membership_until),
    }


def refund_to_dict(r: Refund) -> dict[str, Any]:
    """A refund as plain data."""
    return {
        "id": r.id,
        "sale_id": r.sale_id,
        "terminal_id": r.terminal_id,
        "business_date": _iso(r.business_date),
        "created_at": _iso(r.created_at),
        "amount": r.amount,
        "points_reversed": r.points_reversed,
        "points_returned": r.points_returned,
        "money_returned": r.money_returned,
        "staff_id": r.staff_id,
        "reason": r.reason,
        "is_void": r.is_void,
    }


def member_to_dict(m: Member) -> dict[str, Any]:
    """A member as plain data (personal fields included: for the owner's own use)."""
    return {
        "id": m.id,
        "name": m.name,
        "phone": m.phone,
        "email": m.email,
        "birthday": _iso(m.birthday),
        "consent_at": _iso(m.consent_at),
        "marketing_consent_at": _iso(m.marketing_consent_at),
        "registered_on": _iso(m.registered_on),
        "referrer_id": m.referrer_id,
        "membership_until": _iso(m.membership_until),
        "last_purchase_on": _iso(m.last_purchase_on),
        "erased": m.is_erased,
    }


def card_to_dict(c: Card) -> dict[str, Any]:
    """A card as plain data."""
    return {
        "number": c.number,
        "type": c.card_type.value,
        "state": c.state.value,
        "member_id": c.member_id,
        "replaced_by": c.replaced_by,
        "block_reason": c.block_reason,
    }
