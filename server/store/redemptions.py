"""Online reservations of members' points: reserve, commit, cancel (rules in the core).

What may be reserved is `pos_loyalty.domain.reservations.decide`: the member's spendable
balance on the server less what other reservations hold. A reservation is keyed by the id the
terminal made, so a request repeated on the way (a lost answer, a duplicated request) finds
the first one's row and gets the same answer. Requests touching one member take turns (the
advisory lock pushes take on PostgreSQL; the write lock on SQLite), so two terminals reserving
at once never both see the same points free. A hold of a reward of the catalogue is a
reservation like these (server.store.reward_holds): its price counts here like any other.
Holds that ended (expired, or committed and their sale's redeem entry arrived) are closed
lazily, whenever the member is reserved again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, exists, insert, or_, select, update

from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.domain.reservations import Hold, HoldState, decide, expiry
from server.errors import ApiError, NotFound
from server.models import ledger_entries, members, redemptions
from server.store.wallets import lock_members, wallet_of

LIVE = (HoldState.OPEN.value, HoldState.COMMITTED.value)


class ReservationConflict(ApiError):
    """A reservation id reused for something else, or a commit that contradicts an earlier one."""

    status = 409
    code = "reservation_conflict"


@dataclass(frozen=True, slots=True)
class Reserved:
    """A reservation as the server answers it."""

    reservation_id: str
    member_id: str
    state: str
    requested: int
    granted: int
    available: int
    points: int
    expires_at: datetime
    sale_id: str | None


def _answer(row: Any) -> Reserved:
    return Reserved(
        row.id,
        row.member_id,
        row.state,
        row.requested,
        row.granted,
        row.available,
        row.points,
        row.expires_at,
        row.sale_id,
    )


def _row(connection: Connection, reservation_id: str, terminal_id: str) -> Any:
    row = connection.execute(select(redemptions).where(redemptions.c.id == reservation_id)).first()
    if row is not None and row.terminal_id != terminal_id:
        raise ReservationConflict(
            f"reservation {reservation_id} belongs to another terminal: make a new reservation "
            "id for each sale"
        )
    return row


def entry_arrived() -> Any:
    """True when the entry a committed reservation stands for reached the server: the sale's
    redeem entry, or the reward entry whose id a reward hold was committed with."""
    redeem = and_(
        ledger_entries.c.sale_id == redemptions.c.sale_id,
        ledger_entries.c.kind == EntryKind.REDEEM.value,
    )
    reward = and_(
        ledger_entries.c.id == redemptions.c.sale_id,
        ledger_entries.c.kind == EntryKind.REWARD.value,
    )
    return exists().where(or_(redeem, reward))


def held_by_others(
    connection: Connection, member_id: str, reservation_id: str, now: datetime
) -> int:
    """Points other live reservations hold of the member; close those that no longer hold."""
    query = select(redemptions, entry_arrived().label("arrived")).where(
        redemptions.c.member_id == member_id,
        redemptions.c.state.in_(LIVE),
        redemptions.c.id != reservation_id,
    )
    held, ended = 0, []
    for row in connection.execute(query):
        hold = Hold(
            row.id,
            row.terminal_id,
            row.member_id,
            row.points,
            HoldState(row.state),
            row.expires_at,
            row.sale_id,
        )
        points = hold.holds(now, entry_arrived=bool(row.arrived))
        held += points
        if points == 0:
            ended.append((row.id, _ended(hold.state)))
    for ended_id, state in ended:
        _close(connection, ended_id, state, now)
    return held


def _ended(state: HoldState) -> HoldState:
    return HoldState.EXPIRED if state is HoldState.OPEN else HoldState.CONSUMED


def _close(connection: Connection, reservation_id: str, state: HoldState, now: datetime) -> None:
    connection.execute(
        update(redemptions)
        .where(redemptions.c.id == reservation_id)
        .values(state=state.value, closed_at=now)
    )


def reserve(
    connection: Connection,
    terminal_id: str,
    reservation_id: str,
    member_id: str,
    points: int,
    day: date,
    now: datetime,
    hold_seconds: int,
) -> Reserved:
    """Reserve up to `points` of the member's points for this terminal (the caller commits)."""
    lock_members(connection, [member_id])
    existing = _row(connection, reservation_id, terminal_id)
    if existing is not None:
        return _repeated(existing, member_id, points)
    known = connection.execute(select(members.c.id).where(members.c.id == member_id)).first()
    if known is None:
        raise NotFound(
            f"member {member_id} is not on the server yet: the terminal redeems against its "
            "own balance until its next sync sends the member"
        )
    spendable = wallet_of(connection, member_id).spendable(day)
    grant = decide(points, spendable, held_by_others(connection, member_id, reservation_id, now))
    row = {
        "id": reservation_id,
        "terminal_id": terminal_id,
        "member_id": member_id,
        "requested": points,
        "granted": grant.granted,
        "available": grant.available,
        "points": grant.granted,
        "state": HoldState.OPEN.value if grant.granted else HoldState.CANCELLED.value,
        "created_at": now,
        "expires_at": expiry(now, hold_seconds),
        "sale_id": None,
        "closed_at": None if grant.granted else now,
    }
    connection.execute(insert(redemptions), row)
    return _answer(_row(connection, reservation_id, terminal_id))


def _repeated(row: Any, member_id: str, points: int) -> Reserved:
    """The first answer again, unless the id now names another member or amount."""
    tombstone = row.state == HoldState.CANCELLED.value and row.requested == 0
    if not tombstone and (row.member_id, row.requested) != (member_id, points):
        raise ReservationConflict(
            f"reservation {row.id} was made for {row.requested} points of member "
            f"{row.member_id}: make a new reservation id for each sale"
        )
    return _answer(row)


def commit(
    connection: Connection,
    terminal_id: str,
    reservation_id: str,
    sale_id: str,
    points: int,
    now: datetime,
) -> Reserved:
    """Mark the reservation used by a recorded sale that redeemed `points` (idempotent)."""
    row = _row(connection, reservation_id, terminal_id)
    if row is None:
        raise NotFound(
            f"reservation {reservation_id} is not on the server: the sale stands, and its "
            "points count once the sync pushes its entries"
        )
    lock_members(connection, [row.member_id])
    if row.state in (HoldState.COMMITTED.value, HoldState.CONSUMED.value) and row.sale_id:
        if row.sale_id != sale_id:
            raise ReservationConflict(
                f"reservation {reservation_id} was already committed with sale {row.sale_id}: "
                "make a new reservation for each sale"
            )
        return _answer(row)
    if row.state == HoldState.CANCELLED.value:
        raise ReservationConflict(
            f"reservation {reservation_id} was cancelled: its sale was not recorded, so it "
            "cannot be committed; reserve again for a new sale"
        )
    arrived = connection.execute(
        select(
            exists().where(or_(ledger_entries.c.sale_id == sale_id, ledger_entries.c.id == sale_id))
        )
    ).scalar_one()
    # an expired reservation is committed all the same: the goods are gone, so hold the points
    done = HoldState.CONSUMED if points == 0 or arrived else HoldState.COMMITTED
    connection.execute(
        update(redemptions)
        .where(redemptions.c.id == reservation_id)
        .values(
            state=done.value,
            sale_id=sale_id,
            points=points,
            closed_at=now if done is HoldState.CONSUMED else None,
        )
    )
    return _answer(_row(connection, reservation_id, terminal_id))


def cancel(
    connection: Connection, terminal_id: str, reservation_id: str, now: datetime
) -> Reserved:
    """Release a reservation whose sale was not recorded (idempotent).

    An id the server never saw is remembered as cancelled, so a reserve request still on its
    way (a duplicate, a slow retry) cannot hold points afterwards.
    """
    row = _row(connection, reservation_id, terminal_id)
    if row is None:
        connection.execute(
            insert(redemptions),
            {
                "id": reservation_id,
                "terminal_id": terminal_id,
                "member_id": "",
                "requested": 0,
                "granted": 0,
                "available": 0,
                "points": 0,
                "state": HoldState.CANCELLED.value,
                "created_at": now,
                "expires_at": now,
                "sale_id": None,
                "closed_at": now,
            },
        )
    elif row.state in (HoldState.OPEN.value, HoldState.EXPIRED.value):
        lock_members(connection, [row.member_id])
        _close(connection, reservation_id, HoldState.CANCELLED, now)
    return _answer(_row(connection, reservation_id, terminal_id))
