"""`pos-loyalty checkout|refund|void|adjust|expire`: what happens at the counter."""

from __future__ import annotations

import click

from devices import PrinterError, render_text
from pos_loyalty.domain.checkout import MAX, CheckLine, RedeemRequest
from pos_loyalty.domain.errors import InvalidInput, NotFound
from pos_loyalty.domain.money import format_money, parse_money
from pos_loyalty.domain.slip import Slip
from pos_loyalty.services.checkout import Checkout, Committed, quote_checkout
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.payloads import refund_to_dict
from pos_loyalty.services.points import adjust_balance, expire_points
from pos_loyalty.services.redemptions import commit_redeeming
from pos_loyalty.services.refunds import Refunded, refund_sale, void_last_sale
from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common
from ui.cli.render import committed_dict, quote_dict, quote_lines
from ui.offline_limits import authoriser_for, with_offline_limit
from ui.station import Station, load_station, print_slip

EXIT_PRINTER = 6


def parse_line(text: str) -> CheckLine:
    """Read 'AMOUNT' or 'AMOUNT:CATEGORY'."""
    amount, _, category = text.partition(":")
    return CheckLine(parse_money(amount), category.strip())


def parse_redeem(text: str | None) -> RedeemRequest:
    """Read a number of points or 'max'."""
    if text is None:
        return None
    if text.strip().lower() == MAX:
        return MAX
    if not text.strip().isdigit():
        raise InvalidInput(f"--redeem '{text}': give a whole number of points or 'max'")
    return int(text)


@click.command("checkout")
@click.argument("card", required=False)
@click.option("--total", help="The check total, e.g. 999.99 (a single line).")
@click.option("--line", "lines", multiple=True, help="AMOUNT[:CATEGORY], repeatable.")
@click.option("--redeem", help="Points to redeem: a number or 'max'.")
@click.option("--receipt", "receipt_no", default="", help="The main till's receipt number.")
@click.option("--dry-run", is_flag=True, help="Only quote: show what would happen.")
@click.option("--lang", type=click.Choice(["en", "ru"]), default="en", show_default=True)
@click.option("--slip", "show_slip", is_flag=True, help="Also show the slip's text here.")
@click.option(
    "--confirm-large",
    is_flag=True,
    help="Record a check above the programme's large-check threshold (100000.00 by default).",
)
@common
@pass_app
def checkout(
    app: App,
    card: str | None,
    total: str | None,
    lines: tuple[str, ...],
    redeem: str | None,
    receipt_no: str,
    dry_run: bool,
    lang: str,
    show_slip: bool,
    confirm_large: bool,
) -> None:
    """Quote or record a check, with a card (discount, points) or without one."""
    if bool(total) == bool(lines):
        raise InvalidInput("give either --total or one or more --line")
    check = (CheckLine(parse_money(total)),) if total else tuple(parse_line(x) for x in lines)
    cmd = Checkout(card, check, parse_redeem(redeem), receipt_no, large_confirmed=confirm_large)
    if dry_run:
        limited = with_offline_limit(app.db, cmd, system_clock())
        q = quote_checkout(limited, uow=app.uow(), clock=system_clock)
        emit(app, quote_dict(q), quote_lines(q, lang))
        return
    station = load_station(app.uow())
    # the points are reserved at the server first (the offline caps when it does not answer)
    done = commit_redeeming(
        cmd,
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        authoriser=authoriser_for(app.db),
        store=station.store,
    )
    text = [f"sale {done.sale.id}", *quote_lines(done.quote, lang)]
    if done.redemption is not None:
        text.append(f"redemption {done.redemption.reason}")
    if card:
        text.append(
            f"balance {done.balance_before} -> {done.balance_after} points"
            + (f" ({done.pending_after} pending)" if done.pending_after else "")
        )
    if show_slip and done.slip is not None:
        text.append(render_text(done.slip))
    emit(app, {**committed_dict(done), "redemption": _redemption_dict(done)}, text)
    if done.slip is not None:
        deliver_slip(station, done.slip, done.sale.id)


def _redemption_dict(done: Committed) -> dict[str, object] | None:
    """How the sale's redeemed points were authorised (None: it redeemed nothing)."""
    r = done.redemption
    if r is None:
        return None
    return {
        "online": r.online,
        "limit": r.points,
        "reason": r.reason,
        "reserved": bool(r.reservation_id),
    }


def deliver_slip(station: Station, slip: Slip, slip_id: str) -> None:
    """Print the slip; if the printer fails, say so (the sale is kept) and exit non-zero."""
    try:
        where = print_slip(station, slip)
    except PrinterError as exc:
        click.echo(
            f"error: the sale is recorded but the slip was not printed. {exc} "
            f"Reprint it with 'pos-loyalty receipt reprint {slip_id}'.",
            err=True,
        )
        raise SystemExit(EXIT_PRINTER) from None
    if where:
        click.echo(f"slip printed to {where}", err=True)


def _refunded_lines(r: Refunded) -> list[str]:
    f = r.refund
    lines = [
        f"refund {f.id} of sale {f.sale_id}: goods {format_money(f.amount)}",
        f"money back {format_money(f.money_returned)}",
        f"points taken back {f.points_reversed}, points given back {f.points_returned}",
    ]
    if r.balance_after is not None:
        lines.append(
            f"balance now {r.balance_after} points"
            + ("  (NEGATIVE: earned points were already spent)" if r.balance_after < 0 else "")
        )
    return lines


@click.command("refund")
@click.argument("sale_id")
@click.option("--amount", required=True, help="Value of the goods returned, e.g. 500.00.")
@click.option("--reason", required=True, help="Why (e.g. 'goods returned').")
@common
@pass_app
def refund(app: App, sale_id: str, amount: str, reason: str) -> None:
    """Refund all or part of a sale."""
    r = refund_sale(
        sale_id,
        parse_money(amount),
        reason,
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    emit(app, {**refund_to_dict(r.refund), "balance_after": r.balance_after}, _refunded_lines(r))


@click.command("void")
@common
@pass_app
def void(app: App) -> None:
    """Void this terminal's last sale of today (a full refund, logged)."""
    station = load_station(app.uow())
    r = void_last_sale(uow=app.uow(), clock=system_clock, actor=app.actor(), store=station.store)
    emit(app, {**refund_to_dict(r.refund), "balance_after": r.balance_after}, _refunded_lines(r))
    if r.slip is not None:
        deliver_slip(station, r.slip, r.refund.id)


@click.command("adjust")
@click.argument("card")
@click.option("--points", required=True, type=int, help="Points to add (or remove, negative).")
@click.option("--reason", required=True)
@common
@pass_app
def adjust(app: App, card: str, points: int, reason: str) -> None:
    """Correct a member's balance by hand, with a reason."""
    view = lookup_card(app.uow(), card, system_clock)
    if view.member is None:
        raise NotFound(f"card {card} is not registered to anyone")
    wallet = adjust_balance(
        view.member.id,
        points,
        reason,
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
        card_number=view.card.number,
    )
    emit(
        app,
        {"member_id": view.member.id, "points": points, "balance_after": wallet.balance},
        f"{points:+d} points ({reason}); balance now {wallet.balance}",
    )


@click.command("expire")
@common
@pass_app
def expire(app: App) -> None:
    """Write off every point whose expiry date has come."""

    def report(members: int, points: int) -> None:
        click.echo(f"expiring: {members} members checked, {points} points so far", err=True)

    total = expire_points(uow=app.uow(), clock=system_clock, actor=app.actor(), progress=report)
    emit(app, {"points_expired": total}, f"{total} points expired")


COMMANDS = [checkout, refund, void, adjust, expire]
