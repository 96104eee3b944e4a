"""A part of a till line coming back: its figures by quantity, worked out by hand in kopecks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_loyalty.domain.errors import Conflict, InvalidInput
from pos_loyalty.domain.line_returns import ReturnedLine, parse_quantity, return_part
from pos_loyalty.domain.line_split import LineShare

# 5 x 100.00: discount 25.00, points worth 100.00 (100 points), paid 375.00, earned 17 points
FIVE = LineShare(amount=50000, discount=2500, points_value=10000, earned=17, redeemed=100)


def figures(s: LineShare) -> tuple[int, int, int, int, int, int]:
    return (s.amount, s.discount, s.points_value, s.paid, s.earned, s.redeemed)


def test_two_of_five_then_the_rest_add_up_to_the_line() -> None:
    two, after = return_part(FIVE, "5", None, "2", index=0)
    # 2/5 of 500.00 = 200.00, over 25.00 : 100.00 : 375.00 -> 10.00, 40.00, 150.00 exactly;
    # earned floor(17 x 2/5 = 6.8) = 6, redeemed floor(40) = 40
    assert figures(two) == (20000, 1000, 4000, 15000, 6, 40)
    assert (after.quantity, after.whole) == (Decimal(2), False)
    rest, done = return_part(FIVE, "5", after, "3", index=0)
    assert figures(rest) == (30000, 1500, 6000, 22500, 11, 60)
    assert (done.quantity, done.whole, done.figures) == (Decimal(5), True, FIVE)


def test_thirds_of_an_odd_line_go_by_largest_remainder_and_add_up() -> None:
    line = LineShare(amount=1000, discount=100, points_value=0, earned=5)
    first, after = return_part(line, "3", None, "1", index=2)
    # 1000 / 3 = 333.33 -> 333; over 100 : 0 : 900 -> 33.3, 0, 299.7: floors 33 and 299,
    # the kopeck left to the larger remainder (.7, the money): 33 and 300; floor(5/3) = 1
    assert figures(first) == (333, 33, 0, 300, 1, 0)
    second, after = return_part(line, "3", after, "1", index=2)
    # left 667 (67 discount, 600 paid): half is 333.5 -> 334; 33.55 and 300.45 -> 34 and 300
    assert figures(second) == (334, 34, 0, 300, 2, 0)
    third, after = return_part(line, "3", after, None, index=2)
    assert figures(third) == (333, 33, 0, 300, 2, 0)
    assert after.whole and after.quantity == Decimal(3)
    # the three parts add up to the line: 333 + 334 + 333 = 1000, 33 + 34 + 33 = 100,
    # 300 x 3 = 900 paid, 1 + 2 + 2 = 5 earned
    parts = (first, second, third)
    assert tuple(map(sum, zip(*map(figures, parts), strict=True))) == (1000, 100, 0, 900, 5, 0)
    assert after.figures == line


def test_a_weighed_line_comes_back_by_its_decimal_quantity() -> None:
    # 0.350 kg for 245.00, discount 12.25: 0.100 kg is 2/7 -> 70.00, discount 3.50
    line = LineShare(amount=24500, discount=1225, points_value=0)
    part, after = return_part(line, "0.350", None, "0.100", index=0)
    assert figures(part) == (7000, 350, 0, 6650, 0, 0)
    assert after.quantity == Decimal("0.100")
    rest, after = return_part(line, "0.350", after, "0.25", index=0)
    assert figures(rest) == (17500, 875, 0, 16625, 0, 0) and after.whole


def test_asking_for_all_that_is_left_is_the_rest_exactly() -> None:
    part, after = return_part(FIVE, "5", None, "5.000", index=0)
    assert part == FIVE and after.whole


def test_more_than_is_left_is_refused_with_what_is_left() -> None:
    _, after = return_part(FIVE, "5", None, "4", index=1)
    with pytest.raises(Conflict, match=r"line 2: 2 cannot come back, only 1 of 5 is left") as e:
        return_part(FIVE, "5", after, "2", index=1)
    assert e.value.code == "till_quantity_too_large"
    assert e.value.params == {"line": 2, "asked": "2", "remaining": "1"}


@pytest.mark.parametrize("text", ["0", "-1", "abc", "1e3", "", "2.1234567"])
def test_a_quantity_that_is_not_a_positive_number_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as e:
        return_part(FIVE, "5", None, text, index=0)
    assert e.value.code == "till_quantity_invalid"


def test_a_line_whose_quantity_is_not_a_number_comes_back_whole_only() -> None:
    with pytest.raises(InvalidInput) as e:
        return_part(FIVE, "1 pack", None, "1", index=0)
    assert e.value.code == "till_quantity_unknown"
    whole, after = return_part(FIVE, "1 pack", None, None, index=0)
    assert whole == FIVE and after == ReturnedLine(0, Decimal(0), FIVE, whole=True)


def test_quantities_are_read_as_the_till_writes_them() -> None:
    assert parse_quantity("1,5") == Decimal("1.5")
    assert parse_quantity(" 2 ") == Decimal(2)
    assert parse_quantity("0.000") is None
