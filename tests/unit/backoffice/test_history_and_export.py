"""The member page (paged points history, tier history) and the CSV exports, with the fakes."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest

from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.import_rows import MemberRecord, parse_record, read_csv
from pos_loyalty.services.cards import issue_cards
from pos_loyalty.services.exporting import LEDGER_COLUMNS, export_ledger, export_members
from pos_loyalty.services.history import (
    MemberPage,
    TierStep,
    member_page,
    member_page_for_card,
)
from pos_loyalty.services.importing import import_members
from pos_loyalty.services.members import Registered
from pos_loyalty.services.merge import merge_members
from tests.unit.conftest import Counter

TIERS = [
    {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
    {"name": "Silver", "threshold": "1000.00", "earn_percent": "7"},
]


def _page(counter: Counter, card: str, page: int = 1, size: int = 50) -> MemberPage:
    return member_page_for_card(
        card, uow=counter.uow, clock=counter.clock, page=page, page_size=size
    )


def test_the_points_history_is_paged_newest_first_with_the_balance_after_each_entry(
    counter: Counter, member: Registered
) -> None:
    for _ in range(6):
        counter.buy(member.card.number, 100000)  # +50 each: 100, 150, ..., 400
    first = _page(counter, member.card.number, 1, 3)
    assert (first.entries, first.pages) == (7, 3)
    assert [(x.entry.points, x.running_balance) for x in first.points] == [
        (50, 400),
        (50, 350),
        (50, 300),
    ]
    last = _page(counter, member.card.number, 3, 3)
    assert [(x.entry.reason, x.running_balance) for x in last.points] == [("welcome", 100)]
    assert _page(counter, member.card.number, 4, 3).points == ()


def test_the_page_shows_the_member_their_cards_and_who_was_merged_into_them(
    counter: Counter, member: Registered
) -> None:
    anna = counter.register("Anna", "+7 900 111 22 33")
    merge_members(
        member.card.number,
        anna.card.number,
        uow=counter.uow,
        clock=counter.clock,
        actor=counter.actor,
    )
    page = _page(counter, anna.card.number)  # Anna's old card leads to the kept member
    assert page.member.id == member.member.id
    assert [c.number for c in page.cards] == [member.card.number, anna.card.number]
    assert page.merged_from == (anna.member.id,)
    assert page.standing.balance == 200
    other = member_page(anna.member.id, uow=counter.uow, clock=counter.clock)
    assert other.member.merged_into == member.member.id and other.cards == ()


def test_the_tier_history_follows_the_tiers_sales_recorded_then_today(
    counter: Counter, member: Registered
) -> None:
    counter.programme(tiers=TIERS)
    card, start = member.card.number, counter.clock.today
    counter.buy(card, 60000)
    counter.clock.advance(days=1)
    counter.buy(card, 60000)  # still Bronze before this sale; 1200.00 after it
    counter.clock.advance(days=1)
    counter.buy(card, 10000)  # recorded Silver
    page = _page(counter, card)
    assert page.tier_history == (
        TierStep(start, "Bronze", 0, "sale"),
        TierStep(start + timedelta(days=2), "Silver", 120000, "sale"),
    )
    counter.clock.advance(days=400)
    later = _page(counter, card)
    assert later.tier_history[-1] == TierStep(counter.clock.today, "Bronze", 0, "today")
    assert later.spend_by_month == (("2026-03", 130000),)


def test_a_member_without_sales_has_todays_tier_only(counter: Counter, member: Registered) -> None:
    page = _page(counter, member.card.number)
    assert page.tier_history == (TierStep(counter.clock.today, "Bronze", 0, "today"),)
    assert page.member.consent_at == counter.clock.now


@pytest.mark.parametrize(("page", "size"), [(0, 10), (1, 0), (1, 501)])
def test_impossible_pages_are_refused(
    counter: Counter, member: Registered, page: int, size: int
) -> None:
    with pytest.raises(InvalidInput, match="pages start at 1"):
        _page(counter, member.card.number, page, size)


def test_an_unassigned_card_has_no_member_page(counter: Counter) -> None:
    (blank,) = issue_cards(1, uow=counter.uow)
    with pytest.raises(NotAllowed, match="not registered"):
        _page(counter, blank.number)


def _read_members(text: str) -> list[MemberRecord]:
    header, rows = read_csv(text.splitlines(keepends=True))
    records = [parse_record(header, fields, line, date(2026, 3, 2)) for line, fields in rows]
    assert all(isinstance(r, MemberRecord) for r in records), records
    return records  # type: ignore[return-value]


def test_an_exported_member_file_reads_back_as_the_imported_one(counter: Counter) -> None:
    text = (
        "name;phone;email;birthday;consent_date;card;card_type;card_state;points;spend\n"
        "Иван Петров;79123456789;ivan@example.com;1990-05-17;2024-01-10;0420000000013;club;"
        "active;150;1234.50\n"
        "Anna;79001112233;;;2024-02-01;0420000000020;bonus;blocked;0;0.00\n"
    )
    import_members(
        lambda: text.splitlines(keepends=True),
        uow=counter.uow,
        clock=counter.clock,
        actor=counter.actor,
    )
    out = io.StringIO()
    assert export_members(out, uow=counter.uow, clock=counter.clock) == 2
    assert _read_members(out.getvalue()) == _read_members(text)
    assert out.getvalue().splitlines()[1].split(";")[:2] == ["Иван Петров", "79123456789"]


def test_merged_and_erased_members_are_not_exported(counter: Counter, member: Registered) -> None:
    anna = counter.register("Anna", "+7 900 111 22 33")
    merge_members(
        member.card.number,
        anna.card.number,
        uow=counter.uow,
        clock=counter.clock,
        actor=counter.actor,
    )
    out = io.StringIO()
    assert export_members(out, uow=counter.uow, clock=counter.clock) == 1
    assert "Anna" not in out.getvalue()


def test_the_ledger_export_keeps_every_field_and_filters_by_business_day(
    counter: Counter, member: Registered
) -> None:
    counter.clock.advance(days=1)
    counter.buy(member.card.number, 100000)
    out = io.StringIO()
    day = counter.clock.today
    assert export_ledger(out, uow=counter.uow, first_day=day, last_day=day) == 1
    header, row = out.getvalue().splitlines()
    assert header.split(";") == list(LEDGER_COLUMNS)
    values = dict(zip(LEDGER_COLUMNS, row.split(";"), strict=True))
    assert (values["kind"], values["points"], values["business_date"]) == ("earn", "50", str(day))
    everything = io.StringIO()
    assert export_ledger(everything, uow=counter.uow) == 2
