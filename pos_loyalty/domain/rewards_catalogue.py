"""The rewards catalogue: goods a member takes for points, not a discount on a check.

A reward is part of the programme (each version lists its catalogue): an id that stays the
same from version to version, a name, a price in points, an optional stock and an optional
window of days (first and last day, both inclusive). The stock is how many may be given in
all, across the chain: what is left is the stock less the rewards given (their `reward`
ledger entries) that were not refunded. A reward is offered to a member on a day when it is
in its window, some of its stock is left, and the member can spend its price that day.

Offline (an enrolled terminal the server does not answer) a terminal may give a reward with a
stock only from its own share, `offline_share` units, counting every one it gave offline;
online the server sets every enrolled terminal's share aside (`online_stock_left`), so the
units given online and offline together never exceed the stock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pos_loyalty.domain.errors import InvalidInput, NotAllowed

REWARD_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
"""A reward's id: lower-case letters, digits, '-' and '_', up to 32 characters."""

REWARD_GIVEN = "reward"
"""The reason of a reward's entry given with the server's word, or by a terminal working alone."""
REWARD_OFFLINE = "reward offline"
"""The reason of a reward's entry given offline, from the terminal's share."""
REWARD_REFUNDED = "refund: reward given back"
"""The reason of the entry that gives a refunded reward's points back."""

MAX_REWARD_POINTS = 100_000_000
"""The most points a reward may cost (a million roubles at a kopeck a point)."""


class Unavailable(StrEnum):
    """Why a reward cannot be given to a member today."""

    NOT_YET = "reward_not_yet"
    ENDED = "reward_ended"
    OUT_OF_STOCK = "reward_out_of_stock"
    TOO_FEW_POINTS = "reward_too_few_points"


@dataclass(frozen=True, slots=True)
class Reward:
    """One entry of the catalogue; `stock` None means as many as are asked for."""

    id: str
    name: str
    points: int
    stock: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    offline_share: int = 0

    def why_not(self, day: date, spendable: int, left: int | None) -> Unavailable | None:
        """Why it cannot be given on `day` to a member who can spend `spendable` (None: it can).

        `left` is the stock left (None: no stock is kept).
        """
        if self.starts_on is not None and day < self.starts_on:
            return Unavailable.NOT_YET
        if self.ends_on is not None and day > self.ends_on:
            return Unavailable.ENDED
        if left is not None and left < 1:
            return Unavailable.OUT_OF_STOCK
        if spendable < self.points:
            return Unavailable.TOO_FEW_POINTS
        return None


def stock_left(reward: Reward, given: int) -> int | None:
    """What is left of the stock once `given` units (not refunded) are out (None: no stock)."""
    return None if reward.stock is None else reward.stock - given


def affordable(
    rewards: Iterable[Reward], day: date, spendable: int, given: Mapping[str, int]
) -> tuple[Reward, ...]:
    """The rewards a member who can spend `spendable` points may take on `day`."""
    return tuple(
        r for r in rewards if r.why_not(day, spendable, stock_left(r, given.get(r.id, 0))) is None
    )


def require_available(reward: Reward, day: date, spendable: int, left: int | None) -> None:
    """Refuse a reward that cannot be given now, saying why."""
    why = reward.why_not(day, spendable, left)
    if why is None:
        return
    texts = {
        Unavailable.NOT_YET: f"it is offered from {reward.starts_on}",
        Unavailable.ENDED: f"it was offered until {reward.ends_on}",
        Unavailable.OUT_OF_STOCK: "none is left",
        Unavailable.TOO_FEW_POINTS: f"it costs {reward.points} points, {spendable} can be spent",
    }
    days = {
        "first_day": reward.starts_on.isoformat() if reward.starts_on else "",
        "last_day": reward.ends_on.isoformat() if reward.ends_on else "",
    }
    raise NotAllowed(
        f"the reward '{reward.name}' cannot be given today: {texts[why]}",
        code=why.value,
        reward=reward.name,
        points=reward.points,
        spendable=spendable,
        **days,
    )


def offline_share_left(reward: Reward, given_offline_here: int) -> int | None:
    """Units this terminal may still give offline (None: the reward keeps no stock)."""
    if reward.stock is None:
        return None
    return max(0, min(reward.offline_share, reward.stock) - given_offline_here)


def online_stock_left(
    reward: Reward, taken: int, terminals: int, offline_given: Mapping[str, int]
) -> int:
    """What the server may still give online: the stock less what is taken (given and not
    refunded, or held by a reservation) and less the shares the enrolled terminals have not
    used yet (`offline_given`: units each terminal gave offline, by terminal id)."""
    assert reward.stock is not None
    unused = terminals * reward.offline_share - sum(
        min(n, reward.offline_share) for n in offline_given.values()
    )
    return max(0, reward.stock - taken - max(0, unused))


@dataclass(frozen=True, slots=True)
class RewardAuthorisation:
    """Whether the counter may give a reward now, and how that was decided.

    `hold_id` is set when the server holds the member's points and a unit of stock for it:
    commit it with the reward's entry id, or cancel it if the reward is not recorded.
    `offline` says the reward comes out of this terminal's offline share.
    """

    allowed: bool
    reason: str
    online: bool = False
    offline: bool = False
    hold_id: str = ""
    code: str = ""
    values: tuple[tuple[str, str], ...] = ()


WORKING_ALONE = RewardAuthorisation(True, "this terminal works alone: the local stock decides")


def offline_decision(
    reward: Reward, points_allowed: int, share_left: int | None
) -> RewardAuthorisation:
    """Offline: the reward's price within the offline points caps, and a unit of the share.

    `points_allowed` is what the offline caps let the member redeem now; `share_left` what is
    left of this terminal's offline share (None: the reward keeps no stock).
    """
    if points_allowed < reward.points:
        return RewardAuthorisation(
            False,
            f"offline: the caps allow {points_allowed} points now, the reward costs "
            f"{reward.points}",
            offline=True,
            code="reward_offline_points",
            values=(("allowed", str(points_allowed)), ("points", str(reward.points))),
        )
    if share_left is not None and share_left < 1:
        return RewardAuthorisation(
            False,
            f"offline: this terminal gave its share of '{reward.name}' "
            f"({reward.offline_share}); the server must answer for more",
            offline=True,
            code="reward_offline_share",
            values=(("reward", reward.name), ("share", str(reward.offline_share))),
        )
    return RewardAuthorisation(
        True, "offline: within the caps and this terminal's share", False, True
    )


def check_catalogue(rewards: tuple[Reward, ...]) -> None:
    """Refuse a catalogue that could not work as meant; every refusal names its field."""
    seen: set[str] = set()
    for i, reward in enumerate(rewards):
        where = f"rewards[{i}]"
        if not REWARD_ID.match(reward.id):
            raise InvalidInput(
                f"{where}: the id {reward.id!r} must be lower-case letters, digits, '-' or '_' "
                "(up to 32)",
                field=f"{where}.id",
            )
        if reward.id in seen:
            raise InvalidInput(
                f"{where}: another reward has the id {reward.id!r}: give each reward its own",
                field=f"{where}.id",
            )
        seen.add(reward.id)
        _check_one(reward, where)


def _check_one(reward: Reward, where: str) -> None:
    if not reward.name.strip():
        raise InvalidInput(f"{where} needs a name", field=f"{where}.name")
    if not 1 <= reward.points <= MAX_REWARD_POINTS:
        raise InvalidInput(
            f"{where}: the price must be at least 1 point (at most {MAX_REWARD_POINTS})",
            field=f"{where}.points",
        )
    if reward.stock is not None and reward.stock < 0:
        raise InvalidInput(f"{where}.stock must be 0 or more", field=f"{where}.stock")
    if reward.offline_share < 0:
        raise InvalidInput(
            f"{where}.offline_share must be 0 or more", field=f"{where}.offline_share"
        )
    if reward.starts_on and reward.ends_on and reward.ends_on < reward.starts_on:
        raise InvalidInput(
            f"{where} ends on {reward.ends_on} before it starts on {reward.starts_on}",
            field=f"{where}.ends_on",
        )


_KEYS = {"id", "name", "points", "stock", "starts_on", "ends_on", "offline_share"}


def reward_from_dict(data: object, i: int) -> Reward:
    """Read `rewards[i]` of the programme's plain data; every problem names the field."""
    where = f"rewards[{i}]"
    if not isinstance(data, dict):
        raise InvalidInput(f"{where} must be a table of settings", field=where)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise InvalidInput(f"unknown setting {unknown[0]!r} in {where}", field=where)
    for key in ("id", "name", "points"):
        if key not in data:
            raise InvalidInput(f"{where} needs {key}", field=f"{where}.{key}")
    stock = data.get("stock")
    return Reward(
        id=str(data["id"]),
        name=str(data["name"]),
        points=_whole(data["points"], f"{where}.points"),
        stock=None if stock is None else _whole(stock, f"{where}.stock"),
        starts_on=_day(data.get("starts_on"), f"{where}.starts_on"),
        ends_on=_day(data.get("ends_on"), f"{where}.ends_on"),
        offline_share=_whole(data.get("offline_share", 0), f"{where}.offline_share"),
    )


def reward_to_dict(reward: Reward) -> dict[str, object]:
    """One reward as plain data (what is not set is left out)."""
    out: dict[str, object] = {"id": reward.id, "name": reward.name, "points": reward.points}
    if reward.stock is not None:
        out["stock"] = reward.stock
    if reward.starts_on is not None:
        out["starts_on"] = reward.starts_on.isoformat()
    if reward.ends_on is not None:
        out["ends_on"] = reward.ends_on.isoformat()
    if reward.offline_share:
        out["offline_share"] = reward.offline_share
    return out


def _whole(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{where} must be a whole number, got {value!r}", field=where)
    return value


def _day(value: object, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(
            f"{where}: '{value}' is not a date like 2026-12-31", field=where
        ) from None
