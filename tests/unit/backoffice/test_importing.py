"""Importing members through the use case with the in-memory fakes."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from pos_loyalty.domain.cards import CardState, card_number_for
from pos_loyalty.domain.ledger import BonusReason, EntryKind, replay
from pos_loyalty.services.importing import (
    ImportRefused,
    ImportReport,
    Source,
    check_import,
    import_members,
)
from pos_loyalty.services.members import Registered
from tests.unit.conftest import Counter

HEADER = "name;phone;consent_date;card;card_state;points;spend"


def _source(*rows: str, header: str = HEADER) -> Source:
    text = "\n".join([header, *rows]) + "\n"
    return lambda: text.splitlines(keepends=True)


def _import(counter: Counter, source: Source, **kwargs: object) -> ImportReport:
    return import_members(
        source,
        uow=counter.uow,
        clock=counter.clock,
        actor=counter.actor,
        file_name="old.csv",
        **kwargs,  # type: ignore[arg-type]
    )


GOOD = (
    "Иван Петров;+7 912 345-67-89;2024-01-10;0420000000501;active;150;1000.00",
    "Anna Sidorova;89001112233;10.02.2024;;;0;",
    "Boris Lost;+79005556677;2024-03-01;0420000000105;blocked;20;",
)


def test_an_import_writes_members_cards_opening_points_and_spend_as_posting_would(
    counter: Counter,
) -> None:
    report = _import(counter, _source(*GOOD))
    assert (report.rows, report.members, report.new_cards) == (3, 3, 1)
    assert (report.points, report.spend, report.ok) == (170, 100000, True)
    ivan, anna, boris = counter.uow.state.members.values()
    assert (ivan.name, ivan.phone, ivan.registered_on) == (
        "Иван Петров",
        "79123456789",
        date(2024, 1, 10),
    )
    assert ivan.consent_at == datetime.combine(
        date(2024, 1, 10), time(12), counter.clock.now.tzinfo
    )
    assert counter.uow.cards.get("0420000000501").member_id == ivan.id  # type: ignore[union-attr]
    assert counter.uow.cards.get("0420000000105").state == CardState.BLOCKED  # type: ignore[union-attr]
    (entry,) = counter.entries(ivan.id)
    assert (entry.kind, entry.points, entry.reason) == (EntryKind.BONUS, 150, BonusReason.OPENING)
    assert entry.card_number == "0420000000501" and entry.staff_id == counter.actor.staff_id
    for member in (ivan, anna, boris):
        assert replay(counter.entries(member.id)) == counter.wallet(member.id)
    assert counter.wallet(ivan.id).spendable(counter.clock.today) == 150
    assert counter.uow.spend.since(ivan.id, counter.clock.today) == 100000
    assert counter.entries(anna.id) == []  # no welcome bonus: nothing is brought along


def test_new_card_numbers_come_after_the_highest_card_in_the_file(counter: Counter) -> None:
    _import(counter, _source(*GOOD))
    anna = list(counter.uow.state.members.values())[1]
    (card,) = counter.uow.cards.of_member(anna.id)
    assert card.number == card_number_for(51)  # the file holds sequence 50
    assert counter.uow.cards.allocate_sequences(1) == range(52, 53)


def test_ledger_sequences_continue_the_terminals_own(counter: Counter) -> None:
    earlier = counter.register("Earlier Member", "+7 955 000 00 01")
    before = counter.entries(earlier.member.id)[-1].seq
    _import(counter, _source(*GOOD))
    seqs = [e.seq for e in counter.uow.state.ledger[-2:]]
    assert seqs == [before + 1, before + 2]


def test_the_outbox_gets_what_registration_would_send(counter: Counter) -> None:
    before = len(counter.uow.state.outbox)
    _import(counter, _source(GOOD[0]))
    kinds = [kind for kind, _ in counter.uow.state.outbox[before:]]
    assert kinds == ["member_registered", "card_bound", "ledger_entry"]


def test_the_import_is_logged_with_its_batch(counter: Counter) -> None:
    report = _import(counter, _source(*GOOD))
    (batch,) = counter.uow.state.import_batches
    assert (batch.id, batch.file_name, batch.members, batch.points) == (
        report.batch_id,
        "old.csv",
        3,
        170,
    )
    (record,) = counter.uow.state.audit
    assert record.action == "member_import" and record.details["batch_id"] == report.batch_id


def test_progress_is_reported_after_each_batch(
    counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pos_loyalty.services.importing.WRITE_BATCH", 2)
    seen: list[tuple[int, int]] = []
    _import(counter, _source(*GOOD), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 3), (3, 3)]


def test_a_dry_run_reports_every_bad_row_including_what_the_database_holds(
    counter: Counter, member: Registered
) -> None:
    snap = counter.snapshot()
    source = _source(
        GOOD[0],
        f"Twin;+7 912 345 67 89;2024-01-10;{member.card.number};;;",
        "Copy;89001112233;2024-01-10;0420000000501;;;",
        "Bad;1;2024-13-01;;;-5;",
        "Anna;+7 900 111 22 33;2024-01-10;;;;",
    )
    report = check_import(source, uow=counter.uow, clock=counter.clock)
    snap.assert_unchanged()
    assert not report.ok and report.rows == 5
    assert [str(p) for p in report.problems] == [
        "line 2, phone: 79123456789 already belongs to a member in the database",
        "line 3, phone: 79123456789 is also on line 2",
        "line 3, phone: 79123456789 already belongs to a member in the database",
        f"line 3, card: {member.card.number} is already in the database",
        "line 4, card: 0420000000501 is also on line 2",
        "line 5, phone: '1' is not a phone number: type it like +7 912 345-67-89",
        "line 5, consent_date: '2024-13-01' is not a date: write it like 2024-05-17 or 17.05.2024",
        "line 5, points: '-5': points must not be negative",
        "line 6, phone: 79001112233 is also on line 4",
    ]


def test_an_import_with_one_bad_row_writes_nothing(counter: Counter) -> None:
    snap = counter.snapshot()
    with pytest.raises(ImportRefused, match="1 of 4 rows have problems") as refused:
        _import(counter, _source(*GOOD, "Bad;+7 900 000 00 00;2024-01-10;0420000000019;;;"))
    snap.assert_unchanged()
    (problem,) = refused.value.report.problems
    assert (problem.line, problem.column) == (5, "card")


def test_a_failure_in_the_middle_of_writing_leaves_nothing(
    counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pos_loyalty.services.importing.WRITE_BATCH", 1)
    snap = counter.snapshot()

    def fail_after_the_first_batch(done: int, total: int) -> None:
        if done == 2:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        _import(counter, _source(*GOOD), progress=fail_after_the_first_batch)
    snap.assert_unchanged()


def test_the_file_is_read_once(counter: Counter) -> None:
    readings: list[int] = []

    def source() -> list[str]:
        readings.append(1)
        return [HEADER + "\n", GOOD[0] + "\n"]

    _import(counter, source)
    assert len(readings) == 1
