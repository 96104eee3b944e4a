"""What the Cards tab runs off the GUI thread: plain functions over the use cases.

Each opens its own unit of work (one per thread) and returns plain data for the tab to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pos_loyalty.domain.cards import CardType
from pos_loyalty.services.cards import block_card, issue_cards, replace_card
from pos_loyalty.services.lookup import MemberView, lookup_card
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.printing import cards_to_print
from ui.station import load_station
from ui.worker import Report

UowFactory = Callable[[], UnitOfWork]


@dataclass(frozen=True, slots=True)
class Replaced:
    """A replacement done: both cards as the counter sees them now."""

    old: MemberView
    new: MemberView
    generated: bool


@dataclass(frozen=True, slots=True)
class Printed:
    """A PDF of cards written."""

    path: Path
    pages: int
    cards: int


def find(uow_factory: UowFactory, number: str, clock: Clock) -> MemberView:
    """The card with its holder and their standing, as a scan at the counter shows it."""
    return lookup_card(uow_factory(), number, clock)


def block(
    uow_factory: UowFactory, number: str, reason: str, clock: Clock, actor: Actor
) -> MemberView:
    """Block a lost or stolen card (logged as the manager's); return how it looks now."""
    block_card(number, reason, uow=uow_factory(), actor=actor, clock=clock)
    return lookup_card(uow_factory(), number, clock)


def replace(
    uow_factory: UowFactory, old: str, new: str | None, clock: Clock, actor: Actor
) -> Replaced:
    """Move the holder of `old` to `new` (None: a new number), balance and history kept."""
    card = replace_card(old, new, uow=uow_factory(), clock=clock, actor=actor)
    return Replaced(
        lookup_card(uow_factory(), old, clock),
        lookup_card(uow_factory(), card.number, clock),
        new is None,
    )


def issue(uow_factory: UowFactory, count: int, card_type: CardType, report: Report) -> list[str]:
    """Issue `count` unassigned cards in one transaction; return their numbers."""
    cards = issue_cards(count, uow=uow_factory(), card_type=card_type, progress=report)
    return [card.number for card in cards]


def print_cards(
    uow_factory: UowFactory,
    numbers: Sequence[str],
    target: Path,
    layout: str,
    logo: Path | None,
    report: Report,
) -> Printed:
    """Write the cards (known, active) as a PDF for a card printer or label sheets."""
    from devices.card_printing import CardArtwork, load_logo, render_cards  # loads reportlab

    load_logo(logo)  # a bad logo is refused before anything is read
    cards = cards_to_print(list(numbers), uow=uow_factory())
    artwork = CardArtwork(load_station(uow_factory()).store.name, logo)
    pages = render_cards([c.number for c in cards], target, artwork, layout, progress=report)
    return Printed(target, pages, len(cards))
