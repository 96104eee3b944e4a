"""A new programme version is checked as a whole, and every refusal names its field."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.programme_checks import read_new_version
from tests.unit.domain.test_programme import FULL


def _edited(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(FULL)
    data.update(changes)
    return data


def _tiers(*rows: tuple[str, str, str, str]) -> list[dict[str, str]]:
    keys = ("name", "threshold", "discount_percent", "earn_percent")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _promo(**changes: Any) -> list[dict[str, Any]]:
    return [{**FULL["promotions"][0], **changes}]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"point_value": "1.005"}, "point_value", "point_value: '1.005' has more than 2 decimal"),
        ({"min_check_for_redeem": "5OO"}, "min_check_for_redeem", "is not an amount"),
        ({"max_redeem_percent": "lots"}, "max_redeem_percent", "is not a percentage"),
        ({"max_redeem_percent": "150"}, "max_redeem_percent", "between 0 and 100"),
        (
            {
                "tiers": _tiers(
                    ("A", "0", "0", "3"), ("B", "100.00", "0", "5"), ("C", "50.00", "0", "7")
                )
            },
            "tiers[2].threshold",
            "rise strictly",
        ),
        ({"tiers": _tiers(("A", "0", "101", "3"))}, "tiers[0].discount_percent", "0 and 100"),
        ({"tiers": _tiers(("A", "0", "0", "3"), ("", "10.00", "0", "3"))}, "tiers[1].name", "name"),
        ({"tiers": _tiers(("A", "0", "0", "x"))}, "tiers[0].earn_percent", "not a percentage"),
        (
            {"membership": {**FULL["membership"], "fee": "0"}},
            "membership.fee",
            "more than 0.00",
        ),
        ({"promotions": _promo(ends_on="2026-02-01")}, "promotions[0].ends_on", "before it starts"),
        ({"promotions": _promo(hours=["14:00", "10:00"])}, "promotions[0].hours", "end after"),
        ({"promotions": _promo(hours=["25:00", "26:00"])}, "promotions[0].hours", "two times"),
        ({"promotions": _promo(weekdays=[7])}, "promotions[0].weekdays", "are 0 .Monday. to 6"),
        ({"promotions": _promo(target="tier", tier="Gold")}, "promotions[0].tier", "no tier"),
        ({"promotions": _promo(target="inactive")}, "promotions[0].inactive_days", "at least 1"),
        ({"promotions": _promo(multiplier="0")}, "promotions[0].multiplier", "more than 0"),
        (
            {"promotions": _promo(effect="extra_discount", extra_discount_percent="120")},
            "promotions[0].extra_discount_percent",
            "at most 100",
        ),
        (
            {"promotions": [FULL["promotions"][0], FULL["promotions"][0]]},
            "promotions[1].code",
            "used twice",
        ),
    ],
)
def test_a_bad_new_version_is_refused_naming_the_field(
    changes: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message) as refused:
        read_new_version(_edited(**changes), 4)
    assert refused.value.field == field


def test_a_good_new_version_reads_as_the_given_version() -> None:
    assert read_new_version(copy.deepcopy(FULL), 4) == Programme.from_dict(FULL, version=4)


def test_a_version_saved_before_the_stricter_checks_still_loads() -> None:
    old = _edited(promotions=_promo(target="tier", tier="Platinum"))
    assert Programme.from_dict(old).promotions[0].tier == "Platinum"
