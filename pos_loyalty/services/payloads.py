"""Plain JSON-safe forms of ledger entries, sales, members and cards (outbox and `--json`).

Each form is the wire payload declared once in `pos_loyalty.wire.payloads`: the outbox holds
what these functions write, the terminal pushes it as it is, and the server reads it with the
same declaration. Money and points are integers, dates ISO text; no float ever appears.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.sales import Refund, Sale
from pos_loyalty.wire import decode, encode
from pos_loyalty.wire.payloads import (
    CardPayload,
    EntryPayload,
    ErasedPayload,
    MemberPayload,
    MergedPayload,
    RefundPayload,
    ReplacedPayload,
    SalePayload,
)


def entry_to_dict(e: LedgerEntry) -> dict[str, Any]:
    """A ledger entry as plain data."""
    return encode(e, EntryPayload)


def entry_from_dict(d: dict[str, Any]) -> LedgerEntry:
    """Read back a ledger entry written by `entry_to_dict` (WireError if it is not one)."""
    return decode(EntryPayload, d).entry()


def sale_to_dict(s: Sale) -> dict[str, Any]:
    """A sale as plain data."""
    return encode(s, SalePayload)


def refund_to_dict(r: Refund) -> dict[str, Any]:
    """A refund as plain data."""
    return encode(r, RefundPayload)


def member_to_dict(m: Member) -> dict[str, Any]:
    """A member as plain data (personal fields included: for the owner's own use)."""
    return encode(MemberPayload.of(m))


def card_to_dict(c: Card) -> dict[str, Any]:
    """A card as plain data."""
    return encode(CardPayload.of(c))


def erasure_to_dict(member_id: str, at: datetime) -> dict[str, Any]:
    """A member's erasure as plain data (`member_erased`)."""
    return encode(ErasedPayload(id=member_id, erased_at=at))


def replacement_to_dict(old: str, new: Card) -> dict[str, Any]:
    """A card replaced by `new` as plain data (`card_replaced`)."""
    return encode(ReplacedPayload(old=old, new=CardPayload.of(new)))


def merger_to_dict(
    kept: str, other: str, cards: Sequence[str], points: int, spend: int, at: datetime
) -> dict[str, Any]:
    """Two members merged into `kept` as plain data (`member_merged`)."""
    merged = MergedPayload(
        kept=kept, other=other, cards=tuple(cards), points=points, spend=spend, at=at
    )
    return encode(merged)
