"""What the counter's session runs on the worker beyond one call of a use case.

Each is a plain function of a fresh unit of work, run off the GUI thread: none touches a widget
or emits a signal. The session submits them through the `Worker` and takes what they return
on the GUI thread (`ui/checkout/session.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pos_loyalty.domain.approvals import Limits
from pos_loyalty.domain.checkout import Quote
from pos_loyalty.services.authority import approval_limits
from pos_loyalty.services.checkout import Checkout, Committed, commit_checkout, quote_checkout
from pos_loyalty.services.ports import Clock, RedemptionAuthoriser, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.redemptions import commit_redeeming
from ui.checkout.redemption_mode import RedemptionMode, mode_of
from ui.station import Station, load_station

Limit = Callable[[Checkout], Checkout]
"""The counter's redemption allowance put on a checkout (the server's balance, offline caps)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the session reads from the terminal's settings."""

    station: Station
    limits: Limits
    """The approval limits in force, as the core reads them (who must approve above what)."""


def load_settings(uow: UnitOfWork) -> Settings:
    """Read the station and the approval limits."""
    station = load_station(uow)
    with uow.read_only():
        limits = approval_limits(uow)
    return Settings(station, limits)


def member_sales(uow: UnitOfWork, member_id: str, limit: int = 30) -> list[Any]:
    """The member's recent sales, newest first."""
    with uow.read_only():
        return list(uow.sales.of_member(member_id, limit))


def quote_within_allowance(
    cmd: Checkout, limit: Limit, *, uow_factory: Callable[[], UnitOfWork], clock: Clock
) -> tuple[Quote, RedemptionMode | None]:
    """Quote the check within the counter's redemption allowance, and say which one applied."""
    limited = limit(cmd)
    return quote_checkout(limited, uow=uow_factory(), clock=clock), mode_of(limited)


def record_sale(
    cmd: Checkout,
    limit: Limit,
    authoriser: RedemptionAuthoriser | None,
    *,
    uow_factory: Callable[[], UnitOfWork],
    clock: Clock,
    actor: Actor,
    store: Any,
) -> Committed:
    """Record the sale: reserving its points at the server when it can, else within `limit`."""
    if authoriser is None:
        limited = limit(cmd)
        return commit_checkout(limited, uow=uow_factory(), clock=clock, actor=actor, store=store)
    return commit_redeeming(
        cmd, uow=uow_factory(), clock=clock, actor=actor, authoriser=authoriser, store=store
    )
