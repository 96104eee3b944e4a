"""How many points may be redeemed now: against the server's balance when it answers, within
the offline caps when it does not.

The rules (the caps, the server's balance less this terminal's unacknowledged redemptions)
are the core's: `pos_loyalty.domain.offline_caps`, read from the store by
`pos_loyalty.services.offline_caps`. This module asks the server and hands over its answer
with the sync's bookkeeping (the `SyncBacklog` port).

The counter quotes with `redemption_limit` (or `redeem_allowance` inside its own transaction);
when it records a redeeming sale it reserves the points at the server first
(sync/redemptions.py), and falls back to `redeem_allowance` when the server does not answer.
"""

from __future__ import annotations

from datetime import datetime

from db import Database
from db.repositories.sync_state import SqlAlchemySyncState
from db.uow import SqlAlchemyUnitOfWork
from pos_loyalty.domain.offline_caps import Allowance
from pos_loyalty.services import offline_caps
from sync.client import SyncClient
from sync.errors import SyncError, UnknownToServer


def redeem_allowance(uow: SqlAlchemyUnitOfWork, member_id: str, now: datetime) -> Allowance:
    """The offline allowance for a member, inside an open transaction."""
    backlog = SqlAlchemySyncState(uow.connection)
    return offline_caps.redeem_allowance(uow, backlog, member_id, now)


def redemption_limit(
    db: Database, client: SyncClient | None, member_id: str, now: datetime
) -> Allowance:
    """Ask the server (short timeout) and fall back to the offline rules if it does not answer."""
    server: int | None = None
    unknown = False
    if client is not None:
        try:
            server = int(client.balance(member_id, now.date())["spendable"])
        except UnknownToServer:
            unknown = True
        except SyncError:
            server = None
    uow = db.uow()
    with uow.read_only():
        backlog = SqlAlchemySyncState(uow.connection)
        if unknown:
            return offline_caps.unknown_member_limit(uow, member_id, now)
        if server is None:
            return offline_caps.redeem_allowance(uow, backlog, member_id, now)
        return offline_caps.server_limit(uow, backlog, member_id, now, server)


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
