"""What the counter refuses or survives: a blocked or replaced card, a wrong check digit, a
printer that is off (the sale is kept and reprinted later), and a check without a card."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from devices import escpos_text
from tests.device_doubles import FakeSerialDevice
from tests.ui.conftest import (
    WAIT_MS,
    PrinterOnPort,
    Store,
    count,
    scan,
    type_amount,
    use_printer,
    use_serial_scanner,
)
from ui.checkout.window import CheckoutWindow


def test_a_blocked_card_shows_whose_it_was_and_allows_nothing(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window()
    scan(qtbot, window, serial_device, store.cards["lost"])
    state = window.member_panel.state_label
    assert state.isVisible() and "BLOCKED" in state.text() and "Вера Лосева" in state.text()
    assert "c62828" in state.styleSheet()
    assert not window.quote_panel.confirm_button.isEnabled()
    qtbot.keyClicks(window.quote_panel.amount_edit, "500.00")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    assert "cannot be used" in window.message.text()
    window.session.worker.wait_for_done(WAIT_MS)
    assert count(store, "sales") == 0


def test_a_replaced_card_names_the_card_that_holds_the_balance(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window()
    scan(qtbot, window, serial_device, store.cards["old"])
    assert store.cards["new"] in window.member_panel.state_label.text()
    assert not window.quote_panel.confirm_button.isEnabled()


def test_a_wrong_check_digit_is_refused_naming_what_was_read(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    good = store.cards["anna"]
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    qtbot.keyClicks(window.search.edit, bad)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.message.property("kind") == "error"
    assert bad in window.message.text() and "check digit" in window.message.text()
    assert window.session.view is None
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    window.session.worker.wait_for_done(WAIT_MS)
    assert count(store, "sales") == 0


def test_a_printer_that_is_off_keeps_the_sale_and_the_slip_is_reprinted_when_it_is_back(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    closed_port: int,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    use_printer(store, closed_port)
    window = open_window()
    scan(qtbot, window, serial_device, store.cards["anna"])
    type_amount(qtbot, window, "999.99")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "NOT printed" in window.message.text(), timeout=WAIT_MS)
    assert "F10" in window.message.text()
    assert window.status.printer_state == "down"
    assert count(store, "sales") == 1
    back = PrinterOnPort(closed_port)
    try:
        qtbot.keyClick(window.search.edit, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: not back.jobs.empty(), timeout=WAIT_MS)
        text = escpos_text(back.next_job())
        assert "КОПИЯ" in text and "149" in text
        qtbot.waitUntil(lambda: window.status.printer_state == "ready", timeout=WAIT_MS)
    finally:
        back.close()
    assert count(store, "sales") == 1


def test_a_check_without_a_card_is_recorded_with_the_amount_only(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F5)
    type_amount(qtbot, window, "250.00")
    qtbot.waitUntil(lambda: window.session.quote is not None, timeout=WAIT_MS)
    assert "no card" in window.quote_panel.reasons_label.text()
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Sale recorded" in window.message.text(), timeout=WAIT_MS)
    assert count(store, "sales") == 1


def test_enter_without_a_card_says_what_to_do(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    qtbot.keyClicks(window.quote_panel.amount_edit, "100")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    assert "F5" in window.message.text()
    assert count(store, "sales") == 0
