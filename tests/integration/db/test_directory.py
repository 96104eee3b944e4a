"""The back office's member list: keyset pages over a real file, card prefixes, index-only plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from db import Database, SqlAlchemyUnitOfWork
from pos_loyalty.domain.cards import CardState
from pos_loyalty.domain.members import Member

from .builders import TODAY, a_card, a_member
from .test_query_plans import _plans_of

SINCE = TODAY - timedelta(days=364)


@pytest.fixture
def people(uow: SqlAlchemyUnitOfWork) -> list[tuple[Member, str]]:
    """Store 25 members, each with a card and some spend; the 5th is merged into the 4th."""
    found = []
    with uow:
        for i in range(25):
            member = a_member(name=f"Member {i:02d}", phone=f"7912000{i:04d}")
            card = a_card(member.id)
            uow.members.add(member)
            uow.cards.add(card)
            uow.spend.add(member.id, TODAY, 1000 * i)
            found.append((member, card.number))
        merged = replace(found[4][0], merged_into=found[3][0].id)
        uow.members.update(merged)
        uow.commit()
    return found


def test_pages_follow_each_other_by_position_and_leave_merged_members_out(
    uow: SqlAlchemyUnitOfWork, people: list[tuple[Member, str]]
) -> None:
    with uow.read_only():
        first = uow.directory.page(0, 10, SINCE)
        second = uow.directory.page(first[-1].position, 10, SINCE)
        rest = uow.directory.page(second[-1].position, 10, SINCE)
        count = uow.directory.count()
    names = [x.summary.member.name for x in first + second + rest]
    assert names == [f"Member {i:02d}" for i in range(25) if i != 4]
    assert (len(first), len(second), len(rest), count) == (10, 10, 4, 24)
    assert first[2].summary.card is not None and first[2].summary.card.number == people[2][1]
    assert first[2].summary.spend == 2000
    assert first[2].summary.balance == 0


def test_members_by_id_keep_the_order_asked_and_the_active_card_comes_first(
    uow: SqlAlchemyUnitOfWork, people: list[tuple[Member, str]]
) -> None:
    member = people[7][0]
    newer = a_card(member.id)
    with uow:
        old = uow.cards.get(people[7][1])
        assert old is not None
        uow.cards.update(replace(old, state=CardState.BLOCKED))
        uow.cards.add(newer)
        uow.commit()
    with uow.read_only():
        ids = [people[9][0].id, member.id, people[4][0].id, "nobody"]
        found = uow.directory.of_ids(ids, SINCE)
    assert [x.summary.member.id for x in found] == [people[9][0].id, member.id]
    assert found[1].summary.card is not None
    assert found[1].summary.card.number == newer.number


def test_a_card_prefix_finds_the_holders_by_card_number(
    uow: SqlAlchemyUnitOfWork, people: list[tuple[Member, str]]
) -> None:
    number = people[12][1]
    with uow.read_only():
        exact = uow.directory.ids_by_card_prefix(number, 10)
        several = uow.directory.ids_by_card_prefix(number[:4], 5)
        none = uow.directory.ids_by_card_prefix("0999", 5)
    assert exact == [people[12][0].id]
    assert len(several) == 5
    assert none == []


def test_a_page_and_a_card_prefix_read_through_keys_and_indexes(
    database: Database, people: list[tuple[Member, str]]
) -> None:
    def work(uow: SqlAlchemyUnitOfWork) -> None:
        uow.directory.page(5, 10, SINCE)
        uow.directory.ids_by_card_prefix("0420", 10)

    page, prefix = _plans_of(database, work)
    members_step = page.split(" | ")[0]
    assert members_step.startswith("SEARCH members USING"), page
    assert "rowid>?" in members_step  # a keyset range, in position order: no sort, no OFFSET
    assert "SEARCH main_card USING INDEX ix_cards_member_id" in page
    assert "SEARCH member_spend USING PRIMARY KEY" in page
    assert "SCAN" not in page.replace("SCAN CONSTANT ROW", "")
    assert "SEARCH cards USING INDEX sqlite_autoindex_cards_1 (number>? AND number<?)" in prefix
