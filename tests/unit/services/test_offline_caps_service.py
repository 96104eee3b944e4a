"""The offline caps read from the store: the rules in the settings, the member's wallet, and
what the sync's bookkeeping says this terminal redeemed that the server has not acknowledged."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from pos_loyalty.domain.cards import Card, CardState, CardType
from pos_loyalty.domain.checkout import MAX, CheckLine
from pos_loyalty.domain.ledger import Lot, Wallet
from pos_loyalty.domain.offline_caps import OfflineRules
from pos_loyalty.services.checkout import Checkout
from pos_loyalty.services.offline_caps import (
    offline_rules,
    redeem_allowance,
    redeeming_member,
    save_offline_rules,
    server_limit,
    unknown_member_limit,
    with_allowance,
)
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Link:
    terminal_id: str = "T1"
    acked_seq: int = 10
    last_success_at: datetime | None = NOW - timedelta(minutes=30)


@dataclass
class Backlog:
    """The sync's bookkeeping: (terminal, seq, member, points redeemed) per redeem entry."""

    enrolled: Link | None = field(default_factory=Link)
    redeemed: list[tuple[str, int, str, int]] = field(default_factory=list)

    def link(self) -> Link | None:
        return self.enrolled

    def unacked_redeemed(self, terminal_id: str, after_seq: int, member_id: str | None) -> int:
        return sum(
            p
            for t, seq, m, p in self.redeemed
            if t == terminal_id and seq > after_seq and member_id in (None, m)
        )


def store_with(spendable: int) -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.wallets.put("m1", Wallet((Lot("lot", spendable, date(2026, 1, 1), None),)))
    return uow


def test_the_rules_in_force_are_the_stored_ones() -> None:
    uow = store_with(0)
    assert offline_rules(uow) == OfflineRules(240, 5000, 1000)
    save_offline_rules(uow, OfflineRules(60, 1000, 100))
    assert offline_rules(uow) == OfflineRules(60, 1000, 100)


def test_only_redemptions_after_the_acknowledged_sequence_count_against_the_caps() -> None:
    uow = store_with(800)
    save_offline_rules(uow, OfflineRules(240, 5000, 300))
    # seq 9 was acknowledged (not counted); 11 and 12 were not: 120 + 100 of this member
    backlog = Backlog(redeemed=[("T1", 9, "m1", 500), ("T1", 11, "m1", 120), ("T1", 12, "m1", 100)])
    allowance = redeem_allowance(uow, backlog, "m1", NOW)
    assert (allowance.points, allowance.code) == (80, "redeem_cap_member")


def test_a_terminal_never_enrolled_has_no_caps() -> None:
    assert redeem_allowance(store_with(800), Backlog(enrolled=None), "m1", NOW).points == 800


def test_the_servers_answer_less_this_terminals_unacknowledged_redemptions_of_the_member() -> None:
    backlog = Backlog(redeemed=[("T1", 11, "m1", 150), ("T1", 12, "other", 400)])
    assert server_limit(store_with(800), backlog, "m1", NOW, 600).points == 450


def test_a_member_unknown_to_the_server_may_spend_this_terminals_balance() -> None:
    assert unknown_member_limit(store_with(420), "m1", NOW).points == 420


def test_the_allowance_is_carried_onto_the_check_with_its_reason() -> None:
    uow = store_with(800)
    backlog = Backlog(enrolled=Link(last_success_at=None))
    cmd = Checkout("0420000000013", (CheckLine(100_000),), MAX)
    limited = with_allowance(cmd, redeem_allowance(uow, backlog, "m1", NOW))
    assert (limited.redeem_limit, limited.redeem_limit_code) == (0, "redeem_cap_unsynced")


def test_a_check_that_redeems_nothing_has_no_redeeming_member() -> None:
    uow = store_with(800)
    assert redeeming_member(Checkout("0420000000013", (CheckLine(100),)), uow=uow) is None
    assert redeeming_member(Checkout(None, (CheckLine(100),), MAX), uow=uow) is None


def test_a_redeeming_check_names_the_member_of_its_card() -> None:
    uow = store_with(800)
    uow.cards.add(Card("0420000000013", CardType.BONUS, CardState.ACTIVE, "m1"))
    assert redeeming_member(Checkout("0420000000013", (CheckLine(100),), MAX), uow=uow) == "m1"
