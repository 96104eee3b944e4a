"""Cards: exact round trips, a member's cards, and the sequence that numbers new cards."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.exc import IntegrityError

from db import SqlAlchemyUnitOfWork
from pos_loyalty.domain.cards import Card, CardState, CardType, card_number_for
from pos_loyalty.domain.errors import NotFound

from .builders import a_card, a_member


def test_a_card_comes_back_exactly_as_stored(uow: SqlAlchemyUnitOfWork) -> None:
    member = a_member()
    card = a_card(member.id, card_type=CardType.CLUB)
    unassigned = a_card(None, card_type=CardType.DISCOUNT)
    with uow:
        uow.members.add(member)
        uow.cards.add(card)
        uow.cards.add(unassigned)
        uow.commit()
    with uow.read_only():
        assert uow.cards.get(card.number) == card
        assert uow.cards.get(unassigned.number) == unassigned
        assert uow.cards.get(card_number_for(999_999_999)) is None
        assert isinstance(uow.cards.get(card.number), Card)


def test_a_replaced_card_keeps_its_state_and_successor(uow: SqlAlchemyUnitOfWork) -> None:
    member = a_member()
    old, new = a_card(member.id), a_card(member.id)
    replaced = replace(old, state=CardState.REPLACED, replaced_by=new.number)
    blocked = replace(new, state=CardState.BLOCKED, block_reason="lost on 8 March")
    with uow:
        uow.members.add(member)
        uow.cards.add(old)
        uow.cards.add(new)
        uow.cards.update(replaced)
        uow.cards.update(blocked)
        assert uow.cards.get(old.number) == replaced
        assert uow.cards.get(new.number) == blocked
        assert uow.cards.of_member(member.id) == [replaced, blocked]
        assert uow.cards.of_member("nobody") == []


def test_updating_an_unknown_card_says_so(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(NotFound, match="not in this database"):
        uow.cards.update(a_card(None))


def test_a_card_of_an_unknown_member_is_refused(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(IntegrityError, match="FOREIGN KEY"):
        uow.cards.add(a_card("no-such-member"))


def test_a_card_number_cannot_be_stored_twice(uow: SqlAlchemyUnitOfWork) -> None:
    card = a_card(None)
    with uow:
        uow.cards.add(card)
        with pytest.raises(IntegrityError, match=r"cards\.number"):
            uow.cards.add(card)


def test_card_sequences_are_handed_out_once_and_in_order(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        assert uow.cards.allocate_sequences(3) == range(1, 4)
        assert uow.cards.allocate_sequences(1) == range(4, 5)
        uow.commit()
    with uow:
        assert uow.cards.allocate_sequences(10) == range(5, 15)


def test_sequences_reserved_in_a_rolled_back_transaction_are_handed_out_again(
    uow: SqlAlchemyUnitOfWork,
) -> None:
    with uow:
        assert uow.cards.allocate_sequences(5) == range(1, 6)
    with uow:
        assert uow.cards.allocate_sequences(5) == range(1, 6)


def test_sequences_start_above_every_card_already_on_file(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        uow.cards.add(Card(card_number_for(500), CardType.BONUS, CardState.ACTIVE, None))
        assert uow.cards.allocate_sequences(2) == range(501, 503)
        uow.cards.add(Card(card_number_for(900), CardType.BONUS, CardState.ACTIVE, None))
        assert uow.cards.allocate_sequences(1) == range(901, 902)


def test_asking_for_no_sequences_is_refused(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(ValueError, match="at least 1"):
        uow.cards.allocate_sequences(0)
