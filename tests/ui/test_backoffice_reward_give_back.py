"""Giving a reward back from the member page's points history, over a real store file.

The bonus programme (1 point = 1.00) with a tote bag for 300 points (5 in stock). Boris has 100
welcome points and 900 given by hand: 1 000. He took the tote bag at the counter: 700 points,
4 bags left. The manager gives it back from his page: 1 000 points, 5 bags.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from pos_loyalty.services.authority import REFUND_LIMIT_KEY, set_limit
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.points import adjust_balance
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.reward_redemption import catalogue, redeem_reward
from pos_loyalty.services.templates import template
from tests.ui.conftest import (
    SECOND_MANAGER,
    SECOND_MANAGER_PIN,
    WAIT_MS,
    AnsweringApprover,
    Store,
    add_second_manager,
    clock,
)
from tests.ui.members_helpers import cell, open_member, open_panel, wait_idle
from ui.backoffice.context import BackOffice
from ui.backoffice.members import MembersPanel

TOTE = {"id": "tote", "name": "Сумка", "points": 300, "stock": 5}


@pytest.fixture
def boris(store: Store) -> str:
    """Boris's card: 1 000 points, then the tote bag taken at the counter (700 left)."""
    save_programme({**template("bonus"), "rewards": [TOTE]}, uow=store.uow())
    card = store.cards["boris"]
    view = lookup_card(store.uow(), card, clock)
    assert view.member is not None
    adjust_balance(
        view.member.id,
        900,
        "goodwill",
        uow=store.uow(),
        clock=clock,
        actor=Actor("T-SETUP", store.manager.id),
        approved_by=add_second_manager(store).id,
    )
    cashier = Actor("T-TEST", store.cashier.id)
    assert (
        redeem_reward(card, "tote", uow=store.uow(), clock=clock, actor=cashier).balance_after
        == 700
    )
    return card


@pytest.fixture
def panel(qtbot: Any, boris: str, backoffice: BackOffice) -> MembersPanel:
    panel = open_panel(qtbot, backoffice)
    open_member(qtbot, panel, boris)
    return panel


def balance_and_bags(store: Store, card: str) -> tuple[int, int | None]:
    standing = lookup_card(store.uow(), card, clock).standing
    assert standing is not None
    return standing.balance, {o.reward.id: o.left for o in catalogue(uow=store.uow())}["tote"]


def give_back_row(qtbot: Any, panel: MembersPanel, row: int) -> None:
    """Choose the history's row and press "Give back reward"."""
    view = panel.page_view
    view.points_table.selectRow(row)
    assert view.give_back_button.isEnabled() and view.give_back_action.isEnabled()
    view.give_back_button.click()
    wait_idle(qtbot, panel)


def answer_yes(qtbot: Any, panel: MembersPanel) -> None:
    qtbot.waitUntil(lambda: panel.reward_return.confirm_box is not None, timeout=WAIT_MS)
    box = panel.reward_return.confirm_box
    assert box is not None
    assert box.text() == (
        "Give back Сумка, taken on 2026-11-02? The member gets 300 points back and the reward "
        "goes back to the stock."
    )
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, panel)


def test_a_manager_gives_a_reward_back_from_the_points_history(
    qtbot: Any, store: Store, boris: str, panel: MembersPanel, approver: AnsweringApprover
) -> None:
    view = panel.page_view
    table = view.points_table
    assert [cell(table, 0, c) for c in (0, 2, 3)] == ["2026-11-02", "-300", "700"]
    table.selectRow(1)  # the 900 given by hand is no reward
    assert not view.give_back_button.isEnabled() and not view.give_back_action.isEnabled()

    give_back_row(qtbot, panel, 0)
    answer_yes(qtbot, panel)
    assert panel.message.text() == (
        "Reward given back: Сумка, 300 points returned; balance now 1,000."
    )
    assert approver.asked == []  # 300.00 is within the refund limit of 1 500.00
    assert balance_and_bags(store, boris) == (1000, 5)
    qtbot.waitUntil(lambda: cell(table, 0, 2) == "+300", timeout=WAIT_MS)
    assert cell(table, 0, 3) == "1,000"

    give_back_row(qtbot, panel, 1)  # the same reward again: the core refuses, nothing is asked
    assert panel.message.text() == "This reward was already refunded: its points are back."
    assert panel.reward_return.confirm_box is None
    assert balance_and_bags(store, boris) == (1000, 5)


def test_above_the_refund_limit_a_second_manager_approves(
    qtbot: Any, store: Store, boris: str, panel: MembersPanel, approver: AnsweringApprover
) -> None:
    # the refund limit lowered to 200.00: 300 points at 1.00 are worth 300.00, above it
    manager = Actor("T-SETUP", store.manager.id)
    set_limit(REFUND_LIMIT_KEY, 20_000, uow=store.uow(), clock=clock, actor=manager)
    approver.pin = None  # nobody approves: nothing is given back
    give_back_row(qtbot, panel, 0)
    answer_yes(qtbot, panel)
    assert panel.message.text() == "Nobody approved it: nothing was given back."
    assert balance_and_bags(store, boris) == (700, 4)

    approver.name, approver.pin = SECOND_MANAGER, SECOND_MANAGER_PIN
    give_back_row(qtbot, panel, 0)
    answer_yes(qtbot, panel)
    assert approver.asked == ["give back the reward Сумка"] * 2
    assert balance_and_bags(store, boris) == (1000, 5)
    uow = store.uow()
    with uow.read_only():
        (logged,) = uow.audit.newest(1, None, "reward_refunded")
        second = uow.staff.by_name(SECOND_MANAGER)
    assert second is not None
    assert (logged.staff_id, logged.approved_by) == (store.manager.id, second.id)
