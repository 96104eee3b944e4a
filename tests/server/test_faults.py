"""Terminals syncing through a network that drops, cuts, delays and duplicates requests.

After the network heals, every entry is on the server exactly once, no sale is lost, and every
terminal shows the server's balance for every member.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable

from sqlalchemy import Engine, func, select

from server.models import balances, ledger_entries, sales
from sync import SyncClient, SyncError, sync_once
from sync.link import current
from tests.server.faults import FaultyProxy, one_shot_transport, retry
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def _through(till: Till, proxy: FaultyProxy) -> SyncClient:
    link = current(till.db)
    return SyncClient(proxy.url, link.token, timeout=5, transport=one_shot_transport())


def _own_entries(till: Till) -> int:
    uow = till.db.uow()
    with uow.read_only():
        query = (
            select(func.count())
            .select_from(ledger_entries)
            .where(ledger_entries.c.terminal_id == till.terminal_id)
        )
        return int(uow.connection.execute(query).scalar_one())


def _sales(till: Till) -> int:
    uow = till.db.uow()
    with uow.read_only():
        return int(uow.connection.execute(select(func.count()).select_from(sales)).scalar_one())


def test_a_faulty_network_loses_and_doubles_nothing(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    tills = [till_factory(f"T-{name}") for name in "ABC"]
    for till in tills:
        till.enrol(live.url, enrolment_code(server_engine, f"Store {till.terminal_id}"))
    cards = [tills[0].register(f"Member {i}", f"+7 912 000 00 0{i}").card.number for i in range(4)]
    for till in tills:
        till.sync()
    proxy = FaultyProxy(live.port, seed=11)
    rng = random.Random(5)
    try:
        for _ in range(4):
            for till in tills:
                for _ in range(2):
                    till.checkout(
                        rng.choice(cards), rng.choice([60000, 120000]), rng.choice([None, 30])
                    )
                with _through(till, proxy) as client:
                    for _ in range(2):
                        with contextlib.suppress(SyncError):
                            sync_once(till.db, client)
        proxy.healthy = True
        for _ in range(2):
            for till in tills:
                with _through(till, proxy) as client:
                    retry(lambda c=client, t=till: sync_once(t.db, c), attempts=3)
    finally:
        proxy.close()
    assert {"drop", "cut", "delay", "duplicate"} <= set(proxy.seen)
    with server_engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(ledger_entries)).scalar()
        distinct = connection.execute(select(func.count(ledger_entries.c.id.distinct()))).scalar()
        server_sales = connection.execute(select(func.count()).select_from(sales)).scalar()
        server_balances = dict(
            connection.execute(select(balances.c.member_id, balances.c.balance)).all()
        )
    assert stored == distinct == sum(_own_entries(t) for t in tills)
    assert server_sales == sum(_sales(t) for t in tills)
    for till in tills:
        assert {m: till.balance(m) for m in server_balances} == server_balances
