"""The rewards catalogue's rules as plain functions: the window, the stock, the shares, the file."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Lot, Wallet, replay
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.programme_checks import check_new_version
from pos_loyalty.domain.rewards_catalogue import (
    Reward,
    Unavailable,
    affordable,
    offline_decision,
    offline_share_left,
    online_stock_left,
    require_available,
    stock_left,
)

MUG = Reward("mug", "Mug", 149, stock=2)
COFFEE = Reward("coffee", "Coffee", 120, starts_on=date(2026, 4, 1), ends_on=date(2026, 4, 10))
TOTE = Reward("tote", "Tote bag", 50, stock=5, offline_share=1)


def test_a_balance_exactly_the_price_is_enough_and_one_point_less_is_not() -> None:
    assert MUG.why_not(date(2026, 4, 5), 149, 2) is None
    assert MUG.why_not(date(2026, 4, 5), 148, 2) is Unavailable.TOO_FEW_POINTS


def test_the_window_includes_its_first_and_last_day() -> None:
    assert COFFEE.why_not(date(2026, 3, 31), 500, None) is Unavailable.NOT_YET
    assert COFFEE.why_not(date(2026, 4, 1), 500, None) is None
    assert COFFEE.why_not(date(2026, 4, 10), 500, None) is None
    assert COFFEE.why_not(date(2026, 4, 11), 500, None) is Unavailable.ENDED


def test_the_stock_left_is_the_stock_less_what_is_out() -> None:
    assert stock_left(MUG, 0) == 2 and stock_left(MUG, 2) == 0
    assert stock_left(COFFEE, 40) is None  # no stock kept: as many as asked for
    assert MUG.why_not(date(2026, 4, 5), 500, stock_left(MUG, 2)) is Unavailable.OUT_OF_STOCK
    assert affordable((MUG, COFFEE, TOTE), date(2026, 4, 11), 130, {"mug": 2}) == (TOTE,)


def test_a_refusal_names_the_reward_and_its_last_day() -> None:
    with pytest.raises(NotAllowed) as refused:
        require_available(COFFEE, date(2026, 4, 11), 500, None)
    assert refused.value.code == "reward_ended"
    assert refused.value.params["last_day"] == "2026-04-10"
    assert refused.value.params["reward"] == "Coffee"


def test_online_the_server_keeps_the_unused_offline_shares_aside() -> None:
    # stock 5, 2 terminals with a share of 1 each: 5 - 0 taken - 2 set aside = 3
    assert online_stock_left(TOTE, 0, 2, {}) == 3
    # one terminal gave its share offline: it is taken, and no longer set aside
    assert online_stock_left(TOTE, 1, 2, {"T-B": 1}) == 3
    # 3 given online and 1 offline by T-B: 5 - 4 - 1 (T-A's share) = 0
    assert online_stock_left(TOTE, 4, 2, {"T-B": 1}) == 0
    assert online_stock_left(Reward("one", "One", 1, stock=1), 0, 2, {}) == 1


def test_offline_a_terminal_gives_its_share_within_the_points_caps() -> None:
    assert offline_share_left(TOTE, 0) == 1 and offline_share_left(TOTE, 1) == 0
    assert offline_share_left(MUG, 0) == 0  # no share set: a stocked reward waits for the server
    assert offline_share_left(COFFEE, 7) is None
    assert offline_decision(TOTE, 50, 1).allowed
    assert offline_decision(TOTE, 49, 1).code == "reward_offline_points"
    assert offline_decision(TOTE, 50, 0).code == "reward_offline_share"
    assert offline_decision(COFFEE, 120, None).offline


def test_a_reward_entry_spends_the_lot_that_expires_first() -> None:
    lots = (
        LedgerEntry(
            "b",
            "T",
            2,
            "m",
            EntryKind.EARN,
            49,
            date(2026, 4, 5),
            _at(5),
            expires_on=date(2027, 4, 5),
        ),
        LedgerEntry(
            "a",
            "T",
            1,
            "m",
            EntryKind.BONUS,
            100,
            date(2026, 4, 1),
            _at(1),
            expires_on=date(2027, 4, 1),
        ),
    )
    spent = LedgerEntry(
        "r", "T", 3, "m", EntryKind.REWARD, -120, date(2026, 4, 10), _at(10), refers_to="coffee"
    )
    assert replay((*lots, spent)) == Wallet((Lot("b", 29, date(2026, 4, 5), date(2027, 4, 5)),))


def test_the_file_form_reads_back_exactly_and_is_left_out_when_empty() -> None:
    data = {
        "rewards": [
            {
                "id": "tote",
                "name": "Tote bag",
                "points": 50,
                "stock": 5,
                "offline_share": 1,
                "ends_on": "2026-12-31",
            }
        ]
    }
    programme = Programme.from_dict(data)
    assert programme.rewards == (Reward("tote", "Tote bag", 50, 5, None, date(2026, 12, 31), 1),)
    assert Programme.from_dict(programme.to_dict()) == programme
    assert "rewards" not in Programme().to_dict()


@pytest.mark.parametrize(
    ("reward", "field"),
    [
        ({"id": "Mug!", "name": "Mug", "points": 1}, "rewards[0].id"),
        ({"id": "mug", "name": " ", "points": 1}, "rewards[0].name"),
        ({"id": "mug", "name": "Mug", "points": 0}, "rewards[0].points"),
        ({"id": "mug", "name": "Mug", "points": 1, "stock": -1}, "rewards[0].stock"),
        (
            {
                "id": "mug",
                "name": "Mug",
                "points": 1,
                "starts_on": "2026-05-02",
                "ends_on": "2026-05-01",
            },
            "rewards[0].ends_on",
        ),
        ({"id": "mug", "name": "Mug", "points": "1"}, "rewards[0].points"),
    ],
)
def test_a_new_version_refuses_a_reward_that_cannot_work_naming_the_field(
    reward: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_new_version(Programme.from_dict({"rewards": [reward]}))
    assert refused.value.field == field


def test_two_rewards_with_one_id_are_refused() -> None:
    same = [{"id": "mug", "name": "Mug", "points": 1}, {"id": "mug", "name": "Cup", "points": 2}]
    with pytest.raises(InvalidInput) as refused:
        check_new_version(Programme.from_dict({"rewards": same}))
    assert refused.value.field == "rewards[1].id"


def _at(day: int) -> datetime:
    return datetime(2026, 4, day, 12, 0, tzinfo=timezone(timedelta(hours=3)))
