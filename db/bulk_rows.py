"""Domain objects as the plain tuples the bulk writer inserts, and its prepared INSERTs.

Values are converted exactly as the column types in `db.column_types` store them (ISO dates, UTC
instant text, enum values, 0/1 booleans, check lines as JSON text).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from db.column_types import instant_text
from db.repositories.sales import lines_json
from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import LedgerEntry, Lot
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.sales import Refund, Sale


def _insert(table: str, columns: str, tail: str = "") -> str:
    names = columns.split()
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks}){tail}"


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


MEMBERS = _insert(
    "members",
    "id name phone email birthday consent_at registered_on referrer_id referral_rewarded "
    "last_birthday_bonus_year membership_until last_purchase_on erased_at",
)
CARDS = _insert("cards", "number card_type state member_id replaced_by block_reason issued_at")
LEDGER = _insert(
    "ledger_entries",
    "id terminal_id seq member_id kind points business_date created_at staff_id "
    "programme_version card_number sale_id refers_to active_from expires_on reason",
)
LOTS = _insert("lots", "id member_id position remaining active_from expires_on")
BALANCES = _insert(
    "balances",
    "member_id balance debt",
    " ON CONFLICT (member_id) DO UPDATE SET balance = excluded.balance, debt = excluded.debt",
)
SPEND = _insert(
    "member_spend",
    "member_id day amount",
    " ON CONFLICT (member_id, day) DO UPDATE SET amount = amount + excluded.amount",
)
SALES = _insert(
    "sales",
    "id terminal_id receipt_no business_date created_at member_id card_number staff_id "
    "programme_version tier lines total discount redeemed_points redeemed_value paid "
    "earned_points bonus_points refunded",
)
REFUNDS = _insert(
    "refunds",
    "id sale_id terminal_id business_date created_at amount points_reversed points_returned "
    "money_returned staff_id reason is_void",
)


def member_row(m: Member) -> tuple[Any, ...]:
    """Return the `members` values of a member, as stored."""
    consent_at = None if m.consent_at is None else instant_text(m.consent_at)
    erased_at = None if m.erased_at is None else instant_text(m.erased_at)
    return (
        *(m.id, m.name, m.phone, m.email, _d(m.birthday), consent_at, _d(m.registered_on)),
        *(m.referrer_id, int(m.referral_rewarded), m.last_birthday_bonus_year),
        *(_d(m.membership_until), _d(m.last_purchase_on), erased_at),
    )


def card_row(c: Card, issued_at: str | None = None) -> tuple[Any, ...]:
    """Return the `cards` values of a card, as stored."""
    kind, state = c.card_type.value, c.state.value
    return (c.number, kind, state, c.member_id, c.replaced_by, c.block_reason, issued_at)


def entry_row(e: LedgerEntry) -> tuple[Any, ...]:
    """Return the `ledger_entries` values of an entry, as stored."""
    return (
        *(e.id, e.terminal_id, e.seq, e.member_id, e.kind.value, e.points),
        *(e.business_date.isoformat(), instant_text(e.created_at), e.staff_id),
        *(e.programme_version, e.card_number, e.sale_id, e.refers_to),
        *(_d(e.active_from), _d(e.expires_on), e.reason),
    )


def sale_row(s: Sale) -> tuple[Any, ...]:
    """Return the `sales` values of a sale, as stored."""
    return (
        *(s.id, s.terminal_id, s.receipt_no, s.business_date.isoformat()),
        *(instant_text(s.created_at), s.member_id, s.card_number, s.staff_id),
        *(s.programme_version, s.tier, lines_json(s.lines), s.total, s.discount),
        *(s.redeemed_points, s.redeemed_value, s.paid, s.earned_points, s.bonus_points),
        s.refunded,
    )


def refund_row(f: Refund) -> tuple[Any, ...]:
    """Return the `refunds` values of a refund, as stored."""
    return (
        *(f.id, f.sale_id, f.terminal_id, f.business_date.isoformat()),
        *(instant_text(f.created_at), f.amount, f.points_reversed, f.points_returned),
        *(f.money_returned, f.staff_id, f.reason, int(f.is_void)),
    )


def lot_row(member_id: str, position: int, lot: Lot) -> tuple[Any, ...]:
    """Return the `lots` values of one lot of a member's wallet, as stored."""
    expires_on = _d(lot.expires_on)
    return (lot.id, member_id, position, lot.remaining, lot.active_from.isoformat(), expires_on)
