"""Card numbers from server blocks: two stores issuing offline never make the same number.

Each test runs against a server on SQLite and on PostgreSQL, over real HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, delete, select

from db.models import card_blocks as local_blocks
from pos_loyalty.domain.cards import card_number_for, card_sequence
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.services.cards import issue_cards
from pos_loyalty.services.lookup import lookup_card
from server import create_app
from server.epoch import renew_epoch
from server.models import card_blocks, card_origins, cards
from server.store.card_blocks import BLOCK_SIZE, FIRST_SEQ
from sync.card_numbers import LOW
from sync.link import read, recent
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def _enrolled(make: MakeTill, live: LiveServer, engine: Engine, terminal_id: str) -> Till:
    till = make(terminal_id)
    till.enrol(live.url, enrolment_code(engine, f"Store of {terminal_id}"))
    return till


def _numbers(till: Till) -> set[str]:
    uow = till.db.uow()
    with uow.read_only():
        return {n for (n,) in uow.connection.execute(select(cards.c.number))}


def _blocks(till: Till) -> list[tuple[int, int]]:
    return read(till.db, lambda s: s.card_blocks())


def test_two_stores_issue_cards_offline_and_no_number_is_shared(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    b = _enrolled(till_factory, live, server_engine, "T-B")
    assert _blocks(a) == [(FIRST_SEQ, FIRST_SEQ + BLOCK_SIZE - 1)]
    assert _blocks(b) == [(FIRST_SEQ + BLOCK_SIZE, FIRST_SEQ + 2 * BLOCK_SIZE - 1)]
    # Both offline: registrations with new cards and printed batches, nothing synced yet.
    at_a = [a.register(f"Покупатель А{i}", f"+7 912 100 00 0{i}") for i in range(5)]
    at_b = [b.register(f"Покупатель Б{i}", f"+7 912 200 00 0{i}") for i in range(5)]
    printed_a = issue_cards(10, uow=a.db.uow())
    printed_b = issue_cards(10, uow=b.db.uow())
    issued_a = {r.card.number for r in at_a} | {c.number for c in printed_a}
    issued_b = {r.card.number for r in at_b} | {c.number for c in printed_b}
    assert len(issued_a) == len(issued_b) == 15
    assert not issued_a & issued_b
    assert all(FIRST_SEQ <= card_sequence(n) < FIRST_SEQ + BLOCK_SIZE for n in issued_a)
    reports = [a.sync(), b.sync(), a.sync()]
    assert [r.push.problems for r in reports] == [[], [], []]
    with server_engine.connect() as connection:
        on_server = {n for (n,) in connection.execute(select(cards.c.number))}
    assert on_server == issued_a | issued_b
    assert issued_a | issued_b <= _numbers(a) and issued_a | issued_b <= _numbers(b)
    # A card issued at store A is scanned at store B.
    anna = at_a[0]
    view = lookup_card(b.db.uow(), anna.card.number, b.clock)
    assert view.member is not None and view.member.id == anna.member.id
    assert view.member.name == "Покупатель А0"
    assert b.checkout(anna.card.number, 100000).quote.earned_points == 50


def test_a_printed_card_keeps_its_number_and_a_terminal_without_numbers_says_so(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    uow = a.db.uow()
    with uow:
        uow.connection.execute(delete(local_blocks))  # as if enrolled before blocks existed
        uow.commit()
    with pytest.raises(NotAllowed, match=r"no card numbers left .* sync with the server"):
        a.register("Без карты", "+7 912 300 00 01")
    printed = a.register("С картой", "+7 912 300 00 02", card="0420000000013")
    assert printed.card.number == "0420000000013"
    assert a.sync().push.problems == []
    assert read(a.db, lambda s: s.card_numbers_left()) == BLOCK_SIZE
    assert card_sequence(a.register("Без карты", "+7 912 300 00 01").card.number) == FIRST_SEQ


def test_a_terminal_running_low_gets_the_next_block_with_the_sync(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    _enrolled(till_factory, live, server_engine, "T-B")
    issue_cards(BLOCK_SIZE - LOW + 1, uow=a.db.uow())
    with pytest.raises(NotAllowed, match=f"{LOW - 1} card numbers left .* {LOW} are needed"):
        issue_cards(LOW, uow=a.db.uow())
    a.sync()
    assert _blocks(a) == [
        (FIRST_SEQ, FIRST_SEQ + BLOCK_SIZE - 1),
        (FIRST_SEQ + 2 * BLOCK_SIZE, FIRST_SEQ + 3 * BLOCK_SIZE - 1),
    ]
    spanning = issue_cards(LOW, uow=a.db.uow())
    assert card_sequence(spanning[LOW - 2].number) == FIRST_SEQ + BLOCK_SIZE - 1
    assert card_sequence(spanning[LOW - 1].number) == FIRST_SEQ + 2 * BLOCK_SIZE
    assert a.sync().push.problems == []
    with server_engine.connect() as connection:
        query = select(card_blocks.c.first_seq, card_blocks.c.terminal_id)
        owners = {first: owner for first, owner in connection.execute(query)}
    assert owners == {
        FIRST_SEQ: "T-A",
        FIRST_SEQ + BLOCK_SIZE: "T-B",
        FIRST_SEQ + 2 * BLOCK_SIZE: "T-A",
    }


def test_a_lost_answer_gets_the_same_block_again(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    held = {"held": [{"first_seq": FIRST_SEQ, "last_seq": FIRST_SEQ + BLOCK_SIZE - 1}]}
    with httpx.Client(base_url=live.url, headers=a.headers()) as http:
        first = http.post("/card-blocks", json=held).json()
        again = http.post("/card-blocks", json=held).json()
        bad = http.post("/card-blocks", json={"held": [{"first_seq": 5, "last_seq": 4}]})
        floats = http.post("/card-blocks", json={"held": [{"first_seq": 5.0, "last_seq": 9}]})
    expected = {"first_seq": FIRST_SEQ + BLOCK_SIZE, "last_seq": FIRST_SEQ + 2 * BLOCK_SIZE - 1}
    assert first == again == {"blocks": [expected]}
    assert bad.status_code == floats.status_code == 422


def test_the_server_refuses_a_duplicate_number_from_an_older_terminal(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    b = _enrolled(till_factory, live, server_engine, "T-B")
    (mine,) = issue_cards(1, uow=a.db.uow())
    a.sync()
    legacy = card_number_for(13)

    def issued(number: str, message_id: int) -> dict[str, object]:
        card = {"number": number, "type": "bonus", "state": "active", "member_id": None}
        return {"message_id": message_id, "kind": "card_issued", "payload": card}

    with httpx.Client(base_url=live.url) as http:
        from_a = http.post("/push", json={"messages": [issued(legacy, 1)]}, headers=a.headers())
        from_b = http.post(
            "/push",
            json={"messages": [issued(mine.number, 1), issued(legacy, 2)]},
            headers=b.headers(),
        )
        resent = http.post("/push", json={"messages": [issued(legacy, 1)]}, headers=a.headers())
    assert from_a.json()["accepted"] == 1
    assert resent.json()["duplicates"] == 1
    problems = {p["key"]: p for p in from_b.json()["problems"]}
    assert problems[mine.number]["status"] == "refused"
    assert "block of card numbers given to terminal T-A" in problems[mine.number]["reason"]
    assert "already issued by terminal T-A" in problems[legacy]["reason"]
    assert from_b.json()["accepted"] == 0


def test_after_a_restore_the_blocks_terminals_hold_are_not_given_again(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    b = _enrolled(till_factory, live, server_engine, "T-B")
    (held,) = _blocks(b)
    with server_engine.begin() as connection:  # the backup predates B's block
        connection.execute(delete(card_blocks).where(card_blocks.c.terminal_id == "T-B"))
        renew_epoch(connection)
    assert b.sync().push.epoch_changed
    assert _blocks(b) == [held]  # shown, and nothing new while A has not shown its blocks
    c = _enrolled(till_factory, live, server_engine, "T-C")
    assert _blocks(c) == []
    c.sync()
    assert _blocks(c) == []
    a.sync()  # A shows its block: every terminal has, new blocks start above them all
    c.sync()
    assert _blocks(c) == [(FIRST_SEQ + 2 * BLOCK_SIZE, FIRST_SEQ + 3 * BLOCK_SIZE - 1)]
    with server_engine.connect() as connection:
        query = select(card_blocks.c.first_seq, card_blocks.c.terminal_id)
        owners = {first: owner for first, owner in connection.execute(query)}
    assert owners == {
        FIRST_SEQ: "T-A",
        FIRST_SEQ + BLOCK_SIZE: "T-B",
        FIRST_SEQ + 2 * BLOCK_SIZE: "T-C",
    }


def test_a_server_without_card_blocks_does_not_stop_the_sync(
    server_engine: Engine, till_factory: MakeTill
) -> None:
    app = create_app(server_engine)

    @app.middleware("http")
    async def before_card_blocks(request: Request, call_next: Any) -> Any:
        """Answer as a server of the version before card-number blocks."""
        if request.url.path == "/card-blocks":
            return JSONResponse({"detail": "Not Found"}, status_code=404)
        return await call_next(request)

    older = LiveServer(app)
    try:
        a = till_factory("T-A")
        a.enrol(older.url, enrolment_code(server_engine, "Store of T-A"))
        uow = a.db.uow()
        with uow:
            uow.connection.execute(delete(local_blocks))  # its enrolment brought no block
            uow.commit()
        report = a.sync()
        assert report.push.problems == []
        assert "the server gives no card numbers" in recent(a.db, 1)[0].message
        assert read(a.db, lambda s: s.card_numbers_left()) == 0
    finally:
        older.stop()


def test_after_a_restore_a_card_from_a_lost_block_is_accepted_when_sent_again(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    b = _enrolled(till_factory, live, server_engine, "T-B")
    (card,) = issue_cards(1, uow=b.db.uow())
    assert b.sync().push.problems == []
    with server_engine.begin() as connection:  # the backup predates B's enrolment and its card
        connection.execute(delete(cards).where(cards.c.number == card.number))
        connection.execute(delete(card_origins).where(card_origins.c.number == card.number))
        connection.execute(delete(card_blocks).where(card_blocks.c.terminal_id == "T-B"))
        renew_epoch(connection)
    report = b.sync()
    assert report.pull.epoch_changed and report.push.problems == []
    with server_engine.connect() as connection:
        stored = connection.execute(select(cards.c.number).where(cards.c.number == card.number))
        assert stored.scalar_one() == card.number
