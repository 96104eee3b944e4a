"""`pos-loyalty reward list|redeem|refund`: the rewards catalogue at the counter.

`list` is read-only: the whole catalogue with the stock left as this terminal knows it, or,
given a card, the rewards its member can take today. `redeem` and `refund` change the store
and act as the staff account proven by its PIN, like every such command. `redeem` holds the
reward at the central server first (sync/reward_holds.py; offline, the terminal's share).
"""

from __future__ import annotations

from typing import Any

import click

from devices import render_text
from pos_loyalty.services.reward_redemption import (
    OnOffer,
    RewardGiven,
    RewardRefunded,
    catalogue,
    redeem_reward,
    refund_reward,
    rewards_for,
)
from sync.reward_holds import ServerRewardAuthoriser
from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common
from ui.cli.sales import deliver_slip
from ui.station import load_station


@click.group("reward")
def reward() -> None:
    """List the rewards for points, give one to a member, refund one."""


def _offer_dict(o: OnOffer) -> dict[str, Any]:
    r = o.reward
    return {
        "id": r.id,
        "name": r.name,
        "points": r.points,
        "stock": r.stock,
        "left": o.left,
        "starts_on": r.starts_on.isoformat() if r.starts_on else None,
        "ends_on": r.ends_on.isoformat() if r.ends_on else None,
    }


def _offer_line(o: OnOffer) -> str:
    r = o.reward
    parts = [f"{r.id}: {r.name}, {r.points} points"]
    if o.left is not None:
        parts.append(f"{o.left} of {r.stock} left")
    if r.starts_on or r.ends_on:
        first = r.starts_on.isoformat() if r.starts_on else "…"
        last = r.ends_on.isoformat() if r.ends_on else "…"
        parts.append(f"offered {first} to {last}")
    return ", ".join(parts)


@reward.command("list")
@click.argument("card", required=False)
@common
@pass_app
def list_rewards(app: App, card: str | None) -> None:
    """The catalogue; with CARD, only what its member can take today (window, stock, points)."""
    if card is None:
        offers = catalogue(uow=app.uow())
        emit(app, [_offer_dict(o) for o in offers], [_offer_line(o) for o in offers])
        return
    found = rewards_for(card, uow=app.uow(), clock=system_clock)
    data = {
        "card": found.card_number,
        "spendable": found.spendable,
        "balance": found.balance,
        "rewards": [_offer_dict(o) for o in found.rewards],
    }
    head = f"card {found.card_number}: {found.spendable} points to spend"
    lines = [_offer_line(o) for o in found.rewards] or ["no reward can be taken today"]
    emit(app, data, [head, *lines])


def _given_dict(done: RewardGiven) -> dict[str, Any]:
    a = done.authorisation
    return {
        "entry_id": done.entry.id,
        "reward": done.reward.id,
        "name": done.reward.name,
        "points": done.reward.points,
        "balance_before": done.balance_before,
        "balance_after": done.balance_after,
        "authorisation": None
        if a is None
        else {"online": a.online, "offline": a.offline, "reason": a.reason},
    }


@reward.command("redeem")
@click.argument("card")
@click.argument("reward_id")
@click.option("--slip", "show_slip", is_flag=True, help="Also show the slip's text here.")
@common
@pass_app
def redeem(app: App, card: str, reward_id: str, show_slip: bool) -> None:
    """Give the card's member the reward REWARD_ID for its points."""
    station = load_station(app.uow())
    done = redeem_reward(
        card,
        reward_id,
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        authoriser=ServerRewardAuthoriser(app.db, system_clock),
        store=station.store,
    )
    text = [
        f"entry {done.entry.id}: {done.reward.name} for {done.reward.points} points",
        f"balance {done.balance_before} -> {done.balance_after} points",
    ]
    if show_slip and done.slip is not None:
        text.append(render_text(done.slip))
    emit(app, _given_dict(done), text)
    if done.slip is not None:
        deliver_slip(station, done.slip, done.entry.id)


def _refunded_dict(done: RewardRefunded) -> dict[str, Any]:
    return {
        "entry_id": done.given.id,
        "refund_entry_id": done.returned.id,
        "reward": done.given.refers_to,
        "name": done.reward_name,
        "points_returned": done.returned.points,
        "balance_after": done.balance_after,
    }


@reward.command("refund")
@click.argument("entry_id")
@common
@pass_app
def refund(app: App, entry_id: str) -> None:
    """Take a reward back: its points return as a new lot and the unit goes back to the stock."""
    station = load_station(app.uow())
    done = refund_reward(
        entry_id,
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        store=station.store,
        approved_by=app.approved_by(),
    )
    text = [
        f"entry {done.returned.id}: {done.reward_name} returned, +{done.returned.points} points",
        f"balance now {done.balance_after} points",
    ]
    emit(app, _refunded_dict(done), text)
    if done.slip is not None:
        deliver_slip(station, done.slip, done.returned.id)


COMMANDS = [reward]
