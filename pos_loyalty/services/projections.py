"""Checking the balance projection against the ledger: every member replayed, each difference
named with the member's card.

The check reads member by member (`ProjectionSource.members`), so its memory stays that of one
member's entries; cards are looked up only for the members that differ.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pos_loyalty.domain.cards import Card, CardState
from pos_loyalty.domain.projection import ProjectionDifference, projection_differences
from pos_loyalty.services.ports import UnitOfWork

Tick = Callable[[int], None]
"""Told how many members were checked so far."""
TICK_EVERY = 5000


def projection_check(
    uow: UnitOfWork, tick: Tick | None = None
) -> tuple[int, list[ProjectionDifference]]:
    """(members checked, every difference) inside the caller's read transaction."""
    checked = 0
    found: list[ProjectionDifference] = []
    for member_id, entries, stored in uow.projections.members():
        found.extend(projection_differences(member_id, entries, stored))
        checked += 1
        if tick is not None and checked % TICK_EVERY == 0:
            tick(checked)
    if tick is not None and checked % TICK_EVERY:
        tick(checked)  # the last few, unless the loop just told them (or there were none)
    return checked, _with_cards(uow, found)


def _with_cards(uow: UnitOfWork, found: list[ProjectionDifference]) -> list[ProjectionDifference]:
    if not found:
        return found
    cards = uow.cards.of_members(sorted({d.member_id for d in found}))
    return [replace(d, card=_card(cards.get(d.member_id, []))) for d in found]


def _card(cards: list[Card]) -> str:
    """The member's card in use (the newest active one), else the newest card."""
    active = [c for c in cards if c.state == CardState.ACTIVE]
    chosen = (active or cards)[-1:]
    return chosen[0].number if chosen else ""
