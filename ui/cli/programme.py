"""`pos-loyalty program show|set|offer|offers`: the programme's rules, from and to TOML or JSON,
and the personal offers given to one member by card."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import click

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.programme_io import promotion_from_dict, promotion_to_dict
from pos_loyalty.services.offers import OfferHolder, PersonalOffer, give_offer, member_offers
from pos_loyalty.services.payloads import member_to_dict
from pos_loyalty.services.programmes import current_programme, save_programme
from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common


def read_rules(path: Path) -> dict[str, Any]:
    """Read a programme file (.toml or .json); a malformed file is a clear error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw, parse_float=_no_float)
        else:
            data = tomllib.loads(raw.decode("utf-8"), parse_float=_no_float)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path} is not valid {path.suffix[1:] or 'TOML'}: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path} must hold a table of settings")
    return data


def _no_float(text: str) -> str:
    # Keep the literal digits: the programme reader refuses floats, but a "5.5" written
    # without quotes is unambiguous and is read exactly as the text it is.
    return text


@click.group("program")
def program() -> None:
    """Show or change the programme's rules."""


@program.command("show")
@common
@pass_app
def show(app: App) -> None:
    """Show the rules in force."""
    p = current_programme(uow=app.uow())
    emit(app, p.to_dict(), p.describe())


@program.command("set")
@click.argument("path", type=click.Path(path_type=Path))
@common
@pass_app
def set_(app: App, path: Path) -> None:
    """Save the rules in a TOML or JSON file as a new programme version."""
    p = save_programme(
        read_rules(path),
        uow=app.uow(),
        actor=app.actor(),
        clock=system_clock,
        approved_by=app.approved_by(),
    )
    emit(app, p.to_dict(), [f"programme version {p.version} saved", *p.describe()])


def _effect(multiplier: str | None, discount: str | None, bonus: int | None) -> dict[str, Any]:
    given = [x is not None for x in (multiplier, discount, bonus)]
    if sum(given) != 1:
        raise InvalidInput(
            "say what the offer does with one of --multiplier, --extra-discount or --bonus"
        )
    if multiplier is not None:
        return {"effect": "earn_multiplier", "multiplier": multiplier}
    if discount is not None:
        return {"effect": "extra_discount", "extra_discount_percent": discount}
    return {"effect": "fixed_bonus", "bonus_points": bonus}


def _holder_dict(h: OfferHolder) -> dict[str, Any]:
    return {
        "card": h.card_number,
        "member": member_to_dict(h.member),
        "last_seen": h.last_seen.isoformat() if h.last_seen else None,
        "days_inactive": h.days_inactive,
        "offers": [promotion_to_dict(o) for o in h.offers],
    }


def _holder_lines(h: OfferHolder) -> list[str]:
    seen = "no purchase yet" if h.last_seen is None else f"last seen {h.last_seen}"
    lines = [f"{h.member.name or h.member.id} ({h.card_number}): {seen}"]
    lines += [f"offer {o.code}: {o.name}, {o.starts_on} to {o.ends_on}" for o in h.offers]
    return lines or ["no offers"]


@program.command("offer")
@click.argument("card")
@click.option("--name", required=True, help="What the cashier sees, e.g. 'x3 points'.")
@click.option("--until", "ends_on", required=True, help="Last day, like 2026-12-31.")
@click.option("--from", "starts_on", default=None, help="First day (default: today).")
@click.option("--code", default="WINBACK", show_default=True, help="Replaces an offer so coded.")
@click.option("--multiplier", default=None, help="Multiply the points earned, e.g. 3.")
@click.option("--extra-discount", default=None, help="An extra discount in %, e.g. 5.")
@click.option("--bonus", type=int, default=None, help="Bonus points for a check from --min-check.")
@click.option("--min-check", default="0.00", show_default=True, help="With --bonus.")
@click.option("--single-use/--many-uses", default=True, show_default=True)
@click.option("--win-back", type=int, default=0, help="Only if no purchase for DAYS or more.")
@common
@pass_app
def offer(app: App, /, card: str, **o: Any) -> None:
    """Give the member of CARD a personal offer (a win-back offer with --win-back DAYS)."""
    today = system_clock().date().isoformat()
    data = {
        "code": o["code"],
        "name": o["name"],
        "starts_on": o["starts_on"] or today,
        "ends_on": o["ends_on"],
        "single_use": o["single_use"],
        "min_check": o["min_check"],
        **_effect(o["multiplier"], o["extra_discount"], o["bonus"]),
    }
    cmd = PersonalOffer(card, promotion_from_dict(data), o["win_back"])
    given, holder = give_offer(cmd, uow=app.uow(), clock=system_clock, actor=app.actor())
    emit(
        app,
        {"offer": promotion_to_dict(given), **_holder_dict(holder)},
        [f"offer {given.code} given", *_holder_lines(holder)],
    )


@program.command("offers")
@click.argument("card")
@common
@pass_app
def offers(app: App, card: str) -> None:
    """The member of CARD, when they last bought, and their offers not used yet."""
    holder = member_offers(card, uow=app.uow(), clock=system_clock)
    emit(app, _holder_dict(holder), _holder_lines(holder))


COMMANDS = [program]
