"""Member pages and audit records as JSON-safe dicts and lines of text for the command line."""

from __future__ import annotations

from typing import Any

from pos_loyalty.domain.audit import AuditRecord
from pos_loyalty.domain.money import format_money
from pos_loyalty.services.history import MemberPage
from pos_loyalty.services.payloads import card_to_dict, entry_to_dict, member_to_dict
from ui.cli.render import entry_line, standing_dict, standing_lines


def page_dict(p: MemberPage) -> dict[str, Any]:
    """A member page as plain data."""
    m = p.member
    return {
        "member": {**member_to_dict(m), "merged_into": m.merged_into},
        "consent": {"given": m.consent_at is not None, "at": _iso(m.consent_at)},
        "marketing_consent": {
            "given": m.marketing_consent_at is not None,
            "at": _iso(m.marketing_consent_at),
        },
        "cards": [card_to_dict(c) for c in p.cards],
        "standing": standing_dict(p.standing),
        "tier_history": [
            {
                "since": s.since.isoformat(),
                "tier": s.tier,
                "qualifying_spend": s.qualifying_spend,
                "source": s.source,
            }
            for s in p.tier_history
        ],
        "spend_by_month": [{"month": k, "amount": v} for k, v in p.spend_by_month],
        "points": {
            "page": p.page,
            "page_size": p.page_size,
            "pages": p.pages,
            "entries": p.entries,
            "lines": [
                {**entry_to_dict(x.entry), "running_balance": x.running_balance} for x in p.points
            ],
        },
        "sales": [
            {
                "id": s.id,
                "business_date": s.business_date.isoformat(),
                "total": s.total,
                "paid": s.paid,
                "refunded": s.refunded,
                "tier": s.tier,
            }
            for s in p.sales
        ],
        "merged_from": list(p.merged_from),
    }


def page_lines(p: MemberPage) -> list[str]:
    """A member page as lines of text."""
    m = p.member
    lines = [f"member {m.name or '(personal data erased)'} (id {m.id})"]
    if m.merged_into:
        lines.append(f"MERGED into member {m.merged_into}")
    lines.append(f"phone {m.phone or '-'}, e-mail {m.email or '-'}, birthday {_iso(m.birthday)}")
    lines.append(f"consent {_iso(m.consent_at) or 'not recorded'}")
    lines.append(f"consent to offers {_iso(m.marketing_consent_at) or 'not given'}")
    lines += [f"card {c.number} ({c.card_type.value}, {c.state.value})" for c in p.cards]
    lines += standing_lines(p.standing)
    lines += [
        f"tier {s.tier} since {s.since.isoformat()} ({s.source}, "
        f"spend {format_money(s.qualifying_spend)})"
        for s in p.tier_history
    ]
    lines.append(f"points history, page {p.page} of {p.pages} ({p.entries} entries, newest first)")
    lines += [entry_line(x.entry, x.running_balance) for x in p.points]
    lines += [f"merged from member {other}" for other in p.merged_from]
    return lines


def audit_dicts(records: list[AuditRecord]) -> list[dict[str, Any]]:
    """Audit records as plain data."""
    return [
        {
            "seq": r.seq,
            "at": r.at.isoformat(),
            "terminal_id": r.terminal_id,
            "staff_id": r.staff_id,
            "approved_by": r.approved_by,
            "action": r.action,
            "details": r.details,
            "hash": r.hash,
        }
        for r in records
    ]


def audit_lines(records: list[AuditRecord]) -> list[str]:
    """Audit records as lines of text, in local time."""
    out = []
    for r in records:
        approved = f", approved by {r.approved_by}" if r.approved_by else ""
        details = ", ".join(f"{k}={v}" for k, v in sorted(r.details.items()))
        when = r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        out.append(f"{r.seq:>6}  {when}  {r.action:<16} by {r.staff_id}{approved}: {details}")
    return out


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())
