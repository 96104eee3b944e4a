"""Holds of rewards for points: a reward's price and one unit of its stock, held at once.

A hold is a reservation of the member's points (a `redemptions` row, so the price counts
against every other redemption of the member) that names its reward (`reward_id`) and so also
holds one unit of the reward's stock. It is granted whole or not at all: the price must be
free (the member's spendable points less other reservations; a member the server does not
know yet has only the terminal's balance, which the terminal checks) and, for a reward with a stock,
a unit must be left online (`pos_loyalty.domain.rewards_catalogue.online_stock_left`: the
stock less the reward's entries no refund reversed, less the live holds of it, less the shares
the enrolled terminals may still give offline).

Holds of one reward take turns (an advisory lock on the reward, beside the member's, on
PostgreSQL; the write lock on SQLite), so two terminals can never both take the last unit.
Commit and cancel are those of every reservation (`server.store.redemptions`): a committed
hold keeps its unit until the reward's entry arrives, which then counts it instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.domain.reservations import Hold, HoldState, expiry
from pos_loyalty.domain.rewards_catalogue import (
    REWARD_OFFLINE,
    Reward,
    Unavailable,
    online_stock_left,
)
from server.errors import NotFound
from server.models import ledger_entries, members, redemptions, terminals
from server.store.redemptions import (
    LIVE,
    ReservationConflict,
    entry_arrived,
    held_by_others,
)
from server.store.wallets import lock_members, wallet_of


@dataclass(frozen=True, slots=True)
class RewardHeld:
    """A hold as the server answers it; `code` says why it was refused."""

    reservation_id: str
    member_id: str
    reward_id: str
    state: str
    granted: bool
    points: int
    """The price held (0 when refused)."""
    points_available: int
    stock_left: int | None
    expires_at: datetime
    entry_id: str | None
    code: str = ""


def reserve_reward(
    connection: Connection,
    terminal_id: str,
    reservation_id: str,
    member_id: str,
    reward: Reward,
    day: date,
    now: datetime,
    hold_seconds: int,
) -> RewardHeld:
    """Hold the reward's price and a unit of its stock for the member (the caller commits)."""
    lock_members(connection, [member_id, f"reward:{reward.id}"])
    existing = _row(connection, reservation_id, terminal_id)
    if existing is not None:
        return _repeated(existing, member_id, reward)
    known = connection.execute(select(members.c.id).where(members.c.id == member_id)).first()
    if known is None:  # registered at the terminal, not pushed yet: its balance is all there is
        free = reward.points
    else:
        spendable = wallet_of(connection, member_id).spendable(day)
        free = max(0, spendable - held_by_others(connection, member_id, reservation_id, now))
    left = None if reward.stock is None else _stock_left(connection, reward, now)
    code = ""
    if left is not None and left < 1:
        code = Unavailable.OUT_OF_STOCK.value
    elif free < reward.points:
        code = Unavailable.TOO_FEW_POINTS.value
    points = 0 if code else reward.points
    row = {
        "id": reservation_id,
        "terminal_id": terminal_id,
        "member_id": member_id,
        "reward_id": reward.id,
        "requested": reward.points,
        "granted": points,
        "available": free,
        "points": points,
        "state": HoldState.CANCELLED.value if code else HoldState.OPEN.value,
        "created_at": now,
        "expires_at": expiry(now, hold_seconds),
        "sale_id": None,
        "closed_at": now if code else None,
    }
    connection.execute(insert(redemptions), row)
    return _answer(_row(connection, reservation_id, terminal_id), left, code)


def _stock_left(connection: Connection, reward: Reward, now: datetime) -> int:
    taken = _kept_entries(connection, reward.id) + _live_holds(connection, reward.id, now)
    enrolled = connection.execute(
        select(func.count()).select_from(terminals).where(terminals.c.revoked_at.is_(None))
    ).scalar_one()
    return online_stock_left(reward, taken, int(enrolled), _offline_given(connection, reward.id))


def _kept_entries(connection: Connection, reward_id: str) -> int:
    """The reward's entries on the server that no refund reversed."""
    refunds = ledger_entries.alias("refunds")
    refunded = (
        select(refunds.c.id)
        .where(
            refunds.c.kind == EntryKind.REVERSAL.value,
            refunds.c.refers_to == ledger_entries.c.id,
        )
        .exists()
    )
    query = select(func.count()).where(
        ledger_entries.c.kind == EntryKind.REWARD.value,
        ledger_entries.c.refers_to == reward_id,
        ~refunded,
    )
    return int(connection.execute(query).scalar_one())


def _live_holds(connection: Connection, reward_id: str, now: datetime) -> int:
    """Holds of the reward that still keep their unit; close those that ended."""
    query = select(redemptions, entry_arrived().label("arrived")).where(
        redemptions.c.reward_id == reward_id, redemptions.c.state.in_(LIVE)
    )
    live, ended = 0, []
    for row in connection.execute(query):
        state = HoldState(row.state)
        hold = Hold(row.id, row.terminal_id, row.member_id, 1, state, row.expires_at, row.sale_id)
        if hold.holds(now, entry_arrived=bool(row.arrived)):
            live += 1
        else:
            ended.append(
                (row.id, HoldState.EXPIRED if state is HoldState.OPEN else HoldState.CONSUMED)
            )
    for hold_id, state in ended:
        connection.execute(
            update(redemptions)
            .where(redemptions.c.id == hold_id)
            .values(state=state.value, closed_at=now)
        )
    return live


def _offline_given(connection: Connection, reward_id: str) -> dict[str, int]:
    """Units of the reward each terminal gave offline (from its share), refunded or not."""
    query = (
        select(ledger_entries.c.terminal_id, func.count())
        .where(
            ledger_entries.c.kind == EntryKind.REWARD.value,
            ledger_entries.c.refers_to == reward_id,
            ledger_entries.c.reason == REWARD_OFFLINE,
        )
        .group_by(ledger_entries.c.terminal_id)
    )
    return {terminal: int(n) for terminal, n in connection.execute(query)}


def _row(connection: Connection, reservation_id: str, terminal_id: str) -> Any:
    row = connection.execute(select(redemptions).where(redemptions.c.id == reservation_id)).first()
    if row is not None and row.terminal_id != terminal_id:
        raise ReservationConflict(
            f"hold {reservation_id} belongs to another terminal: make a new id for each reward"
        )
    return row


def held(connection: Connection, terminal_id: str, reservation_id: str) -> RewardHeld:
    """A hold as it stands (after a commit or a cancel through `server.store.redemptions`)."""
    row = _row(connection, reservation_id, terminal_id)
    if row is None:
        raise NotFound(f"hold {reservation_id} is not on the server")
    return _answer(row, None, "")


def _repeated(row: Any, member_id: str, reward: Reward) -> RewardHeld:
    """The first answer again, unless the id now names another member or reward."""
    tombstone = row.state == HoldState.CANCELLED.value and row.requested == 0
    if tombstone:  # cancelled before the request arrived: it may hold nothing now
        return _answer(row, None, "reward_refused")
    if (row.member_id, row.reward_id) != (member_id, reward.id):
        raise ReservationConflict(
            f"hold {row.id} was made for the reward {row.reward_id!r} of member "
            f"{row.member_id}: make a new id for each reward"
        )
    code = "" if row.granted else Unavailable.OUT_OF_STOCK.value
    if not row.granted and row.available < reward.points:
        code = Unavailable.TOO_FEW_POINTS.value
    return _answer(row, None, code)


def _answer(row: Any, left: int | None, code: str) -> RewardHeld:
    return RewardHeld(
        row.id,
        row.member_id,
        row.reward_id or "",
        row.state,
        bool(row.granted),
        row.points,
        row.available,
        left,
        row.expires_at,
        row.sale_id,
        code,
    )
