"""`pos-loyalty member ...`: register, show, find and erase members, their consent; `history`."""

from __future__ import annotations

from datetime import date

import click

from pos_loyalty.domain.cards import CardType
from pos_loyalty.domain.errors import InvalidInput, NotFound
from pos_loyalty.domain.money import format_money
from pos_loyalty.services.lookup import find_members, lookup_card
from pos_loyalty.services.members import (
    Registration,
    erase_member,
    register_member,
    set_marketing_consent,
)
from pos_loyalty.services.payloads import card_to_dict, member_to_dict
from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common
from ui.cli.render import entries_dicts, entry_line, view_dict, view_lines


@click.group("member")
def member() -> None:
    """Register, show, find and erase members."""


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"'{text}' is not a date: write it like 1990-05-17") from None


@member.command("add")
@click.option("--name", required=True)
@click.option("--phone", required=True)
@click.option("--consent/--no-consent", default=False, help="The customer agreed to data use.")
@click.option(
    "--marketing-consent/--no-marketing-consent",
    default=False,
    help="The customer agreed to receive offers (asked apart from --consent).",
)
@click.option("--email", default="")
@click.option("--birthday", help="YYYY-MM-DD")
@click.option("--card", "card_number", help="A pre-printed card to bind (else a new number).")
@click.option(
    "--type",
    "card_type",
    type=click.Choice([t.value for t in CardType]),
    default="bonus",
    show_default=True,
)
@click.option("--referrer", "referrer_card", help="The card of the member who referred them.")
@common
@pass_app
def add(
    app: App,
    name: str,
    phone: str,
    consent: bool,
    marketing_consent: bool,
    email: str,
    birthday: str | None,
    card_number: str | None,
    card_type: str,
    referrer_card: str | None,
) -> None:
    """Register a member and give them a card."""
    cmd = Registration(
        name=name,
        phone=phone,
        consent=consent,
        email=email,
        birthday=_date(birthday),
        card_number=card_number,
        card_type=CardType(card_type),
        referrer_card=referrer_card,
        marketing_consent=marketing_consent,
    )
    done = register_member(cmd, uow=app.uow(), clock=system_clock, actor=app.actor())
    emit(
        app,
        {
            "member": member_to_dict(done.member),
            "card": card_to_dict(done.card),
            "welcome_points": done.welcome_points,
        },
        [
            f"registered {done.member.name}, card {done.card.number}",
            f"welcome bonus {done.welcome_points} points",
        ],
    )


@member.command("show")
@click.argument("card")
@common
@pass_app
def show(app: App, card: str) -> None:
    """Show a card's member, tier and balance, as the counter does on a scan."""
    view = lookup_card(app.uow(), card, system_clock)
    emit(app, view_dict(view), view_lines(view))


@member.command("find")
@click.argument("text")
@click.option("--limit", default=20, show_default=True)
@common
@pass_app
def find(app: App, text: str, limit: int) -> None:
    """Find members by phone prefix or by name prefix."""
    found = find_members(app.uow(), text, limit)
    data = [
        {"member": member_to_dict(m), "cards": [card_to_dict(c) for c in cards]}
        for m, cards in found
    ]
    lines = [
        f"{m.name:<32} {m.phone:<14} " + " ".join(c.number for c in cards) for m, cards in found
    ] or [f"nobody found for '{text}'"]
    emit(app, data, lines)


@member.command("erase")
@click.argument("card")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@common
@pass_app
def erase(app: App, card: str, yes: bool) -> None:
    """Erase a member's personal data on request (the points history stays, anonymous)."""
    view = lookup_card(app.uow(), card, system_clock)
    if view.member is None:
        raise NotFound(f"card {card} is not registered to anyone")
    if not yes:
        click.confirm(f"Erase the personal data of {view.member.name}?", abort=True)
    erased = erase_member(
        view.member.id,
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    emit(app, member_to_dict(erased), f"personal data of member {erased.id} erased")


@member.command("consent")
@click.argument("card")
@click.option(
    "--marketing",
    type=click.Choice(["yes", "no"]),
    required=True,
    help="yes: the customer agrees to receive offers; no: they withdraw it.",
)
@common
@pass_app
def consent(app: App, card: str, marketing: str) -> None:
    """Record a member's consent to receive offers, or its withdrawal (in the audit log)."""
    view = lookup_card(app.uow(), card, system_clock)
    if view.member is None:
        raise NotFound(f"card {card} is not registered to anyone")
    given = marketing == "yes"
    before = view.member.marketing_consent_at
    changed = set_marketing_consent(
        view.member.id, given, uow=app.uow(), clock=system_clock, actor=app.actor()
    )
    at = changed.marketing_consent_at
    if at is not None:
        line = f"consent to offers {'already ' if before else ''}given {at.isoformat()}"
    else:
        line = "consent to offers withdrawn" if before else "there was no consent to offers"
    emit(
        app,
        {
            "member_id": changed.id,
            "marketing_consent": at is not None,
            "marketing_consent_at": at.isoformat() if at else None,
            "changed": (before is None) == given,
        },
        line,
    )


@click.command("history")
@click.argument("card")
@common
@pass_app
def history(app: App, card: str) -> None:
    """Show a member's points history with the running balance, and their sales."""
    view = lookup_card(app.uow(), card, system_clock)
    if view.member is None:
        raise NotFound(f"card {card} is not registered to anyone")
    uow = app.uow()
    with uow.read_only():
        entries = uow.ledger.of_member(view.member.id)
        sales = uow.sales.of_member(view.member.id, 1000)
    rows = entries_dicts(entries)
    lines = [entry_line(e, r["running_balance"]) for e, r in zip(entries, rows, strict=True)]
    lines += [
        f"sale {s.id} {s.business_date} total {format_money(s.total)}"
        f"{' refunded ' + format_money(s.refunded) if s.refunded else ''}"
        for s in sales
    ]
    emit(
        app,
        {
            "member_id": view.member.id,
            "entries": rows,
            "sales": [
                {
                    "id": s.id,
                    "business_date": s.business_date.isoformat(),
                    "total": s.total,
                    "paid": s.paid,
                    "refunded": s.refunded,
                }
                for s in sales
            ],
        },
        lines,
    )


COMMANDS = [member, history]
