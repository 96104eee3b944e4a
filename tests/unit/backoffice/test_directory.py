"""The back office's member list with the fakes: pages after a cursor, searches, masked phones,
and editing a member's personal data."""

from __future__ import annotations

import pytest

from pos_loyalty.domain.errors import Conflict, InvalidInput, NotAllowed
from pos_loyalty.domain.members import format_phone, mask_phone
from pos_loyalty.services.directory import count_members, directory_page, search_directory
from pos_loyalty.services.members import PersonalData, edit_member, erase_member
from pos_loyalty.services.merge import merge_members
from tests.unit.conftest import AT_THE_BACK_OFFICE, Counter

TIERS = [
    {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
    {"name": "Silver", "threshold": "1000.00", "earn_percent": "7"},
]


def _register(counter: Counter, count: int) -> list[str]:
    return [
        counter.register(f"Person {i:02d}", f"+7 900 000-00-{i:02d}").card.number
        for i in range(count)
    ]


def test_pages_follow_the_cursor_until_the_last_one_says_there_is_no_more(
    counter: Counter,
) -> None:
    _register(counter, 7)
    first = directory_page(counter.uow, clock=counter.clock, limit=3)
    second = directory_page(counter.uow, clock=counter.clock, after=first.after, limit=3)
    third = directory_page(counter.uow, clock=counter.clock, after=second.after, limit=3)
    names = [line.name for page in (first, second, third) for line in page.lines]
    assert names == [f"Person {i:02d}" for i in range(7)]
    assert (first.more, second.more, third.more) == (True, True, False)
    assert first.lines[0].balance == 100  # the welcome bonus
    assert first.lines[0].phone == "79000000000"
    assert count_members(counter.uow) == 7


def test_a_line_shows_the_tier_the_spend_of_the_window_reached(counter: Counter) -> None:
    counter.programme(tiers=TIERS)
    cards = _register(counter, 2)
    counter.buy(cards[1], 150000)
    page = directory_page(counter.uow, clock=counter.clock)
    assert [(line.tier, line.card) for line in page.lines] == [
        ("Bronze", cards[0]),
        ("Silver", cards[1]),
    ]


def test_a_search_takes_a_card_prefix_a_phone_or_a_name(counter: Counter) -> None:
    cards = _register(counter, 12)
    by_card = search_directory(counter.uow, cards[11], clock=counter.clock)
    assert [line.name for line in by_card] == ["Person 11"]
    assert len(search_directory(counter.uow, cards[0][:6], clock=counter.clock)) == 12
    by_phone = search_directory(counter.uow, "8 900 000-00-1", clock=counter.clock)
    assert [line.name for line in by_phone] == ["Person 10", "Person 11"]
    assert [x.name for x in search_directory(counter.uow, "person 03", clock=counter.clock)] == [
        "Person 03"
    ]
    assert search_directory(counter.uow, "  ", clock=counter.clock) == ()


def test_a_merged_member_leaves_the_list_and_the_search(counter: Counter) -> None:
    cards = _register(counter, 3)
    merge_members(cards[0], cards[2], uow=counter.uow, clock=counter.clock, actor=counter.actor)
    page = directory_page(counter.uow, clock=counter.clock)
    assert [line.name for line in page.lines] == ["Person 00", "Person 01"]
    assert search_directory(counter.uow, "Person 02", clock=counter.clock) == ()
    assert [x.name for x in search_directory(counter.uow, cards[2], clock=counter.clock)] == [
        "Person 00"
    ]


def test_a_page_size_out_of_range_is_refused(counter: Counter) -> None:
    with pytest.raises(ValueError, match="a page holds 1 to 1000"):
        directory_page(counter.uow, clock=counter.clock, limit=0)


def test_a_masked_phone_hides_the_middle_and_a_full_one_is_grouped() -> None:
    assert mask_phone("79123456789") == "+7 912 ***-**-89"
    assert format_phone("79123456789") == "+7 912 345-67-89"
    assert mask_phone("4915112345678") == "+491********78"
    assert mask_phone("") == ""


def test_editing_changes_only_the_personal_data_and_keeps_phones_unique(
    counter: Counter,
) -> None:
    anna = counter.register("Anna", "+7 900 111-11-11").member
    counter.register("Boris", "+7 900 222-22-22")
    counter.buy(counter.register("Vera", "+7 900 333-33-33").card.number, 1000)
    edited = edit_member(
        PersonalData(anna.id, "  Anna   Smirnova ", "8 900 444-44-44", "a@example.com"),
        uow=counter.uow,
    )
    assert (edited.name, edited.phone, edited.email) == (
        "Anna Smirnova",
        "79004444444",
        "a@example.com",
    )
    assert edited.consent_at == anna.consent_at
    with pytest.raises(Conflict, match="already belongs to another member"):
        edit_member(PersonalData(anna.id, "Anna", "+7 900 222-22-22"), uow=counter.uow)
    with pytest.raises(InvalidInput, match="name is empty"):
        edit_member(PersonalData(anna.id, "  ", "+7 900 444-44-44"), uow=counter.uow)
    erase_member(anna.id, uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)
    with pytest.raises(NotAllowed, match="erased"):
        edit_member(PersonalData(anna.id, "Anna", "+7 900 444-44-44"), uow=counter.uow)
