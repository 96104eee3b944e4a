"""Reading pushed messages into the core's types for `server.push.apply_batch`."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from pos_loyalty.wire import encode
from pos_loyalty.wire.push import PushedMessage
from server.push import Item

_VALUES: dict[str, Callable[[Any], Any]] = {
    "ledger_entry": lambda p: p.entry(),
    "sale": lambda p: p.sale(),
    "refund": lambda p: p.refund(),
    "member_registered": lambda p: p.member(),
    "member_updated": lambda p: p.member(),
    "member_erased": lambda p: (p.id, p.erased_at),
    "card_issued": lambda p: p.card(),
    "card_bound": lambda p: p.card(),
    "card_blocked": lambda p: p.card(),
    "card_replaced": lambda p: (p.old, p.new.card()),
    "member_merged": lambda p: (p.kept, p.other, p.cards, p.at),
    "programme": lambda p: p.as_dict(),
}
"""The core's value of each kind of message, from its payload (of the type `kind` chose)."""


def item(message: PushedMessage) -> Item:
    """Read one pushed message into an Item for `server.push.apply_batch`."""
    value = _VALUES[message.kind](message.payload)
    return Item(message.message_id, message.kind, value, partial(encode, message.payload))
