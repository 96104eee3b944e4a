"""The card and redemption chosen at the counter for a till's open check, over real HTTP.

The same store as test_till_api.py (the "discount" template: 5 % on the card, tobacco
excluded, up to 50 % of the rest paid with points; the member holds 400 points). The till sends
its check without a card; the counter's use case `choose_at_counter` puts the card and "max" on
it; the till reads them back (GET), calculates again without a card, and confirms. The tests
run in order: only the last one spends the member's points.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db import open_database
from examples.till_client import TillClient, TillError
from pos_loyalty.domain.errors import Conflict
from pos_loyalty.services.till_counter import choose_at_counter
from tests.integration.test_till_api import LINES, NOW, served, store  # noqa: F401 (fixtures)
from ui.clock import system_clock


@pytest.fixture
def till(served: tuple[str, str]) -> TillClient:  # noqa: F811
    return TillClient(served[0])


@pytest.fixture
def counter(store: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:  # noqa: F811
    """The counter's side: `choose_at_counter` on the same store file, at the same time."""
    monkeypatch.setenv("POS_LOYALTY_NOW", NOW)
    database = open_database(store[0])

    def choose(check_id: str, card: str | None, redeem: Any) -> Any:
        return choose_at_counter(check_id, card, redeem, uow=database.uow(), clock=system_clock)

    yield choose
    database.close()


def test_a_till_that_sends_its_own_card_or_redemption_takes_the_check_back(
    till: TillClient,
    counter: Any,
    served: tuple[str, str],  # noqa: F811
) -> None:
    till.calculate("C-BACK-TILL", LINES[:1], None)
    counter("C-BACK-TILL", served[1], "max")
    own = till.calculate("C-BACK-TILL", LINES[:1], served[1], 10)
    # 5 % of 600.00 = 30.00; the till's own 10 points
    assert (own["discount"], own["redeemed_points"], own["chosen_at_counter"]) == (3000, 10, False)
    assert till.cancel("C-BACK-TILL")["state"] == "cancelled"
    assert till.look("C-BACK-TILL")["state"] == "cancelled"


def test_the_counters_card_and_max_stay_with_the_check_until_the_till_confirms(
    till: TillClient,
    counter: Any,
    served: tuple[str, str],  # noqa: F811
    store: tuple[Path, str],  # noqa: F811
) -> None:
    card = served[1]
    bare = till.calculate("C-COUNTER", LINES, None)
    assert (bare["discount"], bare["payable"], bare["member"]) == (0, 110000, None)
    chosen = counter("C-COUNTER", card, "max")
    # eligible 900.00: 5 % = 45.00; cap 50 % of 855.00 = 427 points, the member holds 400
    assert (chosen.quote.discount, chosen.quote.redeemed_points) == (4500, 400)
    looked = till.look("C-COUNTER")
    assert looked["state"] == "calculated" and looked["chosen_at_counter"] is True
    assert (looked["member"]["card"], looked["redeemed_points"], looked["payable"]) == (
        card,
        400,
        65500,
    )
    assert [(x["discount"], x["points_value"], x["paid"]) for x in looked["lines"]] == [
        (3000, 26667, 30333),
        (1500, 13333, 15167),
        (0, 0, 20000),
    ]
    again = till.calculate("C-COUNTER", LINES, None)  # the till asks again, still without a card
    assert (again["redeemed_points"], again["payable"], again["chosen_at_counter"]) == (
        400,
        65500,
        True,
    )
    sold = till.confirm("C-COUNTER", "R-COUNTER")
    assert (sold["discount"], sold["redeemed_points"], sold["paid"]) == (4500, 400, 65500)
    assert till.look("C-COUNTER")["sale_id"] == sold["sale_id"]
    with sqlite3.connect(store[0]) as db:
        rows = db.execute(
            "SELECT total, discount, redeemed_points, paid FROM sales WHERE receipt_no = ?",
            ("R-COUNTER",),
        ).fetchall()
    assert rows == [(110000, 4500, 400, 65500)]
    with pytest.raises(Conflict):
        counter("C-COUNTER", card, None)  # sold: the counter cannot change it any more


def test_a_check_never_calculated_is_not_found(till: TillClient) -> None:
    with pytest.raises(TillError) as unknown:
        till.look("C-NOWHERE")
    assert unknown.value.status == 404 and unknown.value.body["error"] == "till_check_unknown"
