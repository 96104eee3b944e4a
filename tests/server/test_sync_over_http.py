"""Enrolment, authentication, push, pull and cards across stores, over real HTTP.

Each test runs twice: against a server on SQLite and on PostgreSQL (a fresh schema).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import Engine, func, select

from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.payloads import entry_to_dict
from server.models import ledger_entries, members
from server.store.terminals import revoke
from sync import AuthRefused, EnrolmentRefused
from sync.link import recent
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def _enrolled(make: MakeTill, live: LiveServer, engine: Engine, terminal_id: str) -> Till:
    till = make(terminal_id)
    till.enrol(live.url, enrolment_code(engine, f"Store of {terminal_id}"))
    return till


def _entry_message(till: Till, message_id: int, **changes: object) -> dict[str, object]:
    uow = till.db.uow()
    with uow.read_only():
        (entry,) = [
            e for m in uow.members.find_by_phone("", 5) for e in uow.ledger.of_member(m.id)
        ][:1]
    payload = {**entry_to_dict(entry), **changes}
    return {"message_id": message_id, "kind": "ledger_entry", "payload": payload}


def test_a_terminal_enrols_once_per_code(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    code = enrolment_code(server_engine, "Магазин у дома")
    till = till_factory("T-A")
    till.enrol(live.url, code)
    assert till.sync().push.sent >= 1
    other = till_factory("T-B")
    with pytest.raises(EnrolmentRefused, match="already used by terminal T-A"):
        other.enrol(live.url, code)
    with pytest.raises(EnrolmentRefused, match="unknown enrolment code"):
        other.enrol(live.url, "AAAA-BBBB-CCCC")
    with pytest.raises(EnrolmentRefused, match="T-A is already enrolled: revoke it first"):
        till.enrol(live.url, enrolment_code(server_engine, "Магазин у дома"))


def test_requests_without_a_valid_token_are_refused(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    till = _enrolled(till_factory, live, server_engine, "T-A")
    with httpx.Client(base_url=live.url) as http:
        missing = http.get("/pull")
        wrong = http.get("/pull", headers={"Authorization": "Bearer plt_not-a-token"})
        basic = http.get("/pull", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert missing.status_code == wrong.status_code == basic.status_code == 401
    assert missing.json()["code"] == "unauthorized"
    assert missing.headers["www-authenticate"] == "Bearer"
    assert "unknown terminal token" in wrong.json()["message"]
    till.sync()
    with server_engine.begin() as connection:
        assert revoke(connection, "T-A", till.now)
    with pytest.raises(AuthRefused, match="T-A was revoked"):
        till.sync()
    assert "revoked" in recent(till.db, 1)[0].message


def test_a_terminal_can_only_write_as_itself(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    _enrolled(till_factory, live, server_engine, "T-B")
    a.register("Иван Петров", "+7 912 000 00 01")
    forged = _entry_message(a, 1, terminal_id="T-B")
    with a.client() as client, pytest.raises(AuthRefused, match="can only write as itself"):
        client.push([forged])
    with server_engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(ledger_entries)).scalar() == 0


def test_entries_are_stored_once_and_a_repeated_push_changes_nothing(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    till = _enrolled(till_factory, live, server_engine, "T-A")
    done = till.register("Иван Петров", "+7 912 000 00 01")
    till.checkout(done.card.number, 99999)
    report = till.sync().push
    assert report.accepted == report.sent == 6 and report.duplicates == 0
    again = [_entry_message(till, 1)]
    with till.client() as client:
        answer = client.push(again)
    assert (answer["accepted"], answer["duplicates"], answer["problems"]) == (0, 1, [])
    with server_engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(ledger_entries)).scalar()
    assert stored == 2
    assert till.balance(done.member.id) == 149


def test_the_same_uuid_with_other_content_is_refused_and_reported(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    till = _enrolled(till_factory, live, server_engine, "T-A")
    till.register("Иван Петров", "+7 912 000 00 01")
    till.sync()
    changed = _entry_message(till, 77, points=1_000_000)
    with till.client() as client:
        answer = client.push([changed])
    (problem,) = answer["problems"]
    assert problem["status"] == "conflict" and problem["message_id"] == 77
    assert "already received with other content" in problem["reason"]
    with server_engine.connect() as connection:
        total = connection.execute(select(func.sum(ledger_entries.c.points))).scalar()
    assert total == 100


def test_a_known_uuid_under_a_new_sequence_is_a_conflict_and_the_rest_is_stored(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    # The server looks up by UUID only entries whose sequence is taken; this one's is not,
    # so storing it breaks the unique key and the batch is sorted again against every UUID.
    till = _enrolled(till_factory, live, server_engine, "T-A")
    till.register("Иван Петров", "+7 912 000 00 01")
    till.sync()
    with server_engine.connect() as connection:
        last = connection.execute(select(func.max(ledger_entries.c.seq))).scalar()
    assert isinstance(last, int)
    renumbered = _entry_message(till, 80, seq=last + 1)
    fresh = _entry_message(till, 81, seq=last + 2, id=str(uuid.uuid4()), points=5)
    with till.client() as client:
        answer = client.push([renumbered, fresh])
    (problem,) = answer["problems"]
    assert (problem["status"], problem["message_id"]) == ("conflict", 80)
    assert "already received with other content" in problem["reason"]
    assert (answer["accepted"], answer["duplicates"]) == (1, 0)
    with server_engine.connect() as connection:
        stored = connection.execute(
            select(ledger_entries.c.seq, ledger_entries.c.points).order_by(ledger_entries.c.seq)
        ).all()
    assert [tuple(r) for r in stored] == [(last, 100), (last + 2, 5)]


def test_a_gap_in_a_terminal_sequence_is_reported_and_kept(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    till = _enrolled(till_factory, live, server_engine, "T-A")
    till.register("Иван Петров", "+7 912 000 00 01")
    message = _entry_message(till, 1)
    late = {**message, "payload": {**message["payload"], "id": str(uuid.uuid4()), "seq": 5}}
    with till.client() as client:
        answer = client.push([late])
        assert answer["gaps"] == [{"first_seq": 1, "last_seq": 4}]
        till.sync()
        status = client.status()
    assert status["gaps"] == [{"first_seq": 2, "last_seq": 4}]
    assert (status["last_seq"], status["missing"]) == (5, 3)


def test_pull_pages_deliver_every_change_exactly_once(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    b = _enrolled(till_factory, live, server_engine, "T-B")
    for i in range(25):
        a.register(f"Member {i}", f"+7 912 000 00 {i:02d}")
    a.sync()
    seen: dict[str, int] = {}
    entries: list[str] = []
    cursor, pages = None, 0
    with b.client() as client:
        while True:
            page = client.pull(cursor, 7)
            pages += 1
            for m in page["members"]:
                seen[m["id"]] = seen.get(m["id"], 0) + 1
            entries += [e["id"] for e in page["entries"]]
            cursor = page["cursor"]
            if not page["more"]:
                break
    assert pages >= 8 and len(seen) == 25
    assert len(entries) == len(set(entries)) == 25
    b.sync()
    uow = b.db.uow()
    with uow.read_only():
        assert len(uow.members.find_by_phone("7912", 50)) == 25
    with server_engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(members)).scalar() == 25


def test_a_card_issued_at_store_a_works_at_store_b_after_sync(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    b = _enrolled(till_factory, live, server_engine, "T-B")
    done = a.register("Иван Петров", "+7 912 345 67 89")
    a.checkout(done.card.number, 99999)
    a.sync()
    b.sync()
    view = lookup_card(b.db.uow(), done.card.number, b.clock)
    assert view.member is not None and view.member.name == "Иван Петров"
    assert view.standing is not None and view.standing.balance == 149
    b.now += timedelta(hours=1)
    sale = b.checkout(done.card.number, 100000, "max")
    assert (sale.quote.redeemed_points, sale.balance_after) == (149, 42)
    b.sync()
    a.sync()
    assert a.balance(done.member.id) == b.balance(done.member.id) == 42


def test_a_card_registered_at_two_stores_goes_to_the_first(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _enrolled(till_factory, live, server_engine, "T-A")
    b = _enrolled(till_factory, live, server_engine, "T-B")
    first = a.register("Анна Смирнова", "+7 912 000 00 01", card="0420000000013")
    second = b.register("Борис Иванов", "+7 912 000 00 02", card="0420000000013")
    a.sync()
    report = b.sync().push
    assert any("0420000000013 already belongs to another member" in p for p in report.problems)
    b.sync()
    view = lookup_card(b.db.uow(), "0420000000013", b.clock)
    assert view.member is not None and view.member.id == first.member.id
    assert second.member.id != first.member.id
