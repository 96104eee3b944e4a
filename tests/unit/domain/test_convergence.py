"""Wallets that converge: the same entries give the same wallet in whatever order they arrive,
an uncovered redemption made elsewhere becomes a debt, and later credits pay it first."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

from pos_loyalty.domain.convergence import absorb, canonical_key, rebuild
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Lot, Wallet

DAY = date(2026, 3, 2)
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def entry(
    terminal: str, seq: int, kind: EntryKind, points: int, minutes: int, **kw: object
) -> LedgerEntry:
    return LedgerEntry(
        id=f"{terminal}-{seq}",
        terminal_id=terminal,
        seq=seq,
        member_id="m",
        kind=kind,
        points=points,
        business_date=DAY,
        created_at=AT + timedelta(minutes=minutes),
        **kw,  # type: ignore[arg-type]
    )


# 100 welcome points at 09:00; two terminals each redeem 80 of them offline at 09:10 (the same
# minute: A's applies first, by terminal id); 50 earned at 09:30 then pay the debt.
WELCOME = entry("A", 1, EntryKind.BONUS, 100, 0)
REDEEM_A = entry("A", 2, EntryKind.REDEEM, -80, 10)
REDEEM_B = entry("B", 7, EntryKind.REDEEM, -80, 10)
EARN = entry("B", 8, EntryKind.EARN, 50, 30)


def test_entries_apply_by_creation_time_then_terminal_then_sequence() -> None:
    shuffled = [EARN, REDEEM_B, WELCOME, REDEEM_A]
    assert sorted(shuffled, key=canonical_key) == [WELCOME, REDEEM_A, REDEEM_B, EARN]


def test_every_arrival_order_gives_the_same_wallet() -> None:
    wallets = {
        rebuild(order) for order in itertools.permutations([WELCOME, REDEEM_A, REDEEM_B, EARN])
    }
    assert len(wallets) == 1


def test_a_redemption_the_wallet_cannot_cover_leaves_a_debt_instead_of_failing() -> None:
    after = rebuild([WELCOME, REDEEM_A, REDEEM_B])
    # 100 - 80 = 20 left; the second 80 takes those 20 and owes 60
    assert (after.lots, after.debt, after.balance) == ((), 60, -60)


def test_later_credits_pay_the_debt_first() -> None:
    after = rebuild([WELCOME, REDEEM_A, REDEEM_B, EARN])
    # the 50 earned pay 50 of the 60 owed: no lot opens, 10 still owed
    assert (after.lots, after.debt, after.balance) == ((), 10, -10)
    bigger = entry("A", 3, EntryKind.EARN, 75, 40, expires_on=date(2027, 3, 2))
    paid = rebuild([WELCOME, REDEEM_A, REDEEM_B, EARN, bigger])
    assert paid.debt == 0
    assert paid.lots == (Lot("A-3", 65, DAY, date(2027, 3, 2)),)


def test_a_covered_entry_is_absorbed_as_the_ledger_applies_it() -> None:
    wallet = Wallet((Lot("l", 100, DAY, None),))
    assert absorb(wallet, REDEEM_A) == Wallet((Lot("l", 20, DAY, None),))
