"""The bulk writer: generated rows land exactly as the repositories would have stored them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from db import BulkWriter, Database
from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Lot, Wallet, replay
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.sales import Sale

from .builders import TODAY, a_card, a_member, a_refund, a_sale, an_entry, new_id

NAMES = ["Иванов Иван", "Петрова Анна", "Фёдоров Пётр", "Smith John"]


@dataclass
class History:
    """A member's generated history, shaped like the demo generator's."""

    member: Member
    card: Card
    sales: list[Sale] = field(default_factory=list)
    entries: list[LedgerEntry] = field(default_factory=list)
    wallet: Wallet = field(default_factory=Wallet)
    spend: dict[date, int] = field(default_factory=dict)


def _history(index: int) -> History:
    member = a_member(name=NAMES[index % len(NAMES)], phone=f"7900{index:07d}")
    sale = a_sale(member.id)
    entries = [
        an_entry(member.id, kind=EntryKind.BONUS, points=100, sale_id=None, active_from=TODAY),
        an_entry(member.id, sale_id=sale.id, points=42, active_from=TODAY),
        an_entry(
            member.id,
            sale_id=sale.id,
            kind=EntryKind.REDEEM,
            points=-30,
            active_from=None,
            expires_on=None,
        ),
    ]
    spend = {TODAY: sale.paid, TODAY - timedelta(days=3): 500}
    return History(member, a_card(member.id), [sale], entries, replay(entries), spend)


def test_member_histories_round_trip_through_the_bulk_writer(database: Database) -> None:
    histories = [_history(i) for i in range(25)]
    done: list[int] = []
    with BulkWriter(database.engine, batch_size=200, progress=done.append) as writer:
        assert writer.write_histories(histories) == 25
    assert done == [8, 16, 24, 25]
    with database.uow().read_only() as uow:
        for h in histories:
            assert uow.members.get(h.member.id) == h.member
            assert uow.cards.get(h.card.number) == h.card
            assert uow.sales.of_member(h.member.id) == h.sales
            assert uow.ledger.of_member(h.member.id) == h.entries
            assert uow.wallets.get(h.member.id) == h.wallet
            assert uow.spend.since(h.member.id, TODAY - timedelta(days=10)) == sum(h.spend.values())
        assert len(uow.members.find_by_name("федоров")) == 6
        assert len(uow.members.find_by_phone("7900")) == 20


def test_each_kind_of_row_round_trips_and_progress_is_reported(database: Database) -> None:
    members = [a_member(phone=f"7911{i:07d}") for i in range(5)]
    cards = [a_card(m.id) for m in members]
    entries = [an_entry(m.id) for m in members]
    sales = [a_sale(m.id) for m in members]
    refunds = [a_refund(s.id) for s in sales]
    wallets = [(m.id, Wallet((Lot(new_id(), 7, TODAY, None),), debt=2)) for m in members]
    reported: list[int] = []
    with BulkWriter(database.engine, batch_size=2, progress=reported.append) as writer:
        assert writer.members(members) == 5
        assert writer.cards(cards) == 5
        assert writer.ledger(entries) == 5
        assert writer.sales(sales) == 5
        assert writer.refunds(refunds) == 5
        assert writer.wallets(wallets) == 5
        assert writer.spend((m.id, TODAY, 100) for m in members) == 5
        assert writer.spend((m.id, TODAY, 1) for m in members) == 5
        writer.finish()
    assert reported == [2, 4, 5] * 8
    with database.uow().read_only() as uow:
        for m, c, e, s, f, (_, w) in zip(
            members, cards, entries, sales, refunds, wallets, strict=True
        ):
            assert uow.members.get(m.id) == m
            assert uow.cards.get(c.number) == c
            assert uow.ledger.of_member(m.id) == [e]
            assert uow.sales.get(s.id) == s
            assert uow.sales.refunds_of(s.id) == [f]
            assert uow.wallets.get(m.id) == w
            assert uow.spend.since(m.id, TODAY) == 101


def test_a_failing_batch_is_rolled_back_and_earlier_batches_stay(database: Database) -> None:
    first, second = a_member(), a_member()
    with (
        BulkWriter(database.engine, batch_size=1) as writer,
        pytest.raises(Exception, match="UNIQUE"),
    ):
        writer.members([first, second, first])
    with database.uow().read_only() as uow:
        assert uow.members.get(first.id) == first
        assert uow.members.get(second.id) == second


def test_sequences_continue_after_bulk_loaded_cards_and_entries(database: Database) -> None:
    member = a_member()
    with BulkWriter(database.engine) as writer:
        writer.members([member])
        writer.cards([a_card(None) for _ in range(3)])
        writer.ledger([an_entry(member.id, terminal_id="BULK", seq=s) for s in (1, 2, 3)])
    with database.uow() as uow:
        issued = [c.number for c in uow.cards.of_member(member.id)]
        assert issued == []
        assert uow.ledger.next_seq("BULK") == 4
        sequences = uow.cards.allocate_sequences(1)
    with database.engine.connect() as connection:
        highest = connection.exec_driver_sql("SELECT max(number) FROM cards").scalar_one()
    assert sequences.start == int(highest[3:12]) + 1


def test_the_connection_gets_its_durable_settings_back(database: Database) -> None:
    writer = BulkWriter(database.engine)
    writer.close()
    writer.close()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
