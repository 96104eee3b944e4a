"""Checking the stored projection (`balances`, `lots`) against the ledger it is derived from.

The ledger is the truth; each member's balance row and open lots are a cache of replaying the
member's entries. Someone who edits the cache (more spendable points, a lot that never
expires) leaves the ledger as it was, so replaying it again shows every difference.

Two orders are accepted: the order the entries were written (live posting) and the canonical
order that every copy converges on after a pull (`convergence.rebuild`). A stored wallet that
neither reproduces is reported, figure by figure, against the canonical replay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pos_loyalty.domain.convergence import absorb, rebuild
from pos_loyalty.domain.ledger import LedgerEntry, Lot, Wallet

BALANCES, LOTS = "balances", "lots"


@dataclass(frozen=True, slots=True)
class StoredWallet:
    """What the projection tables hold for one member (no balance row: `balance` is None)."""

    lots: tuple[Lot, ...] = ()
    balance: int | None = None
    debt: int = 0


@dataclass(frozen=True, slots=True)
class ProjectionDifference:
    """One figure of the stored projection that the ledger does not give."""

    member_id: str
    table: str
    what: str
    """The column or lot that differs: `balance`, `debt`, `lot L remaining`, `lot L`."""
    stored: str
    recomputed: str
    card: str = ""

    @property
    def text(self) -> str:
        """The difference as a line of text, naming the member and the card."""
        who = f"member {self.member_id}" + (f" (card {self.card})" if self.card else "")
        return (
            f"{who}: {self.table} {self.what} is {self.stored} in the table, "
            f"{self.recomputed} from the ledger"
        )


def replay_as_written(entries: Sequence[LedgerEntry]) -> Wallet:
    """Replay entries in the order given (write order), as live posting applied them."""
    wallet = Wallet()
    for entry in entries:
        wallet = absorb(wallet, entry)
    return wallet


def projection_differences(
    member_id: str, entries: Sequence[LedgerEntry], stored: StoredWallet
) -> list[ProjectionDifference]:
    """Every figure of `stored` that replaying the member's entries does not give."""
    written = replay_as_written(entries)
    if _same(stored, written):
        return []
    canonical = rebuild(entries)
    if _same(stored, canonical):
        return []
    return _balance_differences(member_id, stored, canonical) + _lot_differences(
        member_id, stored, canonical
    )


def _same(stored: StoredWallet, wallet: Wallet) -> bool:
    if stored.balance is None:
        return not wallet.lots and not wallet.debt and not stored.lots and not stored.debt
    return (
        stored.balance == wallet.balance
        and stored.debt == wallet.debt
        and sorted(stored.lots, key=_by_id) == sorted(wallet.lots, key=_by_id)
    )


def _by_id(lot: Lot) -> str:
    return lot.id


def _balance_differences(
    member_id: str, stored: StoredWallet, wallet: Wallet
) -> list[ProjectionDifference]:
    found: list[ProjectionDifference] = []
    balance = "no row" if stored.balance is None else str(stored.balance)
    if balance != str(wallet.balance):
        found.append(
            ProjectionDifference(member_id, BALANCES, "balance", balance, str(wallet.balance))
        )
    if stored.debt != wallet.debt:
        found.append(
            ProjectionDifference(member_id, BALANCES, "debt", str(stored.debt), str(wallet.debt))
        )
    return found


def _lot_differences(
    member_id: str, stored: StoredWallet, wallet: Wallet
) -> list[ProjectionDifference]:
    kept = {lot.id: lot for lot in stored.lots}
    derived = {lot.id: lot for lot in wallet.lots}
    found: list[ProjectionDifference] = []
    for lot_id in sorted(kept.keys() | derived.keys()):
        have, want = kept.get(lot_id), derived.get(lot_id)
        if have == want:
            continue
        if have is None or want is None:
            found.append(
                ProjectionDifference(
                    member_id, LOTS, f"lot {lot_id}", _lot_text(have), _lot_text(want)
                )
            )
            continue
        found.extend(_lot_fields(member_id, have, want))
    return found


def _lot_fields(member_id: str, have: Lot, want: Lot) -> list[ProjectionDifference]:
    return [
        ProjectionDifference(
            member_id, LOTS, f"lot {have.id} {name}", str(getattr(have, name)), str(ours)
        )
        for name, ours in (
            ("remaining", want.remaining),
            ("active_from", want.active_from),
            ("expires_on", want.expires_on),
        )
        if getattr(have, name) != ours
    ]


def _lot_text(lot: Lot | None) -> str:
    if lot is None:
        return "no lot"
    return f"{lot.remaining} points"
