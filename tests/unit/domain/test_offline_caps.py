"""The offline caps and the server's balance: how many points a terminal may redeem now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pos_loyalty.domain.offline_caps import (
    Allowance,
    OfflineRules,
    offline_allowance,
    server_allowance,
    unknown_to_server,
    working_alone,
)

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
RULES = OfflineRules(max_age_minutes=240, terminal_cap=5000, member_cap=1000)


def offline(
    spendable: int, *, synced_ago: timedelta | None, here: int = 0, member: int = 0
) -> Allowance:
    last = None if synced_ago is None else NOW - synced_ago
    return offline_allowance(
        RULES, spendable, last_sync=last, now=NOW, redeemed_here=here, redeemed_by_member=member
    )


def test_a_terminal_that_works_alone_may_redeem_the_whole_spendable_balance() -> None:
    assert working_alone(7300).points == 7300


def test_a_terminal_that_never_synced_redeems_nothing_offline() -> None:
    allowance = offline(800, synced_ago=None)
    assert (allowance.points, allowance.code) == (0, "redeem_cap_unsynced")


def test_a_sync_exactly_240_minutes_ago_is_still_recent_enough() -> None:
    assert offline(800, synced_ago=timedelta(minutes=240)).points == 800


def test_a_sync_4_h_5_min_ago_is_too_old_and_says_so() -> None:
    allowance = offline(800, synced_ago=timedelta(minutes=245))
    assert allowance.points == 0 and allowance.code == "redeem_cap_stale"
    assert dict(allowance.values) == {"minutes": "245", "allowed": "240"}
    assert "4 h 5 min ago" in allowance.reason


def test_a_balance_within_both_caps_is_all_spendable() -> None:
    allowance = offline(800, synced_ago=timedelta(minutes=10), here=4000, member=150)
    assert (allowance.points, allowance.code) == (800, "")


def test_the_member_cap_counts_what_this_member_redeemed_since_the_last_acknowledgement() -> None:
    # 1000 per member, 650 already redeemed here: 350 left of the 800 spendable
    allowance = offline(800, synced_ago=timedelta(minutes=10), here=650, member=650)
    assert (allowance.points, allowance.code) == (350, "redeem_cap_member")
    assert dict(allowance.values) == {"limit": "1000"}


def test_the_terminal_cap_binds_when_other_members_used_it_up() -> None:
    # 5000 per terminal, 4900 redeemed by others: 100 left, the member cap would leave 1000
    allowance = offline(800, synced_ago=timedelta(minutes=10), here=4900, member=0)
    assert (allowance.points, allowance.code) == (100, "redeem_cap_terminal")
    assert dict(allowance.values) == {"limit": "5000"}


def test_caps_already_exceeded_leave_nothing_not_a_negative_number() -> None:
    assert offline(800, synced_ago=timedelta(minutes=1), here=6000, member=1200).points == 0


def test_online_the_server_balance_less_this_terminals_unacknowledged_redemptions() -> None:
    # the server says 900 spendable; 250 redeemed here have not reached it; 700 here
    allowance = server_allowance(700, 900, 250)
    assert (allowance.points, allowance.online, allowance.code) == (650, True, "redeem_cap_server")
    assert server_allowance(700, 900, 0).points == 700
    assert server_allowance(700, 100, 250).points == 0


def test_a_member_the_server_does_not_know_yet_may_spend_this_terminals_balance() -> None:
    allowance = unknown_to_server(420)
    assert (allowance.points, allowance.online) == (420, True)


def test_rules_come_back_from_their_stored_form_with_defaults_for_what_is_missing() -> None:
    stored = OfflineRules(max_age_minutes=60, terminal_cap=1000, member_cap=100).to_settings()
    assert OfflineRules.from_settings(stored) == OfflineRules(60, 1000, 100)
    assert OfflineRules.from_settings({"member_cap": "300", "other": 1}) == OfflineRules(
        240, 5000, 300
    )
    assert OfflineRules.from_settings(None) == OfflineRules()


def test_a_negative_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        OfflineRules(member_cap=-1).to_settings()
