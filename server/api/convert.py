"""Reading pushed messages into the core's types, and the core's rows into response bodies."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from pos_loyalty.domain.cards import Card, CardState, CardType
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.sales import Refund, Sale, SaleKind
from server.api import messages as m
from server.push import Item


def entry(model: m.EntryModel) -> LedgerEntry:
    """A pushed entry as the core's LedgerEntry."""
    return LedgerEntry(**(model.__dict__ | {"kind": EntryKind(model.kind)}))


def card(model: m.CardModel) -> Card:
    """A pushed card as the core's Card."""
    return Card(
        number=model.number,
        card_type=CardType(model.type),
        state=CardState(model.state),
        member_id=model.member_id,
        replaced_by=model.replaced_by,
        block_reason=model.block_reason,
    )


def member(model: m.MemberModel) -> Member:
    """A pushed member as the core's Member."""
    return Member(**model.model_dump(exclude={"erased"}))


def sale(model: m.SaleModel) -> Sale:
    """A pushed sale as the core's Sale."""
    lines = tuple(CheckLine(x.amount, x.category) for x in model.lines)
    return Sale(**{**dict(model), "lines": lines, "kind": SaleKind(model.kind)})


_VALUES: dict[str, Callable[[Any], Any]] = {
    "ledger_entry": entry,
    "sale": sale,
    "refund": lambda p: Refund(**dict(p)),
    "member_registered": member,
    "member_updated": member,
    "member_erased": lambda p: (p.id, p.erased_at),
    "card_issued": card,
    "card_bound": card,
    "card_blocked": card,
    "card_replaced": lambda p: (p.old, card(p.new)),
    "member_merged": lambda p: (p.kept, p.other, tuple(p.cards), p.at),
    "programme": lambda p: p.model_dump(mode="python"),
}
"""The core's value of each kind of message, from its validated payload (by `kind`, which
the schema ties to the payload's model)."""


def item(message: m.Message) -> Item:
    """Read one pushed message into an Item for `server.push.apply_batch`."""
    value = _VALUES[message.kind](message.payload)
    dump = partial(message.payload.model_dump, mode="json")
    return Item(message.message_id, message.kind, value, dump)


def writer_of(message: m.Message) -> str | None:
    """The terminal a message says it was written by (entries, sales, refunds), if any."""
    payload = message.payload
    return getattr(payload, "terminal_id", None)
