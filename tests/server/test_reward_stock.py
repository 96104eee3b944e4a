"""A reward's stock across terminals, against a real server over HTTP (SQLite and PostgreSQL).

Two enrolled terminals, A and B, and the bonus programme with a catalogue saved at A and
pulled by B: a tote bag for 50 points with 1 in stock, a mug for 30 points with no stock.
Anna (A) and Boris (B) each have their 100 welcome points, known to both terminals.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
from sqlalchemy import Engine, select

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.services.programmes import current_programme, save_programme
from pos_loyalty.services.reward_redemption import RewardGiven, redeem_reward, refund_reward
from pos_loyalty.services.templates import template
from server.models import redemptions
from sync.reward_holds import ServerRewardAuthoriser
from tests.cli_staff import add_staff_by_id
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]
REWARDS = [
    {"id": "tote", "name": "Сумка", "points": 50, "stock": 1},
    {"id": "mug", "name": "Кружка", "points": 30},
]


def give(till: Till, card: str, reward_id: str) -> RewardGiven:
    """Give a reward at `till`, held at the server first."""
    return redeem_reward(
        card,
        reward_id,
        uow=till.db.uow(),
        clock=till.clock,
        actor=till.actor(),
        authoriser=ServerRewardAuthoriser(till.db, till.clock),
    )


def two_counters(
    live: LiveServer, engine: Engine, make: MakeTill, rewards: list[dict[str, object]]
) -> tuple[Till, Till, str, str]:
    """A and B enrolled, the catalogue at both, Anna at A and Boris at B (100 points each)."""
    a, b = make("T-A"), make("T-B")
    for till in (a, b):
        till.enrol(live.url, enrolment_code(engine, f"Store {till.terminal_id}"))
    save_programme({**template("bonus"), "rewards": rewards}, uow=a.db.uow())
    anna = a.register("Анна Смирнова", "+7 912 100 00 01").card.number
    boris = b.register("Борис Орлов", "+7 912 100 00 02").card.number
    for till in (a, b):
        till.sync()
    # on PostgreSQL a pull sees a change once every older transaction has ended: wait for it
    deadline = time.monotonic() + 20
    while current_programme(uow=b.db.uow()).reward("tote") is None:
        assert time.monotonic() < deadline, "terminal B never pulled the catalogue"
        time.sleep(0.2)
        b.sync()
    return a, b, anna, boris


def test_the_last_unit_given_at_two_terminals_at_once_goes_to_one_of_them(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, anna, boris = two_counters(live, server_engine, till_factory, REWARDS)
    together = Barrier(2)

    def at(till: Till, card: str) -> RewardGiven | NotAllowed:
        together.wait()
        try:
            return give(till, card, "tote")
        except NotAllowed as refused:
            return refused

    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(at, (a, b), (anna, boris)))
    given = [x for x in answers if isinstance(x, RewardGiven)]
    refused = [x for x in answers if isinstance(x, NotAllowed)]
    assert len(given) == 1 and len(refused) == 1
    assert given[0].balance_after == 50  # 100 welcome points - 50
    assert refused[0].code == "reward_out_of_stock"
    assert "none of this reward is left" in str(refused[0])
    with server_engine.connect() as connection:
        rows = connection.execute(select(redemptions.c.reward_id, redemptions.c.state)).all()
    assert sorted(state for _, state in rows) == ["cancelled", "committed"]
    assert {reward for reward, _ in rows} == {"tote"}


def test_a_refund_pushed_to_the_server_gives_the_unit_back_to_the_other_terminal(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b, anna, boris = two_counters(live, server_engine, till_factory, REWARDS)
    first = give(a, anna, "tote")
    with pytest.raises(NotAllowed) as refused:
        give(b, boris, "tote")
    assert refused.value.code == "reward_out_of_stock"
    add_staff_by_id(a.db)
    refund_reward(first.entry.id, uow=a.db.uow(), clock=a.clock, actor=a.actor())
    a.sync()  # the refund's entry reaches the server: the stock counts 0 given
    assert give(b, boris, "tote").balance_after == 50


def test_offline_a_terminal_gives_only_its_share_of_a_stocked_reward(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    shared = [{**REWARDS[0], "stock": 5, "offline_share": 1}, REWARDS[1]]
    a, b, anna, boris = two_counters(live, server_engine, till_factory, shared)
    # online: 5 in stock, 2 terminals x 1 set aside for their offline shares: 3 to give
    online = give(a, anna, "tote")
    assert online.authorisation is not None and online.authorisation.online
    assert online.entry.reason == "reward"
    live.stop()
    first = give(b, boris, "tote")
    assert first.authorisation is not None and first.authorisation.offline
    assert first.entry.reason == "reward offline"
    with pytest.raises(NotAllowed) as refused:
        give(b, boris, "tote")  # 50 points are left, but the share of 1 is used
    assert refused.value.code == "reward_offline_share"
    assert give(b, boris, "mug").balance_after == 20  # no stock: only the points caps apply


def test_online_the_server_keeps_the_offline_shares_aside(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    shared = [{**REWARDS[0], "stock": 3, "offline_share": 1}, REWARDS[1]]
    a, b, anna, boris = two_counters(live, server_engine, till_factory, shared)
    # 3 in stock less the 2 terminals' shares: 1 unit to give online
    assert give(a, anna, "tote").authorisation is not None
    with pytest.raises(NotAllowed) as refused:
        give(b, boris, "tote")
    assert refused.value.code == "reward_out_of_stock"
