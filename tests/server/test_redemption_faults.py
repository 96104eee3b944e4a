"""Online redemption through a network that drops, cuts and duplicates requests.

The offline caps are set to nothing, so every point redeemed was reserved at the server: after
the network heals no member's balance is below zero (no point spent twice), and once the hold
time has passed no reservation holds anything (none leaked).
"""

from __future__ import annotations

import contextlib
import functools
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select

from db.repositories.sync_state import SyncLink
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.offline_caps import OfflineRules
from pos_loyalty.services.checkout import Checkout
from pos_loyalty.services.offline_caps import save_offline_rules
from pos_loyalty.services.redemptions import commit_redeeming
from server.models import balances, ledger_entries, redemptions
from sync import SyncClient, SyncError, sync_once
from sync.link import current
from sync.redemptions import ServerRedemptionAuthoriser
from tests.server.faults import FaultyProxy, one_shot_transport, retry
from tests.server.live import LiveServer, Till, enrolment_code
from tests.server.test_redemption_protocol import BIG_CHECK, held

MakeTill = Callable[[str], Till]
NO_OFFLINE = OfflineRules(max_age_minutes=240, terminal_cap=0, member_cap=0)
REDEEM: list[int | str] = ["max", 60]
WEIGHTS = {"forward": 3, "drop": 1, "cut": 2, "duplicate": 2}


def _through(proxy: FaultyProxy) -> Callable[[SyncLink, float], SyncClient]:
    def connect(link: SyncLink, _timeout: float) -> SyncClient:
        return SyncClient(proxy.url, link.token, timeout=5, transport=one_shot_transport())

    return connect


def _no_offline_redemption(till: Till) -> None:
    uow = till.db.uow()
    with uow:
        save_offline_rules(uow, NO_OFFLINE)
        uow.commit()


def _enrolled(live: LiveServer, engine: Engine, make: MakeTill) -> tuple[list[Till], list[str]]:
    tills = [make(f"T-{name}") for name in "ABC"]
    for till in tills:
        till.enrol(live.url, enrolment_code(engine, f"Store {till.terminal_id}"))
        _no_offline_redemption(till)
    members = [tills[0].register(f"Member {i}", f"+7 912 000 00 0{i}") for i in range(3)]
    for member in members:
        tills[0].checkout(member.card.number, 99999)
    for till in tills:
        till.sync()
    return tills, [m.card.number for m in members]


def _sell(till: Till, proxy: FaultyProxy, card: str, redeem: int | str) -> None:
    authoriser = ServerRedemptionAuthoriser(till.db, till.clock, connect=_through(proxy))
    cmd = Checkout(card, (CheckLine(BIG_CHECK // 10),), redeem)
    commit_redeeming(
        cmd, uow=till.db.uow(), clock=till.clock, actor=till.actor(), authoriser=authoriser
    )


def test_faults_never_let_a_point_be_spent_twice_nor_a_reservation_leak(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    tills, cards = _enrolled(live, server_engine, till_factory)
    proxy = FaultyProxy(live.port, seed=7, weights=WEIGHTS)
    rng = random.Random(3)
    try:
        for _ in range(3):
            for till in tills:
                for _ in range(2):
                    redeem = rng.choice(REDEEM)
                    _sell(till, proxy, rng.choice(cards), redeem)
                link = current(till.db)
                with (
                    SyncClient(
                        proxy.url, link.token, timeout=5, transport=one_shot_transport()
                    ) as client,
                    contextlib.suppress(SyncError),
                ):
                    sync_once(till.db, client)
        proxy.healthy = True
        for _ in range(2):
            for till in tills:
                retry(functools.partial(till.sync, proxy.url), attempts=3)
    finally:
        proxy.close()
    assert {"drop", "cut", "duplicate"} <= set(proxy.seen)
    with server_engine.connect() as connection:
        server = dict(connection.execute(select(balances.c.member_id, balances.c.balance)).all())
        made = connection.execute(select(redemptions.c.member_id).distinct()).scalars().all()
        redeemed = connection.execute(
            select(func.sum(ledger_entries.c.points)).where(ledger_entries.c.kind == "redeem")
        ).scalar_one()
    assert made and redeemed < 0 and min(server.values()) >= 0
    for till in tills:
        assert {m: till.balance(m) for m in server} == server
    later = datetime.now(UTC) + timedelta(seconds=121)
    assert [held(server_engine, m, later) for m in made] == [0] * len(made)
