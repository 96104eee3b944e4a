"""How many points may be redeemed now: against the server's balance when it answers, within
the offline caps when it does not.

DOMAIN.md: earning is always accepted; redemption offline only up to a per-terminal and a
per-member cap, and only if the last successful sync is recent enough. The caps count the
points this terminal redeemed in entries the server has not acknowledged yet, so they reset as
the sync catches up. A terminal never enrolled with a server works alone and has no caps.

The counter quotes with `redemption_limit` (or `redeem_allowance` inside its own transaction);
when it records a redeeming sale it reserves the points at the server first
(sync/redemptions.py), and falls back to `redeem_allowance` when the server does not answer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from db import Database
from db.repositories.sync_state import SqlAlchemySyncState, SyncLink
from db.uow import SqlAlchemyUnitOfWork
from pos_loyalty.domain.reservations import ONLINE_PREFIX
from sync.client import SyncClient
from sync.errors import SyncError, UnknownToServer

SETTINGS_KEY = "sync.offline"


@dataclass(frozen=True, slots=True)
class OfflineRules:
    """The terminal's offline redemption limits (settings key `sync.offline`)."""

    max_age_minutes: int = 240
    terminal_cap: int = 5000
    member_cap: int = 1000


@dataclass(frozen=True, slots=True)
class Allowance:
    """The most points that may be redeemed now, and why."""

    points: int
    reason: str
    online: bool = False
    code: str = ""
    """The quote's reason code (pos_loyalty.domain.reasons) when this allowance binds."""
    values: tuple[tuple[str, str], ...] = ()


def rules(uow: SqlAlchemyUnitOfWork) -> OfflineRules:
    """The offline rules in force (defaults for anything not set)."""
    stored = uow.settings.get(SETTINGS_KEY) or {}
    known = {k: int(v) for k, v in stored.items() if k in OfflineRules.__dataclass_fields__}
    return OfflineRules(**known)


def save_rules(uow: SqlAlchemyUnitOfWork, new: OfflineRules) -> None:
    """Store the offline rules (inside the caller's transaction)."""
    if min(new.max_age_minutes, new.terminal_cap, new.member_cap) < 0:
        raise ValueError("offline limits cannot be negative")
    uow.settings.put(SETTINGS_KEY, asdict(new))


def redeem_allowance(uow: SqlAlchemyUnitOfWork, member_id: str, now: datetime) -> Allowance:
    """The offline allowance for a member, inside an open transaction."""
    spendable = uow.wallets.get(member_id).spendable(now.date())
    state = SqlAlchemySyncState(uow.connection)
    link = state.link()
    if link is None:
        return Allowance(spendable, "this terminal works alone: no offline limits apply")
    limits = rules(uow)
    if link.last_success_at is None:
        return Allowance(
            0,
            "no redemption offline: this terminal has not synced with the server yet",
            code="redeem_cap_unsynced",
        )
    age = now - link.last_success_at
    if age > timedelta(minutes=limits.max_age_minutes):
        return Allowance(
            0,
            f"no redemption offline: the last sync was {_ago(age)} ago, "
            f"more than the {limits.max_age_minutes} min allowed",
            code="redeem_cap_stale",
            values=(
                ("minutes", str(int(age.total_seconds() // 60))),
                ("allowed", str(limits.max_age_minutes)),
            ),
        )
    used_here = state.unacked_redeemed(link.terminal_id, link.acked_seq, None)
    used_member = state.unacked_redeemed(link.terminal_id, link.acked_seq, member_id)
    left_terminal = max(0, limits.terminal_cap - used_here)
    left_member = max(0, limits.member_cap - used_member)
    points = min(spendable, left_terminal, left_member)
    if points == spendable:
        return Allowance(points, f"offline: the spendable balance ({spendable}) is within the caps")
    if points == left_member:
        why = f"the cap of {limits.member_cap} points per member until the next sync"
        code, limit = "redeem_cap_member", limits.member_cap
    else:
        why = f"the cap of {limits.terminal_cap} points for this terminal until the next sync"
        code, limit = "redeem_cap_terminal", limits.terminal_cap
    text = f"offline: at most {points} points, {why}"
    return Allowance(points, text, code=code, values=(("limit", str(limit)),))


def _ago(age: timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"


def redemption_limit(
    db: Database, client: SyncClient | None, member_id: str, now: datetime
) -> Allowance:
    """Ask the server (short timeout) and fall back to the offline rules if it does not answer."""
    server: dict[str, int] | None = None
    unknown = False
    if client is not None:
        try:
            server = client.balance(member_id, now.date())
        except UnknownToServer:
            unknown = True
        except SyncError:
            server = None
    uow = db.uow()
    with uow.read_only():
        offline = redeem_allowance(uow, member_id, now)
        link = SqlAlchemySyncState(uow.connection).link()
        spendable = uow.wallets.get(member_id).spendable(now.date())
        mine = _unacked(uow, link, member_id)
    if unknown:
        text = f"{ONLINE_PREFIX} the server has no points of this member yet"
        return Allowance(spendable, text, True)
    if server is None:
        return offline
    points = max(0, min(spendable, int(server["spendable"]) - mine))
    text = f"{ONLINE_PREFIX} the server's balance allows {points} points"
    return Allowance(points, text, True, code="redeem_cap_server")


def _unacked(uow: SqlAlchemyUnitOfWork, link: SyncLink | None, member_id: str) -> int:
    if link is None:
        return 0
    state = SqlAlchemySyncState(uow.connection)
    return state.unacked_redeemed(link.terminal_id, link.acked_seq, member_id)


def counter_allowance(
    db: Database, member_id: str, now: datetime, timeout: float = 2.0
) -> Allowance | None:
    """The allowance for the counter, or None for a terminal that works alone (no limits)."""
    from sync.link import client_for, read

    link = read(db, lambda state: state.link())
    if link is None:
        return None
    with client_for(link, timeout=timeout) as client:
        return redemption_limit(db, client, member_id, now)
