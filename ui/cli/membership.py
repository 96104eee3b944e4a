"""`pos-loyalty membership sell|renew|show CARD`: the paid club membership at the counter.

`show` is read-only; `sell` and `renew` record the fee as a membership sale and act as the
staff account proven by its PIN, like every command that changes the store. A membership sale
is refunded with `pos-loyalty refund SALE_ID --amount FEE --reason ...`.
"""

from __future__ import annotations

from typing import Any

import click

from devices import render_text
from pos_loyalty.domain.money import format_money
from pos_loyalty.services.membership import (
    MembershipOffer,
    MembershipSold,
    Step,
    membership_offer,
    sell_membership,
)
from pos_loyalty.services.payloads import sale_to_dict
from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common
from ui.cli.sales import deliver_slip
from ui.station import load_station


@click.group("membership")
def membership() -> None:
    """Sell, renew and show a member's paid club membership."""


def _offer_dict(o: MembershipOffer) -> dict[str, Any]:
    return {
        "card": o.card_number,
        "step": o.step.value,
        "fee": o.fee,
        "period_days": o.period_days,
        "until": o.current_until.isoformat() if o.current_until else None,
        "active": o.active,
        "new_until": o.new_until.isoformat(),
    }


def _offer_lines(o: MembershipOffer) -> list[str]:
    now = (
        f"club member until {o.current_until.isoformat()}" + ("" if o.active else " (lapsed)")
        if o.current_until
        else "not a club member"
    )
    return [
        f"card {o.card_number}: {now}",
        f"{o.step.value}: fee {format_money(o.fee)} for {o.period_days} days, "
        f"until {o.new_until.isoformat()}",
    ]


@membership.command("show")
@click.argument("card")
@common
@pass_app
def show(app: App, card: str) -> None:
    """Show the membership's end, and the fee, period and end date a sale would give."""
    offer = membership_offer(card, uow=app.uow(), clock=system_clock)
    emit(app, _offer_dict(offer), _offer_lines(offer))


def _record(app: App, card: str, receipt_no: str, show_slip: bool, step: Step) -> None:
    station = load_station(app.uow())
    done: MembershipSold = sell_membership(
        card,
        step=step,
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        receipt_no=receipt_no,
        store=station.store,
    )
    until = done.member.membership_until
    assert until is not None
    text = [
        f"sale {done.sale.id}: club membership fee {format_money(done.sale.paid)}",
        f"club member until {until.isoformat()}",
    ]
    if show_slip and done.slip is not None:
        text.append(render_text(done.slip))
    emit(app, {**sale_to_dict(done.sale), "until": until.isoformat()}, text)
    if done.slip is not None:
        deliver_slip(station, done.slip, done.sale.id)


_RECEIPT = click.option("--receipt", "receipt_no", default="", help="The main till's receipt.")
_SLIP = click.option("--slip", "show_slip", is_flag=True, help="Also show the slip's text here.")


@membership.command("sell")
@click.argument("card")
@_RECEIPT
@_SLIP
@common
@pass_app
def sell(app: App, card: str, receipt_no: str, show_slip: bool) -> None:
    """Sell a membership starting today (refused while one runs: renew it)."""
    _record(app, card, receipt_no, show_slip, Step.SELL)


@membership.command("renew")
@click.argument("card")
@_RECEIPT
@_SLIP
@common
@pass_app
def renew(app: App, card: str, receipt_no: str, show_slip: bool) -> None:
    """Extend the membership from the later of today and its current end."""
    _record(app, card, receipt_no, show_slip, Step.RENEW)


COMMANDS = [membership]
