"""The till API's redemption goes through the counter's reservation and offline caps.

A real central server over HTTP on the loopback, two enrolled terminals (A serves the till API
over its own store, B is another counter), and a member with 149 points known to both. The
till's check: one line of 1 000.00, so the programme's 50 % cap (500 points) is far above
the balance.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine

from examples.till_client import TillClient, TillError
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.offline_caps import OfflineRules
from pos_loyalty.services.checkout import Checkout
from pos_loyalty.services.offline_caps import save_offline_rules
from pos_loyalty.services.redemptions import commit_redeeming
from pos_loyalty.services.slips import StoreHeader
from sync.redemptions import ServerRedemptionAuthoriser
from tests.server.live import LiveServer, Till
from tests.server.test_redemption_protocol import held, redeeming, states, two_tills
from ui.till.app import TillServer
from ui.till.context import TillContext

MakeTill = Callable[[str], Till]
CHECK = [{"code": "1", "name": "Телевизор", "quantity": "1", "price": 100000, "amount": 100000}]


@contextmanager
def till_api(till: Till) -> Iterator[TillClient]:
    """The till API over `till`'s store on a loopback port, acting as its cashier."""
    context = TillContext(
        database=till.db,
        actor=till.actor(),
        store=StoreHeader(name="Store"),
        clock=till.clock,
        real_clock=till.clock,
        language="en",
    )
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = TillServer(context, "127.0.0.1", port)
    server.start()
    try:
        yield TillClient(f"http://127.0.0.1:{port}")
    finally:
        server.stop()


def sales_of(till: Till) -> int:
    uow = till.db.uow()
    with uow.read_only():
        return int(uow.connection.exec_driver_sql("SELECT count(*) FROM sales").scalar_one())


def test_the_tills_points_are_reserved_at_the_server_so_another_counter_cannot_spend_them(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, card, member_id = two_tills(live, server_engine, till_factory)
    with till_api(a) as api:
        quoted = api.calculate("T-1", CHECK, card, "max")
        assert quoted["redeemed_points"] == 149
        sold = api.confirm("T-1", "000001")
    assert (sold["redeemed_points"], sold["paid"]) == (149, 100000 - 14900)
    assert sold["redemption"]["online"] is True and sold["redemption"]["reserved"] is True
    assert list(states(server_engine).values()) == ["committed"]
    # the other counter finds nothing free at the server: the till's sale holds all 149
    other = redeeming(b, card)
    assert other.sale.redeemed_points == 0
    assert held(server_engine, member_id) == 149


def test_points_another_counter_reserved_meanwhile_refuse_the_confirmation(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, card, member_id = two_tills(live, server_engine, till_factory)
    before = sales_of(a)
    with till_api(a) as api:
        assert api.calculate("T-2", CHECK, card, "max")["redeemed_points"] == 149
        # B sells 600.00 redeeming all 149 (reserved at the server), paid 451.00, earned 22
        sold_at_b = commit_redeeming(
            Checkout(card, (CheckLine(60000),), "max"),
            uow=b.db.uow(),
            clock=b.clock,
            actor=b.actor(),
            authoriser=ServerRedemptionAuthoriser(b.db, b.clock),
        )
        assert (sold_at_b.sale.redeemed_points, sold_at_b.sale.earned_points) == (149, 22)
        with pytest.raises(TillError) as refused:
            api.confirm("T-2", "000002")
        assert refused.value.status == 409
        assert refused.value.body["error"] == "till_check_changed"
        assert sales_of(a) == before  # nothing recorded at the till
        # B's reservation holds the points; the till's asked the server and got none
        assert sorted(states(server_engine).values()) == ["cancelled", "committed"]
        b.sync()  # B's sale reaches the server: the member holds 22 there
        again = api.calculate("T-2", CHECK, card, "max")
        assert again["redeemed_points"] == 22
        assert any(r["code"] == "redeem_cap_server" for r in again["reasons"])
        sold = api.confirm("T-2", "000002")
    assert (sold["redeemed_points"], sold["redemption"]["reserved"]) == (22, True)
    assert held(server_engine, member_id) == 22  # the till's sale, until A pushes it


def test_out_of_reach_the_till_keeps_to_the_offline_member_cap(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, _b, card, _member_id = two_tills(live, server_engine, till_factory)
    uow = a.db.uow()
    with uow:
        save_offline_rules(uow, OfflineRules(max_age_minutes=240, terminal_cap=5000, member_cap=50))
        uow.commit()
    live.stop()  # the server no longer answers: the terminal is offline
    with till_api(a) as api:
        quoted = api.calculate("T-4", CHECK, card, "max")
        assert quoted["redeemed_points"] == 50
        assert any(r["code"] == "redeem_cap_member" for r in quoted["reasons"])
        sold = api.confirm("T-4", "000004")
        assert sold["redeemed_points"] == 50
        assert sold["redemption"]["limit"] == 50
        assert (sold["redemption"]["online"], sold["redemption"]["reserved"]) == (False, False)
        # the cap is spent until the next sync: a second check may redeem nothing
        assert api.calculate("T-5", CHECK, card, "max")["redeemed_points"] == 0
