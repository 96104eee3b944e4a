"""Two offline terminals spend the same points: the caps bound it, the server flags it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import httpx
from sqlalchemy import Engine

from pos_loyalty.domain.offline_caps import OfflineRules
from pos_loyalty.services.offline_caps import save_offline_rules
from server import create_app
from server.admin import negative
from sync.offline import redemption_limit
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]
RULES = OfflineRules(max_age_minutes=60, terminal_cap=1000, member_cap=100)


def _offline_rules(till: Till) -> None:
    uow = till.db.uow()
    with uow:
        save_offline_rules(uow, RULES)
        uow.commit()


def test_offline_double_spending_is_capped_and_flagged_after_sync(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b = till_factory("T-A"), till_factory("T-B")
    for till in (a, b):
        till.enrol(live.url, enrolment_code(server_engine, f"Store {till.terminal_id}"))
        _offline_rules(till)
    member = a.register("Иван Петров", "+7 912 345 67 89")
    card = member.card.number
    a.checkout(card, 99999)
    a.sync()
    b.sync()
    with b.client() as client:
        online = redemption_limit(b.db, client, member.member.id, b.now)
    assert (online.points, online.online) == (149, True)

    port = live.port
    live.stop()
    for till in (a, b):
        till.now += timedelta(minutes=10)
        with till.client(timeout=1) as client:
            allowance = redemption_limit(till.db, client, member.member.id, till.now)
        assert (allowance.points, allowance.online) == (100, False)
        assert "100 points per member" in allowance.reason
        sale = till.checkout(card, 100000, allowance.points, category="gift_card")
        assert sale.quote.redeemed_points == 100
        with till.client(timeout=1) as client:
            after = redemption_limit(till.db, client, member.member.id, till.now)
        assert after.points == 0
    a.now += timedelta(hours=2)
    with a.client(timeout=1) as client:
        stale = redemption_limit(a.db, client, member.member.id, a.now)
    assert stale.points == 0 and "more than the 60 min allowed" in stale.reason

    restarted = LiveServer(create_app(server_engine), port=port)
    try:
        a.sync()
        b.sync()
        a.sync()
        with httpx.Client(base_url=restarted.url, headers=a.headers()) as http:
            flagged = http.get("/negative-balances").raise_for_status().json()
    finally:
        restarted.stop()
    assert a.balance(member.member.id) == b.balance(member.member.id) == 149 - 200
    ((row),) = flagged
    assert (row["member_id"], row["balance"], row["cards"]) == (member.member.id, -51, [card])
    with server_engine.connect() as connection:
        assert [r["balance"] for r in negative(connection)] == [-51]
