"""`pos-loyalty card ...`: issue a batch, block a lost card, replace a card."""

from __future__ import annotations

import click

from pos_loyalty.domain.cards import CardType
from pos_loyalty.services.cards import block_card, issue_cards, replace_card
from pos_loyalty.services.payloads import card_to_dict
from ui.cli.context import App, LazyProgress, emit, pass_app, system_clock
from ui.cli.main import common


@click.group("card")
def card() -> None:
    """Issue, block and replace cards."""


@card.command("issue")
@click.option("--count", default=1, show_default=True, help="How many unassigned cards.")
@click.option(
    "--type",
    "card_type",
    type=click.Choice([t.value for t in CardType]),
    default="bonus",
    show_default=True,
)
@common
@pass_app
def issue(app: App, count: int, card_type: str) -> None:
    """Issue a batch of unassigned cards (bound to members at registration)."""
    progress = LazyProgress("issuing cards")
    try:
        app.actor()  # issuing numbers uses up the store's block: a proven staff member only
        cards = issue_cards(count, uow=app.uow(), card_type=CardType(card_type), progress=progress)
    finally:
        progress.close()
    emit(app, [card_to_dict(c) for c in cards], [c.number for c in cards])


@card.command("block")
@click.argument("number")
@click.option("--reason", default="lost", show_default=True)
@common
@pass_app
def block(app: App, number: str, reason: str) -> None:
    """Block a lost or stolen card."""
    blocked = block_card(number, reason, uow=app.uow(), actor=app.actor(), clock=system_clock)
    emit(app, card_to_dict(blocked), f"card {blocked.number} blocked ({blocked.block_reason})")


@card.command("replace")
@click.argument("old")
@click.option("--new", "new", help="A pre-printed card to move to (else a new number).")
@common
@pass_app
def replace(app: App, old: str, new: str | None) -> None:
    """Move a member to a new card; the balance and history stay with them."""
    card_ = replace_card(old, new, uow=app.uow(), clock=system_clock, actor=app.actor())
    emit(app, card_to_dict(card_), f"card {old} replaced by {card_.number}")


COMMANDS = [card]
