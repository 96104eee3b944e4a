"""The whole counter flow on a real store file: a scan through a pseudo-terminal, the amount,
Enter, and the slip at a TCP printer; redeeming the maximum with one key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from devices import escpos_text
from pos_loyalty.services.lookup import lookup_card
from tests.device_doubles import FakeSerialDevice, PrinterServer
from tests.ui.conftest import (
    WAIT_MS,
    Store,
    clock,
    scan,
    type_amount,
    use_printer,
    use_serial_scanner,
)
from ui.checkout.window import CheckoutWindow


def balance(store: Store, card: str) -> int:
    view = lookup_card(store.uow(), card, clock)
    assert view.standing is not None
    return view.standing.balance


def test_a_scan_on_the_serial_port_shows_the_member(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window()
    scan(qtbot, window, serial_device, store.cards["anna"])
    panel = window.member_panel
    assert panel.name_label.text() == "Анна Смирнова"
    assert "100" in panel.balance_label.text()
    assert "Member" in panel.tier_label.text()
    assert window.quote_panel.amount_edit.hasFocus()


def test_scan_amount_enter_records_the_sale_and_prints_the_new_balance(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    printer_server: PrinterServer,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    use_printer(store, printer_server.port)
    window = open_window()
    card = store.cards["anna"]
    scan(qtbot, window, serial_device, card)
    type_amount(qtbot, window, "999.99")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not printer_server.jobs.empty(), timeout=WAIT_MS)
    text = escpos_text(printer_server.next_job())
    assert "Ромашка" in text and "**** " + card[-4:] in text
    assert "149" in text
    assert balance(store, card) == 149
    assert "149" in window.member_panel.balance_label.text()


def test_one_key_redeems_the_maximum(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window()
    card = store.cards["anna"]
    scan(qtbot, window, serial_device, card)
    type_amount(qtbot, window, "1000.00")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F4)
    qtbot.waitUntil(
        lambda: window.session.quote is not None and window.session.quote.redeemed_points == 100,
        timeout=WAIT_MS,
    )
    assert "900" in window.quote_panel._figures["payable"].text()
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Sale recorded" in window.message.text(), timeout=WAIT_MS)
    assert balance(store, card) == 45  # 100 redeemed, 5 % of 900.00 earned
