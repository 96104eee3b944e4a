"""Card use cases: issue a batch, block a lost card, replace a card keeping the balance.

Points belong to the member, not to the plastic: replacing a card rebinds the member and
marks the old card `replaced` (scanning it names the new one); a zero-point transfer entry
records the move in the member's history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pos_loyalty.domain import fields
from pos_loyalty.domain.cards import (
    Card,
    CardState,
    CardType,
    card_number_for,
    validate_card_number,
)
from pos_loyalty.domain.errors import Conflict, InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.payloads import card_to_dict, replacement_to_dict
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, Book

MAX_BATCH = 100_000
PROGRESS_STEP = 100
"""Cards issued between two progress reports."""

Progress = Callable[[int, int], None]
"""Called with (cards issued so far, cards in the batch)."""


def new_card_numbers(uow: UnitOfWork, count: int) -> list[str]:
    """Allocate `count` fresh card numbers inside the open transaction."""
    return [card_number_for(seq) for seq in uow.cards.allocate_sequences(count)]


def issue_cards(
    count: int,
    *,
    uow: UnitOfWork,
    card_type: CardType = CardType.BONUS,
    progress: Progress | None = None,
) -> list[Card]:
    """Issue a batch of unassigned cards (printed now, handed out later), in one transaction."""
    if not 0 < count <= MAX_BATCH:
        raise InvalidInput(f"a batch is 1 to {MAX_BATCH} cards, {count} were asked")
    with uow:
        cards = [Card(n, card_type, CardState.ACTIVE, None) for n in new_card_numbers(uow, count)]
        for done, card in enumerate(cards, start=1):
            uow.cards.add(card)
            uow.outbox.add("card_issued", card_to_dict(card))
            if progress is not None and (done % PROGRESS_STEP == 0 or done == count):
                progress(done, count)
        uow.commit()
    return cards


def _card(uow: UnitOfWork, number: str) -> Card:
    card = uow.cards.get(validate_card_number(number))
    if card is None:
        raise NotFound(f"card {number} is not known here")
    return card


def block_card(
    number: str,
    reason: str,
    *,
    uow: UnitOfWork,
    actor: Actor | None = None,
    clock: Clock | None = None,
) -> Card:
    """Block a lost or stolen card: scanning it shows the owner but allows nothing.

    Given who blocks it (`actor`, `clock`), the block is recorded in the audit log too.
    """
    fields.check_length(reason.strip(), fields.REASON, "reason")
    with uow:
        card = _card(uow, number)
        if card.state != CardState.ACTIVE:
            raise NotAllowed(f"card {number} is already {card.state.value}")
        blocked = replace(card, state=CardState.BLOCKED, block_reason=reason.strip() or "lost")
        uow.cards.update(blocked)
        uow.outbox.add("card_blocked", card_to_dict(blocked))
        if actor is not None and clock is not None:
            details = {"card": number, "member": card.member_id, "reason": blocked.block_reason}
            record_action(uow, actor, "card_block", details, clock)
        uow.commit()
    return blocked


def replace_card(
    old_number: str, new_number: str | None, *, uow: UnitOfWork, clock: Clock, actor: Actor
) -> Card:
    """Move a member from an old card (lost, worn) to a new one, balance and history kept."""
    with uow:
        old = _card(uow, old_number)
        if old.member_id is None:
            raise NotAllowed(f"card {old_number} belongs to nobody: there is nothing to move")
        if old.state == CardState.REPLACED:
            raise NotAllowed(f"card {old_number} was already replaced by {old.replaced_by}")
        new = _fresh_card(uow, new_number, old)
        uow.cards.update(replace(old, state=CardState.REPLACED, replaced_by=new.number))
        programme = require_programme(uow)
        book = Book(uow, actor, old.member_id, clock(), programme.version, new.number)
        book.post(EntryKind.TRANSFER, 0, reason=f"card {old.number} replaced by {new.number}")
        book.close()
        uow.outbox.add("card_replaced", replacement_to_dict(old.number, new))
        details = {"old": old.number, "new": new.number, "member": old.member_id}
        record_action(uow, actor, "card_replace", details, clock)
        uow.commit()
    return new


def _fresh_card(uow: UnitOfWork, number: str | None, old: Card) -> Card:
    if number is None:
        (generated,) = new_card_numbers(uow, 1)
        card = Card(generated, old.card_type, CardState.ACTIVE, old.member_id)
        uow.cards.add(card)
        return card
    existing = uow.cards.get(validate_card_number(number))
    if existing is None:
        card = Card(number, old.card_type, CardState.ACTIVE, old.member_id)
        uow.cards.add(card)
        return card
    if existing.member_id is not None or existing.state != CardState.ACTIVE:
        raise Conflict(f"card {number} is not a free card: take an unassigned one")
    card = replace(existing, member_id=old.member_id)
    uow.cards.update(card)
    return card
