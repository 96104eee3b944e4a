"""Which cards may be printed: numbers checked (check digit included) and known to be active."""

from __future__ import annotations

from collections.abc import Sequence

from pos_loyalty.domain.cards import Card, CardState, validate_card_number
from pos_loyalty.domain.errors import InvalidInput, NotAllowed, NotFound
from pos_loyalty.services.ports import UnitOfWork

MAX_PRINT = 10_000


def cards_to_print(numbers: Sequence[str], *, uow: UnitOfWork) -> list[Card]:
    """Return the cards to print, refusing wrong, unknown, blocked or replaced numbers."""
    if not 0 < len(numbers) <= MAX_PRINT:
        raise InvalidInput(f"print 1 to {MAX_PRINT} cards at a time")
    checked = [validate_card_number(number) for number in numbers]
    found = []
    with uow.read_only():
        for number in checked:
            card = uow.cards.get(number)
            if card is None:
                raise NotFound(f"card {number} is not known here: issue it before printing")
            if card.state != CardState.ACTIVE:
                raise NotAllowed(f"card {number} is {card.state.value}: it must not be printed")
            found.append(card)
    return found
