"""Turning use-case results into JSON-safe dicts and lines of text for the command line."""

from __future__ import annotations

from typing import Any

from pos_loyalty.domain.cards import mask_card
from pos_loyalty.domain.checkout import Quote
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.money import format_money, format_percent
from pos_loyalty.services.checkout import Committed
from pos_loyalty.services.lookup import MemberView, Standing
from pos_loyalty.services.payloads import card_to_dict, entry_to_dict, member_to_dict


def standing_dict(s: Standing) -> dict[str, Any]:
    """A member's standing as plain data."""
    return {
        "balance": s.balance,
        "spendable": s.spendable,
        "pending": s.pending,
        "expiring": [{"last_day": d.isoformat(), "points": p} for d, p in s.expiring],
        "qualifying_spend": s.qualifying_spend,
        "tier": s.tier.name,
        "next_tier": s.next_tier.name if s.next_tier else None,
        "to_next_tier": s.to_next_tier,
        "discount_percent": format_percent(s.discount_percent),
        "membership_until": s.membership_until.isoformat() if s.membership_until else None,
    }


def view_dict(v: MemberView) -> dict[str, Any]:
    """A scanned card's view as plain data."""
    return {
        "card": card_to_dict(v.card),
        "member": member_to_dict(v.member) if v.member else None,
        "standing": standing_dict(v.standing) if v.standing else None,
        "offers": [{"code": o.code, "name": o.name} for o in v.offers],
        "can_transact": v.can_transact,
    }


def standing_lines(s: Standing) -> list[str]:
    """A member's standing as lines of text."""
    lines = [f"tier {s.tier.name}, discount {format_percent(s.discount_percent)} %"]
    if s.next_tier is not None and s.to_next_tier is not None:
        lines.append(f"{format_money(s.to_next_tier)} more to reach {s.next_tier.name}")
    lines.append(f"balance {s.balance} points ({s.spendable} spendable, {s.pending} pending)")
    lines += [f"{p} points expire after {d.isoformat()}" for d, p in s.expiring]
    if s.membership_until:
        lines.append(f"club membership until {s.membership_until.isoformat()}")
    return lines


def view_lines(v: MemberView) -> list[str]:
    """A scanned card's view as lines of text."""
    lines = [f"card {v.card.number} ({v.card.card_type.value}, {v.card.state.value})"]
    if v.card.state.value == "blocked":
        lines.append(f"BLOCKED: {v.card.block_reason}; nothing can be done with this card")
    if v.replaced_by:
        lines.append(f"REPLACED by card {v.replaced_by}: the balance is there")
    if v.member is None:
        lines.append("not registered to anyone")
        return lines
    name = v.member.name or "(personal data erased)"
    lines.append(f"member {name} (id {v.member.id})")
    if v.standing:
        lines += standing_lines(v.standing)
    lines += [f"offer: {o.name}" for o in v.offers]
    return lines


def quote_dict(q: Quote) -> dict[str, Any]:
    """A quote as plain data."""
    return {
        "total": q.total,
        "discountable": q.discountable,
        "earnable": q.earnable,
        "discount_percent": format_percent(q.discount_percent),
        "discount": q.discount,
        "redeem_cap": q.redeem_cap,
        "redeemed_points": q.redeemed_points,
        "redeemed_value": q.redeemed_value,
        "payable": q.payable,
        "earn_percent": format_percent(q.earn_percent),
        "earned_points": q.earned_points,
        "bonus_points": q.bonus_points,
        "promotions": list(q.promotions),
        "reasons": [
            {"code": r.code, "applied": r.applied, "text": r.text("en")} for r in q.reasons
        ],
    }


def quote_lines(q: Quote, lang: str = "en") -> list[str]:
    """A quote as lines of text."""
    lines = [f"total      {format_money(q.total)}"]
    if q.discount:
        lines.append(
            f"discount   -{format_money(q.discount)} ({format_percent(q.discount_percent)} %)"
        )
    if q.redeemed_points:
        lines.append(f"points     -{format_money(q.redeemed_value)} ({q.redeemed_points} points)")
    lines.append(f"to pay     {format_money(q.payable)}")
    lines.append(f"earned     {q.earned_points + q.bonus_points} points")
    lines += [f"  - {r.text(lang)}" for r in q.reasons]
    return lines


def committed_dict(c: Committed) -> dict[str, Any]:
    """A committed sale as plain data."""
    return {
        "sale_id": c.sale.id,
        "receipt_no": c.sale.receipt_no,
        "quote": quote_dict(c.quote),
        "balance_before": c.balance_before,
        "balance_after": c.balance_after,
        "pending_after": c.pending_after,
        "extra_bonus": c.extra_bonus,
        "card": mask_card(c.sale.card_number) if c.sale.card_number else None,
        "standing_after": standing_dict(c.standing_after) if c.standing_after else None,
    }


def entry_line(e: LedgerEntry, running: int) -> str:
    """One ledger entry with the running balance."""
    return (
        f"{e.business_date.isoformat()}  {e.kind.value:<9}{e.points:>+8}  = {running:>7}  "
        f"{e.reason}"
    )


def entries_dicts(entries: list[LedgerEntry]) -> list[dict[str, Any]]:
    """Ledger entries with their running balance."""
    out, running = [], 0
    for e in entries:
        running += e.points
        out.append({**entry_to_dict(e), "running_balance": running})
    return out
