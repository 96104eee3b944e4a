"""Giving a reward for points at the counter (Ctrl+R), and giving one back, over a real store
file and printer.

The store's bonus programme (1 point = 1.00) with a catalogue: a mug for 100 points (1 in
stock), a coffee for 150 points and a tote bag for 300 points (5 in stock). Anna has her 100
welcome points: exactly the mug's price, not the coffee's. Boris is given 900 more by hand:
1 000 points, for the tote bag and back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from devices import escpos_text
from pos_loyalty.services.authority import REFUND_LIMIT_KEY, set_limit
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.points import adjust_balance
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.reward_redemption import catalogue as stock_of
from pos_loyalty.services.reward_redemption import redeem_reward, refund_reward
from pos_loyalty.services.templates import template
from tests.device_doubles import PrinterServer
from tests.ui.conftest import (
    WAIT_MS,
    AnsweringPrompts,
    Store,
    add_second_manager,
    clock,
    use_printer,
)
from ui.checkout.rewards_dialog import RewardsDialog
from ui.checkout.window import CheckoutWindow
from ui.i18n import install_translator

REWARDS = [
    {"id": "mug", "name": "Кружка", "points": 100, "stock": 1},
    {"id": "coffee", "name": "Кофе", "points": 150},
    {"id": "tote", "name": "Сумка", "points": 300, "stock": 5},
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


# Giving a reward back: Boris, 1 000 points, takes the tote bag (300) and gives it back.


@pytest.fixture
def boris(catalogue: Store) -> str:
    """Boris's card, with 100 welcome points and 900 given by hand (a second manager approved
    them, being above the 500-point limit): 1 000 points."""
    card = catalogue.cards["boris"]
    view = lookup_card(catalogue.uow(), card, clock)
    assert view.member is not None
    adjust_balance(
        view.member.id,
        900,
        "goodwill",
        uow=catalogue.uow(),
        clock=clock,
        actor=Actor("T-SETUP", catalogue.manager.id),
        approved_by=add_second_manager(catalogue).id,
    )
    assert lookup_card(catalogue.uow(), card, clock).standing.balance == 1000  # type: ignore[union-attr]
    return card


def balance(store: Store, card: str) -> int:
    standing = lookup_card(store.uow(), card, clock).standing
    assert standing is not None
    return standing.balance


def tote_left(store: Store) -> int | None:
    return {o.reward.id: o.left for o in stock_of(uow=store.uow())}["tote"]


def row_texts(table: Any, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def take_the_tote(qtbot: Any, window: CheckoutWindow, store: Store, card: str) -> None:
    """Give Boris the tote bag through the dialog: 1 000 - 300 = 700, 5 - 1 = 4 left."""
    show_card(qtbot, window, card)
    dialog = press_ctrl_r(qtbot, window)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    dialog.table.selectRow(rows.index("Сумка"))
    assert dialog.taken.isHidden() and dialog.give_back_button.isHidden()  # nothing taken yet
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: "Reward given" in window.message.text(), timeout=WAIT_MS)
    assert window.message.text() == "Reward given: Сумка for 300 points; balance now 700."
    assert (balance(store, card), tote_left(store)) == (700, 4)
    qtbot.waitUntil(lambda: window.session.view.standing.balance == 700, timeout=WAIT_MS)


def taken_dialog(qtbot: Any, window: CheckoutWindow) -> RewardsDialog:
    """Ctrl+R again: the tote bag is listed as taken today, and chosen to give back."""
    dialog = press_ctrl_r(qtbot, window)
    assert not dialog.taken.isHidden()
    assert dialog.taken.title.text() == "Taken in the last 30 days, not given back:"
    assert dialog.taken.table.rowCount() == 1
    assert row_texts(dialog.taken.table, 0) == ["2026-11-02", "Сумка", "300"]
    assert not dialog.give_back_button.isEnabled()  # until a row is chosen
    dialog.taken.table.selectRow(0)
    assert dialog.give_back_button.isEnabled()
    return dialog


def test_a_reward_given_back_at_the_counter_returns_the_points_and_the_unit(
    qtbot: Any,
    catalogue: Store,
    boris: str,
    prompts: AnsweringPrompts,
    printer_server: PrinterServer,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_printer(catalogue, printer_server.port)
    window = open_window()
    take_the_tote(qtbot, window, catalogue, boris)
    qtbot.waitUntil(lambda: not printer_server.jobs.empty(), timeout=WAIT_MS)
    printer_server.next_job()  # the reward's own slip
    dialog = taken_dialog(qtbot, window)
    offered = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert row_texts(dialog.table, offered["Сумка"]) == ["Сумка", "300", "4", ""]

    dialog.give_back_button.click()
    qtbot.waitUntil(lambda: "given back" in window.message.text(), timeout=WAIT_MS)
    assert window.message.text() == (
        "Reward given back: Сумка, 300 points returned; balance now 1,000."
    )
    assert prompts.asked == []  # 300.00 is within the cashier's refund limit of 1 500.00
    assert not dialog.isVisible()
    assert (balance(catalogue, boris), tote_left(catalogue)) == (1000, 5)
    qtbot.waitUntil(lambda: window.session.view.standing.balance == 1000, timeout=WAIT_MS)
    assert window.member_panel.card_number == boris
    qtbot.waitUntil(lambda: not printer_server.jobs.empty(), timeout=WAIT_MS)
    slip = escpos_text(printer_server.next_job())
    assert "Награда возвращена: Сумка" in slip and "+300" in slip

    dialog = press_ctrl_r(qtbot, window)  # given back: no longer listed, its unit in stock
    assert dialog.taken.isHidden() and dialog.give_back_button.isHidden()
    offered = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert row_texts(dialog.table, offered["Сумка"]) == ["Сумка", "300", "5", ""]
    dialog.reject()


def test_enter_on_a_taken_row_gives_it_back_and_gives_nothing(
    qtbot: Any, catalogue: Store, boris: str, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    take_the_tote(qtbot, window, catalogue, boris)
    dialog = taken_dialog(qtbot, window)
    dialog.taken.table.setFocus()
    qtbot.keyClick(dialog.taken.table, Qt.Key.Key_Return)  # not the dialog's "Give" button
    qtbot.waitUntil(lambda: "given back" in window.message.text(), timeout=WAIT_MS)
    assert (balance(catalogue, boris), tote_left(catalogue)) == (1000, 5)
    assert reward_entries(catalogue) == [("reward", -300, "tote", "reward")]


def test_a_second_give_back_is_refused_with_the_cores_message(
    qtbot: Any, catalogue: Store, boris: str, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    take_the_tote(qtbot, window, catalogue, boris)
    dialog = taken_dialog(qtbot, window)
    # while the dialog is open, the tote bag is given back at another counter
    (taken,) = dialog.found.taken
    other = Actor("T-OTHER", catalogue.cashier.id)
    refund_reward(taken.entry.id, uow=catalogue.uow(), clock=clock, actor=other)
    assert (balance(catalogue, boris), tote_left(catalogue)) == (1000, 5)

    dialog.give_back_button.click()
    refused = "This reward was already refunded: its points are back."
    qtbot.waitUntil(lambda: dialog.refusal.text() == refused, timeout=WAIT_MS)
    assert window.message.text() == refused
    assert dialog.isVisible() and dialog.buttons.isEnabled()  # Cancel, or give another
    assert (balance(catalogue, boris), tote_left(catalogue)) == (1000, 5)  # not 1 300, not 6
    dialog.reject()


def test_above_the_refund_limit_a_manager_approves_the_give_back(
    qtbot: Any,
    catalogue: Store,
    boris: str,
    prompts: AnsweringPrompts,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    # the refund limit lowered to 200.00: 300 points at 1.00 are worth 300.00, above it
    manager = Actor("T-SETUP", catalogue.manager.id)
    set_limit(REFUND_LIMIT_KEY, 20_000, uow=catalogue.uow(), clock=clock, actor=manager)
    window = open_window()
    take_the_tote(qtbot, window, catalogue, boris)

    prompts.manager_pin = None  # nobody approves: nothing is given back
    dialog = taken_dialog(qtbot, window)
    dialog.give_back_button.click()
    not_approved = "Not approved: a manager's PIN is needed."
    qtbot.waitUntil(lambda: dialog.refusal.text() == not_approved, timeout=WAIT_MS)
    assert prompts.asked == ["give back the reward Сумка"]
    assert (balance(catalogue, boris), tote_left(catalogue)) == (700, 4)

    prompts.manager_pin = "999999"  # the manager's PIN
    dialog.give_back_button.click()
    qtbot.waitUntil(lambda: "given back" in window.message.text(), timeout=WAIT_MS)
    assert prompts.asked == ["give back the reward Сумка"] * 2
    assert (balance(catalogue, boris), tote_left(catalogue)) == (1000, 5)
    uow = catalogue.uow()
    with uow.read_only():
        (logged,) = uow.audit.newest(1, None, "reward_refunded")
    assert (logged.staff_id, logged.approved_by) == (catalogue.cashier.id, catalogue.manager.id)
    assert logged.details["points"] == 300


def test_the_give_back_speaks_russian(
    qtbot: Any,
    catalogue: Store,
    boris: str,
    russian: None,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    redeem_reward(
        boris, "tote", uow=catalogue.uow(), clock=clock, actor=Actor("T-TEST", catalogue.cashier.id)
    )
    window = open_window(language="ru")
    show_card(qtbot, window, boris)
    dialog = press_ctrl_r(qtbot, window)
    assert dialog.taken.title.text() == "Взяты за последние 30 дней и не возвращены:"
    headers = dialog.taken.table
    assert [headers.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Дата",
        "Награда",
        "Баллы",
    ]
    assert row_texts(dialog.taken.table, 0) == ["02.11.2026", "Сумка", "300"]
    assert dialog.give_back_button.text() == "Вернуть"
    dialog.taken.table.selectRow(0)
    dialog.give_back_button.click()
    qtbot.waitUntil(lambda: "возвращена" in window.message.text(), timeout=WAIT_MS)
    assert window.message.text() == (
        "Награда возвращена: Сумка, возвращено 300 баллов; баланс теперь 1\xa0000."
    )
