"""Applying a pushed batch: commands in order, entries in bulk, balances and gaps after.

The whole batch is one transaction. Pushes of one terminal take turns (its row is locked), so
a request duplicated on the way, or retried while the first is still running, finds the first
one's entries and counts them as duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from pos_loyalty.domain.ledger import LedgerEntry
from server.store import daily_figures as figure_store
from server.store import entries as entry_store
from server.store import erasure, wallets
from server.store import gaps as gap_store
from server.store import spend as spend_store
from server.store.commands import ACCEPTED, Commands, Outcome
from server.store.entries import Pushed, Refusal


@dataclass(frozen=True, slots=True)
class Item:
    """One pushed message, already read into the core's types."""

    message_id: int
    kind: str
    value: Any
    dump: Callable[[], dict[str, Any]]
    """The payload as plain data, made only when needed (a refusal keeps it for the operator)."""

    @property
    def payload(self) -> dict[str, Any]:
        """The payload as plain data."""
        return self.dump()


@dataclass
class BatchResult:
    """What a batch did."""

    accepted: int = 0
    duplicates: int = 0
    refusals: list[Refusal] = field(default_factory=list)
    gaps: list[tuple[int, int]] = field(default_factory=list)


def _command(commands: Commands, item: Item, now: datetime) -> Outcome:
    handlers: dict[str, Callable[[], Outcome]] = {
        "sale": lambda: commands.sale(item.message_id, item.value),
        "refund": lambda: commands.refund(item.message_id, item.value),
        "member_registered": lambda: commands.member_registered(item.message_id, item.value),
        "member_updated": lambda: commands.member_updated(
            item.message_id, item.value, bool(item.payload.get("erased"))
        ),
        "member_erased": lambda: commands.member_erased(item.message_id, *item.value),
        "card_issued": lambda: commands.card_issued(item.message_id, item.value),
        "card_bound": lambda: commands.card_bound(item.message_id, item.value),
        "card_blocked": lambda: commands.card_blocked(item.message_id, item.value),
        "card_replaced": lambda: commands.card_replaced(item.message_id, *item.value),
        "member_merged": lambda: commands.member_merged(item.message_id, *item.value),
        "programme": lambda: commands.programme(item.message_id, item.value, now),
    }
    return handlers[item.kind]()


def apply_batch(
    connection: Connection,
    terminal_id: str,
    items: Sequence[Item],
    now: datetime,
    window: int | None = None,
) -> BatchResult:
    """Apply one terminal's batch; the caller commits.

    `window`: how far beyond its highest sequence an entry may lie (`gaps.window()` if None).
    """
    held = gap_store.hold(connection, terminal_id)
    result = BatchResult()
    merges = {i.value[1]: i.value[0] for i in items if i.kind == "member_merged"}
    commands = Commands(connection, terminal_id, merges)
    pushed: list[Pushed] = []
    for item in items:
        if item.kind == "ledger_entry":
            pushed.append(Pushed(item.message_id, item.value))
            continue
        outcome = _command(commands, item, now)
        if isinstance(outcome, Refusal):
            result.refusals.append(outcome)
        elif outcome == ACCEPTED:
            result.accepted += 1
        else:
            result.duplicates += 1
    spend_store.add(connection, terminal_id, commands.spend)
    figure_store.add(connection, commands.daily, (p.entry.member_id for p in pushed))
    width = gap_store.window() if window is None else window
    received = entry_store.receive(connection, terminal_id, pushed, width, held.last_seq)
    stored: list[LedgerEntry] = received.stored
    result.accepted += len(stored)
    result.duplicates += received.duplicates
    result.refusals.extend(received.refusals)
    result.gaps = gap_store.receive(connection, terminal_id, [e.seq for e in stored], now, held)
    wallets.refresh(connection, stored)
    refused = {r.message_id for r in result.refusals}
    payloads = {item.message_id: item.payload for item in items if item.message_id in refused}
    payloads = erasure.without_personal_data(connection, payloads)
    entry_store.record_refusals(connection, terminal_id, result.refusals, payloads)
    return result
