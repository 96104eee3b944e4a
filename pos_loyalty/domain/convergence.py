"""Wallets that converge: the same entries give the same wallet wherever they are replayed.

Entries reach the central server and the other terminals in whatever order the network
delivers them, and a redemption made offline may find its points already spent elsewhere. Two
rules make every copy of a member's wallet agree once the same entries are known:

- entries are replayed in one canonical order, (created_at, terminal_id, seq), not arrival order
  (`canonical_key`);
- an entry that was already committed somewhere is never refused: a redemption the wallet
  cannot cover is taken as a debit, leaving a debt, a negative balance that gets flagged
  (`absorb`); the credits that come after it pay the debt first (`ledger.credit`).

The core's `apply_entry` stays the rule book; this module only fixes the order and the
fallback. The stores only read the entries and write the wallet `rebuild` gives: the
terminal's in `db/convergence.py`, the server's in `server/store/wallets.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.ledger import LedgerEntry, Wallet, apply_entry, debit


def canonical_key(entry: LedgerEntry) -> tuple[datetime, str, int]:
    """The order every copy of the ledger replays a member's entries in."""
    return (entry.created_at, entry.terminal_id, entry.seq)


def absorb(wallet: Wallet, entry: LedgerEntry) -> Wallet:
    """Apply an entry committed elsewhere; an uncovered redemption becomes debt, not an error."""
    try:
        return apply_entry(wallet, entry)
    except NotAllowed:
        after, _ = debit(wallet, -entry.points, prefer=entry.refers_to)
        return after


def rebuild(entries: Iterable[LedgerEntry]) -> Wallet:
    """Replay a member's entries in canonical order into a fresh wallet."""
    wallet = Wallet()
    for entry in sorted(entries, key=canonical_key):
        wallet = absorb(wallet, entry)
    return wallet
