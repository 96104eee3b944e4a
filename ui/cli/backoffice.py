"""Back-office commands: `member merge|page`, `card print`, `bonus add|limit`, `audit show|export`.

They join the existing `member`, `card` and `audit` groups; `bonus` is a group of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pos_loyalty.domain.cards import CardType
from pos_loyalty.domain.errors import InvalidInput, NotFound
from pos_loyalty.services.bonuses import (
    ManualPoints,
    ManualReason,
    approval_limit,
    give_points,
    set_approval_limit,
)
from pos_loyalty.services.cards import issue_cards
from pos_loyalty.services.exporting import export_audit
from pos_loyalty.services.history import DEFAULT_PAGE_SIZE, member_page_for_card
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.merge import merge_members
from pos_loyalty.services.payloads import card_to_dict, member_to_dict
from pos_loyalty.services.printing import cards_to_print
from ui.cli.cards import card
from ui.cli.context import App, LazyProgress, emit, pass_app, system_clock
from ui.cli.main import common
from ui.cli.members import member
from ui.cli.page import audit_dicts, audit_lines, page_dict, page_lines
from ui.cli.staff import audit
from ui.station import load_station

CARD_LAYOUTS = ("cr80", "a4")


@member.command("merge")
@click.argument("keep_card")
@click.argument("other_card")
@common
@pass_app
def merge(app: App, keep_card: str, other_card: str) -> None:
    """Merge the member of OTHER_CARD into the member of KEEP_CARD (cards, points, spend)."""
    done = merge_members(
        keep_card, other_card, uow=app.uow(), clock=system_clock, actor=app.actor()
    )
    emit(
        app,
        {
            "kept": member_to_dict(done.kept),
            "merged": {**member_to_dict(done.other), "merged_into": done.other.merged_into},
            "cards": [card_to_dict(c) for c in done.cards],
            "points_moved": done.points,
            "spend_moved": done.spend,
            "balance_after": done.wallet.balance,
        },
        [
            f"member {done.other.id} merged into {done.kept.id} ({done.kept.name})",
            f"cards moved: {', '.join(c.number for c in done.cards) or 'none'}",
            f"points moved: {done.points}; balance now {done.wallet.balance}",
        ],
    )


@member.command("page")
@click.argument("card_number", metavar="CARD")
@click.option(
    "--page", default=1, show_default=True, help="Page of the points history, 1 = newest."
)
@click.option("--page-size", default=DEFAULT_PAGE_SIZE, show_default=True)
@common
@pass_app
def page(app: App, card_number: str, page: int, page_size: int) -> None:
    """Everything about a member: data, consent, cards, tiers, points history (paged)."""
    found = member_page_for_card(
        card_number, uow=app.uow(), clock=system_clock, page=page, page_size=page_size
    )
    emit(app, page_dict(found), page_lines(found))


@card.command("print")
@click.argument("numbers", nargs=-1)
@click.option("--batch", type=int, help="Issue this many new cards and print them.")
@click.option(
    "--type",
    "card_type",
    type=click.Choice([t.value for t in CardType]),
    default="bonus",
    show_default=True,
    help="The type of the cards a --batch issues.",
)
@click.option(
    "--format", "layout", type=click.Choice(CARD_LAYOUTS), default="cr80", show_default=True
)
@click.option("--pdf", "pdf_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--logo", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@common
@pass_app
def print_(
    app: App,
    numbers: tuple[str, ...],
    batch: int | None,
    card_type: str,
    layout: str,
    pdf_path: Path,
    logo: Path | None,
) -> None:
    """Print cards to a PDF: the NUMBERS given, or a --batch of new unassigned cards."""
    from devices.card_printing import CardArtwork, load_logo, render_cards  # loads reportlab

    if bool(numbers) == (batch is not None):
        raise InvalidInput("give either card numbers or --batch N")
    if batch is not None:
        app.actor()  # a batch issues new numbers: a proven staff member only
    load_logo(logo)  # a bad logo is refused before any card is issued
    if batch is not None:
        issuing = LazyProgress("issuing cards")
        try:
            cards = issue_cards(
                batch, uow=app.uow(), card_type=CardType(card_type), progress=issuing
            )
        finally:
            issuing.close()
    else:
        cards = cards_to_print(list(numbers), uow=app.uow())
    artwork = CardArtwork(load_station(app.uow()).store.name, logo)
    drawing = LazyProgress("drawing pages")
    try:
        pages = render_cards([c.number for c in cards], pdf_path, artwork, layout, progress=drawing)
    finally:
        drawing.close()
    emit(
        app,
        {
            "pdf": str(pdf_path),
            "format": layout,
            "pages": pages,
            "cards": [c.number for c in cards],
        },
        [f"{len(cards)} cards on {pages} page(s) in {pdf_path}", *(c.number for c in cards)],
    )


@click.group("bonus")
def bonus() -> None:
    """Manual bonuses and corrections, with a reason; big ones need a second manager."""


@bonus.command("add")
@click.argument("card_number", metavar="CARD")
@click.option("--points", required=True, type=int, help="Points to add (negative removes).")
@click.option("--reason", required=True, type=click.Choice([r.value for r in ManualReason]))
@click.option("--text", default="", help="Why (required for 'other').")
@common
@pass_app
def add(
    app: App,
    card_number: str,
    points: int,
    reason: str,
    text: str,
) -> None:
    """Add or remove points by hand, for a reason from the list.

    Above the approval limit, name the second manager with the global --approved-by.
    """
    view = lookup_card(app.uow(), card_number, system_clock)
    if view.member is None:
        raise NotFound(f"card {card_number} is not registered to anyone")
    actor, approved_by = app.actor(), app.approved_by()
    cmd = ManualPoints(
        view.member.id, points, ManualReason(reason), text, approved_by, view.card.number
    )
    done = give_points(cmd, uow=app.uow(), clock=system_clock, actor=actor)
    emit(
        app,
        {
            "member_id": view.member.id,
            "points": points,
            "kind": done.entry.kind.value,
            "reason": done.entry.reason,
            "approved_by": done.approver.name if done.approver else None,
            "balance_after": done.wallet.balance,
        },
        f"{points:+d} points ({done.entry.reason}); balance now {done.wallet.balance}",
    )


@bonus.command("limit")
@click.argument("points", type=int, required=False)
@common
@pass_app
def limit(app: App, points: int | None) -> None:
    """Show the approval limit, or set it to POINTS."""
    if points is not None:
        set_approval_limit(
            points,
            uow=app.uow(),
            clock=system_clock,
            actor=app.actor(),
            approved_by=app.approved_by(),
        )
    uow = app.uow()
    with uow.read_only():
        current = approval_limit(uow)
    emit(app, {"adjust_approval_limit": current}, f"approval needed above {current} points")


@audit.command("show")
@click.option("--last", "last", type=int, help="Only the newest N records.")
@common
@pass_app
def show(app: App, last: int | None) -> None:
    """List the manual actions in the audit log, oldest first."""
    uow = app.uow()
    with uow.read_only():
        records = uow.audit.all()
    if last is not None:
        records = records[-last:] if last > 0 else []
    emit(app, audit_dicts(records), audit_lines(records) or ["the audit log is empty"])


@audit.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@common
@pass_app
def export(app: App, path: Path) -> None:
    """Write the audit log to a CSV file."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        count = export_audit(out, uow=app.uow())
    emit(app, {"file": str(path), "rows": count}, f"{count} audit records written to {path}")


COMMANDS: list[Any] = [bonus]
