"""The in-memory store the demo histories are written into answers the ledger port as the
database does: reversals and rewards given are counted from its entries."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.rewards_catalogue import REWARD_OFFLINE
from pos_loyalty.services.history_store import Ledger

DAY = date(2026, 11, 1)


def _entry(
    entry_id: str, kind: EntryKind, points: int, refers_to: str, terminal: str, reason: str
) -> LedgerEntry:
    return LedgerEntry(
        id=entry_id,
        terminal_id=terminal,
        seq=1,
        member_id="m1",
        kind=kind,
        points=points,
        business_date=DAY,
        created_at=datetime(2026, 11, 1, 10, tzinfo=UTC),
        staff_id="cashier",
        programme_version=1,
        reason=reason,
        refers_to=refers_to,
    )


def test_rewards_given_leave_out_the_refunded_and_count_a_terminals_offline_share() -> None:
    ledger = Ledger({})
    ledger.add(_entry("r1", EntryKind.REWARD, -300, "mug", "T1", "reward"))
    ledger.add(_entry("r2", EntryKind.REWARD, -300, "mug", "T1", REWARD_OFFLINE))
    ledger.add(_entry("r3", EntryKind.REWARD, -300, "mug", "T2", REWARD_OFFLINE))
    ledger.add(_entry("r4", EntryKind.REWARD, -500, "bag", "T1", "reward"))
    ledger.add(_entry("x1", EntryKind.REVERSAL, 300, "r1", "T1", "refund: reward given back"))
    assert ledger.reversal_of("r1") is not None and ledger.reversal_of("r2") is None
    assert (ledger.rewards_given("mug"), ledger.rewards_given("bag")) == (2, 1)
    assert ledger.rewards_given_offline("mug", "T1") == 1
    assert ledger.rewards_given_offline("mug", "T2") == 1
    assert ledger.rewards_given_offline("bag", "T1") == 0
