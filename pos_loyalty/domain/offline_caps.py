"""How many points a member may redeem at this terminal now: the server's word or the caps.

DOMAIN.md: redemption offline is allowed only up to a per-terminal and a per-member cap, and
only if the terminal synced within a configurable time. The caps count the points this
terminal redeemed in entries the server has not acknowledged yet, so they fill up while the
terminal is cut off and empty again as the sync catches up. Online, the server's spendable
balance is the limit, less what this terminal redeemed that the server has not seen yet. A
terminal never enrolled with a server works alone and has no caps.

Plain functions of numbers and instants; `pos_loyalty.services.offline_caps` reads them from
the store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from pos_loyalty.domain.reservations import ONLINE_PREFIX


@dataclass(frozen=True, slots=True)
class OfflineRules:
    """The terminal's offline redemption limits (minutes since the last sync, points)."""

    max_age_minutes: int = 240
    terminal_cap: int = 5000
    member_cap: int = 1000

    @classmethod
    def from_settings(cls, stored: Mapping[str, Any] | None) -> OfflineRules:
        """The rules from their stored form (the defaults for anything not set)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: int(v) for k, v in (stored or {}).items() if k in names})

    def to_settings(self) -> dict[str, int]:
        """The rules as stored; refuse a negative limit."""
        if min(self.max_age_minutes, self.terminal_cap, self.member_cap) < 0:
            raise ValueError("offline limits cannot be negative")
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Allowance:
    """The most points that may be redeemed now, and why."""

    points: int
    reason: str
    online: bool = False
    code: str = ""
    """The quote's reason code (pos_loyalty.domain.reasons) when this allowance binds."""
    values: tuple[tuple[str, str], ...] = ()


def working_alone(spendable: int) -> Allowance:
    """A terminal never enrolled with a server: the spendable balance, no caps."""
    return Allowance(spendable, "this terminal works alone: no offline limits apply")


def offline_allowance(
    rules: OfflineRules,
    spendable: int,
    *,
    last_sync: datetime | None,
    now: datetime,
    redeemed_here: int,
    redeemed_by_member: int,
) -> Allowance:
    """The caps for an enrolled terminal the server does not answer.

    `redeemed_here` and `redeemed_by_member` are the points this terminal redeemed (in all,
    and for this member) in entries the server has not acknowledged.
    """
    if last_sync is None:
        return Allowance(
            0,
            "no redemption offline: this terminal has not synced with the server yet",
            code="redeem_cap_unsynced",
        )
    age = now - last_sync
    if age > timedelta(minutes=rules.max_age_minutes):
        return _stale(age, rules.max_age_minutes)
    left_terminal = max(0, rules.terminal_cap - redeemed_here)
    left_member = max(0, rules.member_cap - redeemed_by_member)
    points = min(spendable, left_terminal, left_member)
    if points == spendable:
        return Allowance(points, f"offline: the spendable balance ({spendable}) is within the caps")
    if points == left_member:
        why = f"the cap of {rules.member_cap} points per member until the next sync"
        code, limit = "redeem_cap_member", rules.member_cap
    else:
        why = f"the cap of {rules.terminal_cap} points for this terminal until the next sync"
        code, limit = "redeem_cap_terminal", rules.terminal_cap
    text = f"offline: at most {points} points, {why}"
    return Allowance(points, text, code=code, values=(("limit", str(limit)),))


def _stale(age: timedelta, allowed: int) -> Allowance:
    minutes = int(age.total_seconds() // 60)
    ago = f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"
    return Allowance(
        0,
        f"no redemption offline: the last sync was {ago} ago, more than the {allowed} min allowed",
        code="redeem_cap_stale",
        values=(("minutes", str(minutes)), ("allowed", str(allowed))),
    )


def server_allowance(spendable: int, server_spendable: int, unacked_here: int) -> Allowance:
    """Online: the server's spendable balance less what it has not seen this terminal redeem."""
    points = max(0, min(spendable, server_spendable - unacked_here))
    text = f"{ONLINE_PREFIX} the server's balance allows {points} points"
    return Allowance(points, text, True, code="redeem_cap_server")


def unknown_to_server(spendable: int) -> Allowance:
    """Online, a member the server has no points of yet: this terminal's balance is all of it."""
    return Allowance(
        spendable, f"{ONLINE_PREFIX} the server has no points of this member yet", True
    )
