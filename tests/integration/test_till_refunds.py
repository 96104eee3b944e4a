"""The till's refunds over real HTTP, against a real SQLite store: a line excluded from the
discount comes back at its full price, a part of a line by its quantity, and the recorded
refunds are the lines' own figures.

The store is test_till_api's: the "discount" template (5 % on the card, tobacco excluded,
redeem up to 50 %, a point is worth 1.00, nothing earned), one member holding 400 points.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from examples.till_client import TillClient, TillError
from tests.integration.test_till_api import LINES, served, store, till

__all__ = ["served", "store", "till"]  # the fixtures, shared with test_till_api

YOGHURT = {"code": "4004", "name": "Йогурт", "quantity": "5", "price": 8000, "amount": 40000}
TOBACCO = LINES[2]


def _refund(till: TillClient, check_id: str, lines: list[Any]) -> dict[str, Any]:
    return till._post("/v1/refunds", {"check_id": check_id, "lines": lines})


def _recorded(db: Path, sale_id: str) -> tuple[int, int, int, int]:
    with sqlite3.connect(db) as c:
        row = c.execute(
            "SELECT count(*), sum(money_returned), sum(points_returned), sum(points_reversed) "
            "FROM refunds WHERE sale_id = ?",
            (sale_id,),
        ).fetchone()
    return tuple(row)


def test_tobacco_returned_alone_gives_back_its_full_price_and_no_points(
    till: TillClient, served: tuple[str, str]
) -> None:
    till.calculate("R-TOB", LINES, served[1], 100)
    sold = till.confirm("R-TOB", "R-TOB")
    # 1 100.00 in all, paid 955.00; a share of that payment would have given back 173.64
    assert sold["paid"] == 95500
    back = _refund(till, "R-TOB", [3])
    assert (back["amount"], back["lines_paid"], back["money_returned"]) == (20000, 20000, 20000)
    assert (back["points_returned"], back["points_reversed"]) == (0, 0)
    rest = _refund(till, "R-TOB", [1, 2])
    # 100 points over 570.00:285.00 -> 66.67 and 33.33 worth, 67 and 33 points
    assert [(x["paid"], x["redeemed_points"]) for x in rest["lines"]] == [(50333, 67), (25167, 33)]
    assert (rest["lines_paid"], rest["money_returned"], rest["points_returned"]) == (
        75500,
        75500,
        100,
    )
    assert rest["returned_lines"] == [1, 2, 3]


def test_two_of_five_then_the_rest_come_back_to_the_kopeck(
    till: TillClient, served: tuple[str, str], store: tuple[Path, str]
) -> None:
    # 5 yoghurts for 400.00 and tobacco 200.00: 5 % of 400.00 = 20.00; 100 points worth 100.00
    # pay for the yoghurts; paid 280.00 for them and 200.00 for the tobacco
    till.calculate("R-PART", [YOGHURT, TOBACCO], served[1], 100)
    sold = till.confirm("R-PART", "R-PART")
    assert [(x["discount"], x["points_value"], x["paid"]) for x in sold["lines"]] == [
        (2000, 10000, 28000),
        (0, 0, 20000),
    ]
    two = _refund(till, "R-PART", [{"line": 1, "quantity": "2"}])
    # 2/5: 160.00 over 20.00 : 100.00 : 280.00 -> 8.00, 40.00, 112.00; 40 points
    assert two["lines"] == [
        {
            "line": 1,
            "quantity": "2",
            "amount": 16000,
            "discount": 800,
            "points_value": 4000,
            "paid": 11200,
            "redeemed_points": 40,
            "earned_points": 0,
        }
    ]
    assert (two["money_returned"], two["points_returned"]) == (11200, 40)
    assert two["returned_lines"] == []
    with pytest.raises(TillError) as too_many:
        _refund(till, "R-PART", [{"line": 1, "quantity": "4"}])
    assert too_many.value.status == 409
    assert too_many.value.body["error"] == "till_quantity_too_large"
    assert "only 3 of 5 is left" in too_many.value.body["message"]
    rest = _refund(till, "R-PART", [1])
    assert (rest["lines"][0]["quantity"], rest["lines_paid"], rest["points_returned"]) == (
        "3",
        16800,
        60,
    )
    with pytest.raises(TillError) as again:
        _refund(till, "R-PART", [{"line": 1, "quantity": "1"}])
    assert again.value.status == 409 and again.value.body["error"] == "till_line_refunded"
    last = _refund(till, "R-PART", [2])
    assert last["money_returned"] == 20000 and last["returned_lines"] == [1, 2]
    # the three refunds recorded: 112.00 + 168.00 + 200.00 = 480.00, all that was paid
    assert _recorded(store[0], sold["sale_id"]) == (3, 48000, 100, 0)


def test_a_quantity_that_is_not_a_number_is_refused(
    till: TillClient, served: tuple[str, str]
) -> None:
    till.calculate("R-BAD", [YOGHURT], None)
    till.confirm("R-BAD", "R-BAD")
    for quantity, error in (("abc", "till_quantity_invalid"), ("0", "till_quantity_invalid")):
        with pytest.raises(TillError) as refused:
            _refund(till, "R-BAD", [{"line": 1, "quantity": quantity}])
        assert (refused.value.status, refused.value.body["error"]) == (422, error)
    with pytest.raises(TillError) as a_number:
        _refund(till, "R-BAD", [{"line": 1, "quantity": 2}])  # a quantity is the till's text
    assert a_number.value.status == 422
