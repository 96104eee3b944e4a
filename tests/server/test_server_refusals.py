"""What the server refuses from a terminal: each message checked with the core's own rules.

A faulty or stolen terminal must not rewrite a member chain-wide. Each test pushes the bad
message over real HTTP (on SQLite and on PostgreSQL), then checks the reason given, that
nothing of it was stored, that the member's spend is untouched, that the operator sees it,
and that the terminal's next good messages still go through.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, func, select

from pos_loyalty.domain.cards import Card, CardState, CardType, card_number_for, ean13_check_digit
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.sales import Refund, Sale
from pos_loyalty.services.payloads import (
    card_to_dict,
    entry_to_dict,
    refund_to_dict,
    sale_to_dict,
)
from pos_loyalty.services.refunds import refund_sale
from server import admin
from server.cli import cli as server_cli
from server.models import cards, chain_spend, ledger_entries, refunds, sales, terminals
from server.store.card_blocks import FIRST_SEQ
from server.store.gaps import DEFAULT_WINDOW
from tests.cli_staff import add_staff_by_id
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


@dataclass
class Chain:
    """Terminal A with a member who bought for 111.49 and 2,500.00, and terminal C."""

    live: LiveServer
    engine: Engine
    a: Till
    c: Till
    member_id: str
    card: str
    small: Sale
    large: Sale

    def push(self, till: Till, *messages: tuple[str, dict[str, Any]]) -> dict[str, Any]:
        """Push raw messages as `till` and return the answer."""
        body = {
            "messages": [
                {"message_id": 9000 + i, "kind": kind, "payload": payload}
                for i, (kind, payload) in enumerate(messages)
            ]
        }
        with httpx.Client(base_url=self.live.url, headers=till.headers()) as http:
            answer = http.post("/push", json=body)
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result

    def refused(self, till: Till, kind: str, payload: dict[str, Any]) -> str:
        """Push one message that must be refused; return the reason."""
        answer = self.push(till, (kind, payload))
        assert answer["accepted"] == answer["duplicates"] == 0, answer
        (problem,) = answer["problems"]
        assert problem["kind"] == kind
        return str(problem["reason"])

    def spend(self) -> list[tuple[Any, ...]]:
        """The member's chain spend rows on the server."""
        query = select(chain_spend.c.day, chain_spend.c.terminal_id, chain_spend.c.amount)
        with self.engine.connect() as connection:
            rows = connection.execute(query.where(chain_spend.c.member_id == self.member_id))
            return sorted(tuple(r) for r in rows)

    def count(self, table: Any) -> int:
        """Rows in a server table."""
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(table)).scalar_one())

    def still_syncs(self) -> None:
        """A's next real sale goes through, with no problem."""
        before = self.count(sales)
        self.a.checkout(self.card, 100_00)
        assert self.a.sync().push.problems == []
        assert self.count(sales) == before + 1


@pytest.fixture
def chain(live: LiveServer, server_engine: Engine, till_factory: MakeTill) -> Chain:
    """Enrol A (Север) and C (Юг); A registers a member, sells, and syncs."""
    a, c = till_factory("T-A"), till_factory("T-C")
    a.enrol(live.url, enrolment_code(server_engine, "Север"))
    c.enrol(live.url, enrolment_code(server_engine, "Юг"))
    add_staff_by_id(a.db)
    joined = a.register("Анна Смирнова", "+7 912 100 00 01")
    small = a.checkout(joined.card.number, 111_49).sale
    large = a.checkout(joined.card.number, 2500_00).sale
    assert a.sync().push.problems == []
    return Chain(live, server_engine, a, c, joined.member.id, joined.card.number, small, large)


def _new_sale(chain: Chain, **changes: Any) -> dict[str, Any]:
    sale = replace(chain.large, id=str(uuid.uuid4()), **changes)
    return sale_to_dict(sale)


def _refund(chain: Chain, till: Till, sale: Sale, amount: int, money: int) -> dict[str, Any]:
    refund = Refund(
        id=str(uuid.uuid4()),
        sale_id=sale.id,
        terminal_id=till.terminal_id,
        business_date=till.today(),
        created_at=till.now,
        amount=amount,
        points_reversed=0,
        points_returned=0,
        money_returned=money,
        staff_id="cashier",
    )
    return refund_to_dict(refund)


def test_a_card_with_a_wrong_check_digit_or_a_foreign_prefix_is_refused(chain: Chain) -> None:
    good = card_number_for(FIRST_SEQ + 5)  # in A's block
    misread = good[:12] + str((int(good[12]) + 1) % 10)
    foreign = "460000000001" + str(ean13_check_digit("460000000001"))
    for number, why in ((misread, "wrong check digit"), (foreign, "not a loyalty card")):
        for kind in ("card_bound", "card_issued"):
            card = Card(number, CardType.BONUS, CardState.ACTIVE, chain.member_id)
            reason = chain.refused(chain.a, kind, card_to_dict(card))
            assert why in reason and "is not stored" in reason
    with chain.engine.connect() as connection:
        stored = {n for (n,) in connection.execute(select(cards.c.number))}
    assert misread not in stored and foreign not in stored
    chain.a.register("Борис Орлов", "+7 912 100 00 02")
    assert chain.a.sync().push.problems == []
    chain.still_syncs()


def test_a_card_outside_the_terminals_blocks_is_refused(chain: Chain) -> None:
    nowhere = card_number_for(FIRST_SEQ + 10**6)  # no block holds it
    of_c = card_number_for(FIRST_SEQ + 1000 + 7)  # in C's block
    unassigned = Card(nowhere, CardType.BONUS, CardState.ACTIVE, None)
    reason = chain.refused(chain.a, "card_issued", card_to_dict(unassigned))
    assert "lies in no block of card numbers the server gave" in reason
    bound = replace(unassigned, member_id=chain.member_id)
    assert "lies in no block" in chain.refused(chain.a, "card_bound", card_to_dict(bound))
    other = Card(of_c, CardType.BONUS, CardState.ACTIVE, None)
    reason = chain.refused(chain.a, "card_issued", card_to_dict(other))
    assert "belongs to the block of card numbers given to terminal T-C" in reason
    with chain.engine.connect() as connection:
        stored = {n for (n,) in connection.execute(select(cards.c.number))}
    assert nowhere not in stored and of_c not in stored
    chain.still_syncs()


def test_a_refund_larger_than_what_is_left_is_refused_at_any_terminal(chain: Chain) -> None:
    spend, kept = chain.spend(), chain.count(refunds)
    huge = _refund(chain, chain.a, chain.large, 10**12, 10**12)
    assert "above the maximum check of 1000000.00" in chain.refused(chain.a, "refund", huge)
    at_c = _refund(chain, chain.c, chain.small, 500_00, 500_00)
    reason = chain.refused(chain.c, "refund", at_c)
    assert "more than what is left to refund on this sale (111.49 of 111.49)" in reason
    greedy = _refund(chain, chain.c, chain.small, 100_00, 111_49)  # money beyond its share
    assert "money returned" in chain.refused(chain.c, "refund", greedy)
    assert chain.spend() == spend and chain.count(refunds) == kept
    with chain.engine.connect() as connection:
        refunded = connection.execute(select(sales.c.refunded).where(sales.c.id == chain.small.id))
        assert refunded.scalar_one() == 0
    back = refund_sale(
        chain.small.id,
        111_49,
        "returned",
        uow=chain.a.db.uow(),
        clock=chain.a.clock,
        actor=chain.a.actor(),
    )
    assert chain.a.sync().push.problems == []
    assert sum(r[2] for r in chain.spend()) == sum(r[2] for r in spend) - back.refund.money_returned


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"paid": 1000 * 2500_00}, "paid 2500000.00 is above the maximum check of 1000000.00"),
        ({"paid": 3000_00}, "paid 3000.00 is not the total 2500.00 less the discount 0.00"),
        ({"total": 2600_00, "paid": 2600_00}, "is not the sum of its lines (2500.00)"),
        (
            {"lines": (CheckLine(10**9),), "total": 10**9, "paid": 10**9},
            "above the maximum check of 1000000.00",
        ),
        ({"discount": 2600_00}, "discount 2600.00 is more than the total 2500.00"),
        ({"earned_points": 10**9}, "more than any programme gives"),
    ],
)
def test_a_sale_whose_figures_do_not_add_up_is_refused(
    chain: Chain, changes: dict[str, Any], why: str
) -> None:
    spend, kept = chain.spend(), chain.count(sales)
    bad = _new_sale(chain, **changes)
    reason = chain.refused(chain.a, "sale", bad)
    assert why in reason and f"sale {bad['id']} is not stored" in reason
    assert chain.spend() == spend and chain.count(sales) == kept
    chain.still_syncs()


def test_a_changed_sale_or_refund_under_the_same_id_is_a_conflict(chain: Chain) -> None:
    first = sale_to_dict(chain.large)
    assert chain.push(chain.a, ("sale", first))["duplicates"] == 1
    spend = chain.spend()
    changed = first | {"lines": [{"amount": 250_00, "category": ""}], "total": 250_00}
    changed |= {"paid": 250_00, "earned_points": 12}
    answer = chain.push(chain.a, ("sale", changed))
    (problem,) = answer["problems"]
    assert problem["status"] == "conflict" and answer["duplicates"] == 0
    assert f"sale {chain.large.id} was already received with other figures" in problem["reason"]
    assert chain.spend() == spend
    with chain.engine.connect() as connection:
        total = connection.execute(select(sales.c.total).where(sales.c.id == chain.large.id))
        assert total.scalar_one() == 2500_00
    refund = _refund(chain, chain.a, chain.large, 500_00, 500_00)
    assert chain.push(chain.a, ("refund", refund))["accepted"] == 1
    assert chain.push(chain.a, ("refund", refund))["duplicates"] == 1
    answer = chain.push(chain.a, ("refund", refund | {"money_returned": 400_00}))
    assert [p["status"] for p in answer["problems"]] == ["conflict"]
    chain.still_syncs()


def test_an_entry_far_beyond_the_sequence_window_is_refused(chain: Chain) -> None:
    with chain.engine.connect() as connection:
        query = select(terminals.c.last_seq, terminals.c.missing).where(terminals.c.id == "T-A")
        last_seq, missing = connection.execute(query).one()
    far = LedgerEntry(
        id=str(uuid.uuid4()),
        terminal_id="T-A",
        seq=last_seq + DEFAULT_WINDOW + 1,
        member_id=chain.member_id,
        kind=EntryKind.ADJUST,
        points=10**6,
        business_date=chain.a.today(),
        created_at=chain.a.now,
    )
    answer = chain.push(chain.a, ("ledger_entry", entry_to_dict(far)))
    (problem,) = answer["problems"]
    assert problem["status"] == "refused" and answer["gaps"] == []
    assert (
        f"more than {DEFAULT_WINDOW} beyond the highest received ({last_seq})"
        in (problem["reason"])
    )
    with chain.engine.connect() as connection:
        assert connection.execute(query).one() == (last_seq, missing)
        found = select(ledger_entries.c.id).where(ledger_entries.c.id == far.id)
        assert connection.execute(found).first() is None
    chain.still_syncs()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"points": 10**12}, "more than 1000000000"),
        ({"card_number": "0420000000014"}, "wrong check digit"),
        ({"card_number": "4006381333931"}, "not a loyalty card"),
    ],
)
def test_an_implausible_entry_is_refused_and_stores_nothing(
    chain: Chain, changes: dict[str, Any], reason: str
) -> None:
    with chain.engine.connect() as connection:
        last_seq = connection.execute(
            select(terminals.c.last_seq).where(terminals.c.id == "T-A")
        ).scalar_one()
    entry = LedgerEntry(
        id=str(uuid.uuid4()),
        terminal_id="T-A",
        seq=last_seq + 1,
        member_id=chain.member_id,
        kind=EntryKind.ADJUST,
        points=10,
        business_date=chain.a.today(),
        created_at=chain.a.now,
    )
    entry = replace(entry, **changes)
    answer = chain.push(chain.a, ("ledger_entry", entry_to_dict(entry)))
    (problem,) = answer["problems"]
    assert problem["status"] == "refused" and reason in problem["reason"]
    with chain.engine.connect() as connection:
        found = select(ledger_entries.c.id).where(ledger_entries.c.id == entry.id)
        assert connection.execute(found).first() is None


def test_the_operator_sees_each_terminals_refusals(chain: Chain) -> None:
    bad = _new_sale(chain, paid=1)
    chain.refused(chain.a, "sale", bad)
    with chain.engine.connect() as connection:
        listed = {row["id"]: row["rejections"] for row in admin.terminals(connection)}
        report = admin.rejections_report(connection, "T-A")
    assert listed == {"T-A": 1, "T-C": 0}
    assert [(r["kind"], r["key"], r["status"]) for r in report] == [("sale", bad["id"], "refused")]
    assert "paid 0.01 is not the total" in report[0]["reason"]
    if chain.engine.dialect.name != "sqlite":
        return  # the command line reads its own URL; the SQLite file has one
    url = chain.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()
    printed = runner.invoke(server_cli, ["--db", url, "terminal", "list"]).output
    assert "refused 1" in printed and "report rejections" in printed
    printed = runner.invoke(server_cli, ["--db", url, "report", "rejections"]).output
    assert f"T-A  sale {bad['id']}  refused: sale {bad['id']} is not stored" in printed
