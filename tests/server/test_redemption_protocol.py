"""Online redemption over HTTP: reserve, commit, cancel, expiry, and the push that consumes.

The finding this answers: two online terminals each redeemed a member's whole balance. With
reservations the second terminal gets only what the first did not hold.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Engine, select

from pos_loyalty.domain.checkout import CheckLine, RedeemRequest
from pos_loyalty.services.checkout import Checkout, Committed
from pos_loyalty.services.redemptions import commit_redeeming
from server.models import redemptions
from server.store.redemptions import held_by_others
from sync.redemptions import ServerRedemptionAuthoriser
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]
BIG_CHECK = 1_000_000  # 10 000.00: the programme's percentage cap is far above any balance here


def redeeming(till: Till, card: str, redeem: RedeemRequest = "max") -> Committed:
    """A sale at `till` redeeming points, reserved at the server first."""
    cmd = Checkout(card, (CheckLine(BIG_CHECK),), redeem)
    return commit_redeeming(
        cmd,
        uow=till.db.uow(),
        clock=till.clock,
        actor=till.actor(),
        authoriser=ServerRedemptionAuthoriser(till.db, till.clock),
    )


def two_tills(live: LiveServer, engine: Engine, make: MakeTill) -> tuple[Till, Till, str, str]:
    """Two enrolled terminals and a member with 149 points known to both."""
    a, b = make("T-A"), make("T-B")
    for till in (a, b):
        till.enrol(live.url, enrolment_code(engine, f"Store {till.terminal_id}"))
    member = a.register("Иван Петров", "+7 912 345 67 89")
    a.checkout(member.card.number, 99999)
    a.sync()
    b.sync()
    return a, b, member.card.number, member.member.id


def call(live: LiveServer, till: Till, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """POST to the server as `till`; the answer's JSON."""
    with httpx.Client(base_url=live.url, headers=till.headers()) as http:
        answer: dict[str, Any] = http.post(path, json=body).raise_for_status().json()
    return answer


def held(engine: Engine, member_id: str, now: datetime | None = None) -> int:
    """The points reservations hold of the member now (closing those that ended)."""
    with engine.begin() as connection:
        return held_by_others(connection, member_id, "", now or datetime.now(UTC))


def states(engine: Engine) -> dict[str, str]:
    """Each reservation's state on the server."""
    with engine.connect() as connection:
        return dict(connection.execute(select(redemptions.c.id, redemptions.c.state)).all())


def test_two_online_terminals_cannot_both_redeem_the_whole_balance(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, card, member_id = two_tills(live, server_engine, till_factory)
    first = redeeming(a, card)
    second = redeeming(b, card)
    assert first.sale.redeemed_points == 149
    assert first.redemption is not None and first.redemption.online
    assert second.sale.redeemed_points == 0
    assert second.redemption is not None and second.redemption.points == 0
    assert list(states(server_engine).values()).count("committed") == 1
    for _ in range(2):
        a.sync()
        b.sync()
    assert a.balance(member_id) == b.balance(member_id) >= 0
    assert held(server_engine, member_id) == 0
    assert set(states(server_engine).values()) <= {"consumed", "cancelled"}


def test_a_repeated_reservation_answers_the_same_and_others_hold_the_rest(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, _card, member_id = two_tills(live, server_engine, till_factory)
    body = {"reservation_id": "r-1", "member_id": member_id, "points": 100, "day": "2026-04-01"}
    once, again = call(live, a, "/redemptions", body), call(live, a, "/redemptions", body)
    assert (once["granted"], once["available"], once["state"]) == (100, 149, "open")
    assert again == once
    other = {**body, "reservation_id": "r-2"}
    refused = call(live, b, "/redemptions", {**other, "points": 200})
    assert (refused["granted"], refused["available"]) == (49, 49)
    with httpx.Client(base_url=live.url, headers=b.headers()) as http:
        stolen = http.post("/redemptions/r-1/cancel", json={})
        reused = http.post("/redemptions", json={**body, "points": 5})
    assert stolen.status_code == reused.status_code == 409
    assert "new reservation id" in stolen.json()["message"]


def test_commit_and_cancel_are_idempotent_and_a_cancelled_one_holds_nothing(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, _card, member_id = two_tills(live, server_engine, till_factory)
    body = {"reservation_id": "r-1", "member_id": member_id, "points": 149}
    call(live, a, "/redemptions", body)
    commit = {"sale_id": "sale-1", "points": 120}
    assert call(live, a, "/redemptions/r-1/commit", commit)["state"] == "committed"
    assert call(live, a, "/redemptions/r-1/commit", commit)["points"] == 120
    assert call(live, a, "/redemptions/r-1/cancel", {})["state"] == "committed"
    held = call(live, b, "/redemptions", {**body, "reservation_id": "r-2"})
    assert held["available"] == 29  # the committed sale holds 120 until its entry arrives
    assert call(live, b, "/redemptions/r-2/cancel", {})["state"] == "cancelled"
    assert call(live, b, "/redemptions/r-2/cancel", {})["state"] == "cancelled"
    third = call(live, b, "/redemptions", {**body, "reservation_id": "r-3"})
    assert third["granted"] == 29
    early = call(live, b, "/redemptions/r-4/cancel", {})  # the reserve is still on its way
    late = call(live, b, "/redemptions", {**body, "reservation_id": "r-4"})
    assert early["state"] == late["state"] == "cancelled" and late["granted"] == 0


def test_an_uncommitted_reservation_is_released_when_it_expires(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, _card, member_id = two_tills(live, server_engine, till_factory)
    start = datetime(2026, 4, 1, 6, 0, tzinfo=UTC)
    live.app.state.clock = lambda: start
    body = {"reservation_id": "r-1", "member_id": member_id, "points": 149}
    assert call(live, a, "/redemptions", body)["granted"] == 149
    live.app.state.clock = lambda: start + timedelta(seconds=119)
    assert call(live, b, "/redemptions", {**body, "reservation_id": "r-2"})["granted"] == 0
    live.app.state.clock = lambda: start + timedelta(seconds=121)
    assert call(live, b, "/redemptions", {**body, "reservation_id": "r-3"})["granted"] == 149
    assert states(server_engine)["r-1"] == "expired"


def test_the_pushed_redeem_entry_consumes_the_committed_reservation(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, card, member_id = two_tills(live, server_engine, till_factory)
    done = redeeming(a, card, 100)
    assert done.sale.redeemed_points == 100
    a.sync()  # the server's balance now counts the 100: the hold must not count them again
    body = {"reservation_id": "r-b", "member_id": member_id, "points": 49}
    assert call(live, b, "/redemptions", body)["granted"] == 49
    assert sorted(states(server_engine).values()) == ["consumed", "open"]


def test_a_terminal_that_cannot_reach_the_server_applies_its_offline_caps(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, _b, card, _member_id = two_tills(live, server_engine, till_factory)
    live.stop()
    done = redeeming(a, card)
    assert done.redemption is not None and not done.redemption.online
    assert done.sale.redeemed_points == done.redemption.points == 149  # within the 1000 cap


def test_a_reserve_of_no_points_or_a_card_number_of_points_is_refused(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, _b, _card, member_id = two_tills(live, server_engine, till_factory)
    with httpx.Client(base_url=live.url, headers=a.headers()) as http:
        for points in (0, 420000000013, 1.0):
            body = {"reservation_id": "r-x", "member_id": member_id, "points": points}
            assert http.post("/redemptions", json=body).status_code == 422
        unknown = {"reservation_id": "r-y", "member_id": "nobody", "points": 5}
        assert http.post("/redemptions", json=unknown).status_code == 404
