"""Finding a member as you type (phone or name, arrows and Enter), the demo's simulated devices
and the customer display following the quote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, Store, type_amount
from ui.checkout.window import CheckoutWindow
from ui.launch import DEMO_DEVICES
from ui.station import save_device


def use_simulated_scanner(store: Store) -> None:
    save_device(store.uow(), "scanner", {"kind": "simulated"})


def test_typing_a_phone_finds_the_member_and_enter_takes_them(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    use_simulated_scanner(store)
    window = open_window()
    qtbot.keyClicks(window.search.edit, "8 912 000-00-02")
    results = window.search.results
    qtbot.waitUntil(lambda: results.count() == 1, timeout=WAIT_MS)
    assert "Борис Орлов" in results.item(0).text()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.view is not None, timeout=WAIT_MS)
    assert window.member_panel.name_label.text() == "Борис Орлов"


def test_arrows_choose_among_several_results(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    use_simulated_scanner(store)
    window = open_window()
    qtbot.keyClicks(window.search.edit, "912")
    results = window.search.results
    qtbot.waitUntil(lambda: results.count() >= 3, timeout=WAIT_MS)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)
    chosen = results.currentItem().data(Qt.ItemDataRole.UserRole)
    assert results.currentRow() == 1
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.view is not None, timeout=WAIT_MS)
    assert window.session.view.card.number == chosen


def test_the_demo_scans_prints_and_shows_the_customer_display(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    for key, values in DEMO_DEVICES.items():
        save_device(store.uow(), key, values)
    window = open_window(demo=True)
    demo = window.demo_panel
    assert demo is not None
    qtbot.waitUntil(lambda: demo.card_box.count() > 0, timeout=WAIT_MS)
    demo.card_box.setEditText(store.cards["anna"])
    demo.scan_button.click()
    qtbot.waitUntil(lambda: window.session.view is not None, timeout=WAIT_MS)
    type_amount(qtbot, window, "999.99")
    qtbot.waitUntil(lambda: window.session.quote is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Анна" in window.session.devices.display_lines[0], timeout=WAIT_MS)
    display = window.session.devices.display
    assert display is not None and display.memory.jobs  # type: ignore[attr-defined]
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "149" in demo.slip_view.toPlainText(), timeout=WAIT_MS)
    demo.offline_box.setChecked(True)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.status.printer_state == "down", timeout=WAIT_MS)
    demo.offline_box.setChecked(False)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.status.printer_state == "ready", timeout=WAIT_MS)
    assert len(window.session.devices.printer.jobs) == 2  # type: ignore[union-attr]


def test_escape_clears_the_customer(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    use_simulated_scanner(store)
    window = open_window()
    window.session.devices.simulate_scan(store.cards["anna"])
    qtbot.waitUntil(lambda: window.session.view is not None, timeout=WAIT_MS)
    qtbot.keyClicks(window.quote_panel.amount_edit, "100")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Escape)
    assert window.session.view is None
    assert window.quote_panel.amount_edit.text() == ""
    assert window.member_panel.name_label.text() == "Scan a card"
    assert window.search.edit.hasFocus()
