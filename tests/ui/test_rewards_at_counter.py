"""Giving a reward for points at the counter (Ctrl+R), over a real store file and printer.

The store's bonus programme with a catalogue: a mug for 100 points (1 in stock) and a coffee
for 150 points. Anna has her 100 welcome points: exactly the mug's price, not the coffee's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from devices import escpos_text
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from tests.device_doubles import PrinterServer
from tests.ui.conftest import WAIT_MS, Store, use_printer
from ui.checkout.rewards_dialog import RewardsDialog
from ui.checkout.window import CheckoutWindow
from ui.i18n import install_translator

REWARDS = [
    {"id": "mug", "name": "Кружка", "points": 100, "stock": 1},
    {"id": "coffee", "name": "Кофе", "points": 150},
]


@pytest.fixture
def catalogue(store: Store) -> Store:
    save_programme({**template("bonus"), "rewards": REWARDS}, uow=store.uow())
    return store


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "ru")
    yield
    install_translator(qapp, "en")


def show_card(qtbot: Any, window: CheckoutWindow, card: str) -> None:
    window.take_card(card)
    qtbot.waitUntil(
        lambda: window.session.view is not None and window.session.view.card.number == card,
        timeout=WAIT_MS,
    )


def press_ctrl_r(qtbot: Any, window: CheckoutWindow) -> RewardsDialog:
    """Ctrl+R where the cursor is, as the cashier presses it, and the dialog it opens."""
    before = window.rewards.dialog
    window.activateWindow()  # the offscreen platform leaves no window active after a dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
    )

    def opened() -> bool:
        dialog = window.rewards.dialog
        return dialog is not None and dialog is not before and dialog.isVisible()

    qtbot.waitUntil(opened, timeout=WAIT_MS)
    assert window.rewards.dialog is not None
    return window.rewards.dialog


def reward_entries(store: Store) -> list[tuple[Any, ...]]:
    query = text("SELECT kind, points, refers_to, reason FROM ledger_entries WHERE kind = 'reward'")
    with store.db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query)]


def test_redeeming_a_reward_at_the_counter(
    qtbot: Any,
    catalogue: Store,
    printer_server: PrinterServer,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_printer(catalogue, printer_server.port)
    window = open_window()
    show_card(qtbot, window, catalogue.cards["anna"])
    dialog = press_ctrl_r(qtbot, window)
    assert dialog.spendable.text() == "Points to spend: 100"
    assert dialog.table.rowCount() == 1  # the coffee's 150 points are more than she has
    assert [dialog.table.item(0, c).text() for c in range(4)] == ["Кружка", "100", "1", ""]
    assert dialog.confirm_button.text() == "Give for 100 points"
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: "Reward given" in window.message.text(), timeout=WAIT_MS)
    assert window.message.text() == "Reward given: Кружка for 100 points; balance now 0."
    assert reward_entries(catalogue) == [("reward", -100, "mug", "reward")]
    qtbot.waitUntil(lambda: not printer_server.jobs.empty(), timeout=WAIT_MS)
    slip = escpos_text(printer_server.next_job())  # the store prints in Russian
    assert "Награда: Кружка" in slip and "-100" in slip
    assert "Баланс после" in slip
    qtbot.waitUntil(lambda: window.session.view.standing.balance == 0, timeout=WAIT_MS)

    dialog = press_ctrl_r(qtbot, window)  # nothing is left to take: no points, no mug
    assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
    assert not dialog.confirm_button.isEnabled()
    dialog.reject()


def test_the_dialog_speaks_russian(
    qtbot: Any, catalogue: Store, russian: None, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language="ru")
    show_card(qtbot, window, catalogue.cards["boris"])
    dialog = press_ctrl_r(qtbot, window)
    assert dialog.windowTitle() == "Награды за баллы: Борис Орлов"
    assert dialog.spendable.text() == "Можно списать баллов: 100"
    assert dialog.confirm_button.text() == "Выдать за 100 баллов"
    dialog.reject()


def test_the_key_asks_for_a_card_first(
    qtbot: Any, catalogue: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    window.actions_by_key["Ctrl+R"].trigger()
    assert window.message.text() == "Scan the member's card first."
    assert window.rewards.dialog is None
