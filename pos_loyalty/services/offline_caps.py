"""The redemption allowance of this terminal, read from its store (rules in
`pos_loyalty.domain.offline_caps`).

The terminal's sync (sync/offline.py) asks the server for the member's balance and hands the
answer here; the counter applies the result to the check (`with_allowance`). The caps need
two facts only the sync keeps, given through the `SyncBacklog` port: how far the server has
acknowledged this terminal's entries and when it last answered.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Protocol

from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.domain.offline_caps import (
    Allowance,
    OfflineRules,
    offline_allowance,
    server_allowance,
    unknown_to_server,
    working_alone,
)
from pos_loyalty.services.checkout import Checkout
from pos_loyalty.services.ports import UnitOfWork

SETTINGS_KEY = "sync.offline"


class SyncPosition(Protocol):
    """Who this terminal is to the server and how far the server has taken its entries."""

    @property
    def terminal_id(self) -> str: ...
    @property
    def acked_seq(self) -> int: ...
    @property
    def last_success_at(self) -> datetime | None: ...


class SyncBacklog(Protocol):
    """The terminal's sync bookkeeping, read in the unit of work's open transaction."""

    def link(self) -> SyncPosition | None:
        """The enrolment, or None for a terminal that works alone."""

    def unacked_redeemed(self, terminal_id: str, after_seq: int, member_id: str | None) -> int:
        """Points `terminal_id` redeemed (of `member_id`, or all) in entries after `after_seq`."""


def offline_rules(uow: UnitOfWork) -> OfflineRules:
    """The offline rules in force (the defaults for anything not set)."""
    return OfflineRules.from_settings(uow.settings.get(SETTINGS_KEY))


def save_offline_rules(uow: UnitOfWork, rules: OfflineRules) -> None:
    """Store the offline rules (inside the caller's transaction)."""
    uow.settings.put(SETTINGS_KEY, rules.to_settings())


def redeem_allowance(
    uow: UnitOfWork, backlog: SyncBacklog, member_id: str, now: datetime
) -> Allowance:
    """The allowance when the server does not answer, inside an open transaction."""
    spendable = uow.wallets.get(member_id).spendable(now.date())
    link = backlog.link()
    if link is None:
        return working_alone(spendable)
    return offline_allowance(
        offline_rules(uow),
        spendable,
        last_sync=link.last_success_at,
        now=now,
        redeemed_here=backlog.unacked_redeemed(link.terminal_id, link.acked_seq, None),
        redeemed_by_member=backlog.unacked_redeemed(link.terminal_id, link.acked_seq, member_id),
    )


def server_limit(
    uow: UnitOfWork, backlog: SyncBacklog, member_id: str, now: datetime, server_spendable: int
) -> Allowance:
    """The allowance when the server answered with the member's spendable balance."""
    spendable = uow.wallets.get(member_id).spendable(now.date())
    link = backlog.link()
    mine = 0
    if link is not None:
        mine = backlog.unacked_redeemed(link.terminal_id, link.acked_seq, member_id)
    return server_allowance(spendable, server_spendable, mine)


def unknown_member_limit(uow: UnitOfWork, member_id: str, now: datetime) -> Allowance:
    """The allowance when the server answered that it has no points of this member yet."""
    return unknown_to_server(uow.wallets.get(member_id).spendable(now.date()))


def redeeming_member(cmd: Checkout, *, uow: UnitOfWork) -> str | None:
    """The member whose points this check would redeem (None: it redeems nothing)."""
    if cmd.card_number is None or not cmd.redeem:
        return None
    with uow.read_only():
        card = uow.cards.get(validate_card_number(cmd.card_number))
    return None if card is None else card.member_id


def with_allowance(cmd: Checkout, allowance: Allowance) -> Checkout:
    """The check redeeming no more than `allowance`, with its reason for the quote."""
    return replace(
        cmd,
        redeem_limit=allowance.points,
        redeem_limit_reason=allowance.reason,
        redeem_limit_code=allowance.code,
        redeem_limit_values=allowance.values,
    )
