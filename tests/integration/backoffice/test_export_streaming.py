"""The exports stream: memory stays flat however many rows a file holds."""

from __future__ import annotations

import tracemalloc
import uuid
from datetime import UTC, date, datetime, timedelta

from db import BulkWriter, Database
from pos_loyalty.domain.cards import Card, CardState, CardType, card_number_for
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.services.exporting import export_ledger, export_members
from tests.integration.backoffice.conftest import TODAY, Clock

ROWS = 20_000
START = date(2025, 1, 1)


class CountingSink:
    """Counts what is written and keeps none of it."""

    def __init__(self) -> None:
        self.lines = 0

    def write(self, text: str) -> int:
        self.lines += text.count("\n")
        return len(text)


def _fill(database: Database) -> None:
    members = [
        Member(f"m-{i}", f"Участник {i}", f"7900{i:07d}", consent_at=datetime.now(UTC))
        for i in range(ROWS)
    ]
    cards = [
        Card(card_number_for(i + 1), CardType.BONUS, CardState.ACTIVE, m.id)
        for i, m in enumerate(members)
    ]
    entries = [
        LedgerEntry(
            id=str(uuid.uuid4()),
            terminal_id="BULK",
            seq=i + 1,
            member_id=f"m-{i}",
            kind=EntryKind.BONUS,
            points=100,
            business_date=START + timedelta(days=i % 400),
            created_at=datetime.now(UTC),
            reason="opening: a long enough reason to make every row weigh something",
        )
        for i in range(ROWS)
    ]
    with BulkWriter(database.engine) as writer:
        writer.members(members)
        writer.cards(cards)
        writer.ledger(entries)


def _peak(run: object) -> int:
    tracemalloc.start()
    try:
        run()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_exports_of_twenty_thousand_rows_stay_within_a_few_megabytes(
    database: Database, clock: Clock
) -> None:
    _fill(database)
    ledger, members = CountingSink(), CountingSink()
    peak_ledger = _peak(lambda: export_ledger(ledger, uow=database.uow()))
    peak_members = _peak(lambda: export_members(members, uow=database.uow(), clock=clock))
    assert ledger.lines == members.lines == ROWS + 1
    # Holding the rows would take well over 10 MB; streaming keeps a few hundred at a time.
    assert peak_ledger < 3 * 2**20, peak_ledger
    assert peak_members < 3 * 2**20, peak_members
    one_day = CountingSink()
    assert export_ledger(one_day, uow=database.uow(), first_day=TODAY, last_day=TODAY) == 0
