"""What the cashier sees is the truth: the void names its sale and voids only that one, the
customer display follows every change (Esc, a cleared amount, a refund, a void), the slip on
screen is laid out at the printer's width, and the demo opens the devices chosen in Settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from sqlalchemy import text

from devices import Paper, escpos_text, read_display
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.checkout import Checkout, commit_checkout
from tests.device_doubles import FakeSerialDevice, PrinterServer
from tests.ui.conftest import (
    WAIT_MS,
    AnsweringPrompts,
    Store,
    clock,
    count,
    type_amount,
    use_printer,
    use_serial_scanner,
)
from ui.checkout.window import CheckoutWindow
from ui.cli.context import App
from ui.launch import DEMO_DEVICES, simulate_unset_devices
from ui.station import save_device


def simulated(store: Store, paper_mm: int = 80) -> None:
    for key, values in DEMO_DEVICES.items():
        save_device(store.uow(), key, values)
    save_device(store.uow(), "printer", {"paper_mm": paper_mm})
    save_device(store.uow(), "scanner", {"debounce_ms": 0})  # the same card again, at once


def scan(qtbot: Any, window: CheckoutWindow, card: str) -> None:
    window.session.devices.simulate_scan(card)
    qtbot.waitUntil(
        lambda: window.session.view is not None and window.session.view.card.number == card,
        timeout=WAIT_MS,
    )


def sell(qtbot: Any, window: CheckoutWindow, store: Store, card: str, amount: str) -> None:
    """Scan, type the amount, Enter; wait until the sale is in the store."""
    scan(qtbot, window, card)
    type_amount(qtbot, window, amount)
    qtbot.waitUntil(lambda: window.session.quote is not None, timeout=WAIT_MS)
    sales = count(store, "sales")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count(store, "sales") == sales + 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.session.worker.busy, timeout=WAIT_MS)


def shown(qtbot: Any, window: CheckoutWindow) -> tuple[str, str]:
    """What the customer display shows now, read back from every byte it was sent."""
    qtbot.waitUntil(lambda: not window.session.worker.busy, timeout=WAIT_MS)
    display: Any = window.session.devices.display
    return read_display(b"".join(display.memory.jobs), "cp866")


def voided_sales(store: Store) -> list[str]:
    with store.db.engine.connect() as connection:
        rows = connection.execute(text("SELECT sale_id FROM refunds WHERE is_void"))
        return [row[0] for row in rows]


def sale_ids(store: Store) -> list[str]:
    with store.db.engine.connect() as connection:
        return [row[0] for row in connection.execute(text("SELECT id FROM sales"))]


def test_the_void_dialog_names_the_sale_and_warns_of_another_customer_on_screen(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    simulated(store)
    window = open_window()
    anna = store.cards["anna"]
    sell(qtbot, window, store, anna, "1234.56")
    (sale_id,) = sale_ids(store)
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Escape)
    scan(qtbot, window, store.cards["boris"])
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: voided_sales(store) == [sale_id], timeout=WAIT_MS)
    question = prompts.asked[-1]
    for part in ("**** " + anna[-4:], "1,234.56", "Points earned: 61", "Time: 2026-11-02 12:00"):
        assert part in question
    assert "NOT the sale of the customer on screen (**** " + store.cards["boris"][-4:] in question


def test_the_void_of_the_customer_on_screen_has_no_warning(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    simulated(store)
    window = open_window()
    sell(qtbot, window, store, store.cards["anna"], "500.00")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: len(voided_sales(store)) == 1, timeout=WAIT_MS)
    assert "WARNING" not in prompts.asked[-1]


class SaleMadeWhileAsking(AnsweringPrompts):
    """Another sale is recorded at this terminal while the void dialog is open."""

    def void(self, parent: QWidget, question: str) -> bool:
        commit_checkout(
            Checkout(None, (CheckLine(1000),)),
            uow=self.uow_factory(),
            clock=clock,
            actor=self.actor,
        )
        return super().void(parent, question)


def test_a_void_confirmed_after_another_sale_voids_nothing(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    simulated(store)
    prompts = SaleMadeWhileAsking(store)
    window = open_window(prompts=prompts)
    prompts.actor = window.session.actor  # type: ignore[attr-defined]
    sell(qtbot, window, store, store.cards["anna"], "500.00")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "Another sale was made" in window.message.text(), timeout=WAIT_MS)
    window.session.worker.wait_for_done(WAIT_MS)
    assert count(store, "refunds") == 0 and len(sale_ids(store)) == 2


def test_the_customer_display_follows_esc_a_cleared_amount_a_refund_and_a_void(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    simulated(store)
    window = open_window()
    scan(qtbot, window, store.cards["anna"])
    assert shown(qtbot, window) == ("Анна".ljust(20), "Баланс 100".rjust(20))
    type_amount(qtbot, window, "1000")
    qtbot.waitUntil(lambda: "+50" in shown(qtbot, window)[1], timeout=WAIT_MS)
    edit = window.quote_panel.amount_edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert shown(qtbot, window) == ("Анна".ljust(20), "Баланс 100".rjust(20))
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert shown(qtbot, window) == (" " * 20, " " * 20)
    sell(qtbot, window, store, store.cards["anna"], "1000")
    assert shown(qtbot, window)[1] == "+50 б.    Баланс 150"
    prompts.refund_answer = (40000, "goods returned")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: count(store, "refunds") == 1, timeout=WAIT_MS)
    assert shown(qtbot, window) == ("Возврат       400,00", "-20 б.    Баланс 130")
    sell(qtbot, window, store, store.cards["boris"], "200")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: count(store, "refunds") == 2, timeout=WAIT_MS)
    assert shown(qtbot, window) == ("Отмена        200,00", "-10 б.    Баланс 100")


@pytest.mark.parametrize("paper", list(Paper))
def test_the_slip_on_screen_is_laid_out_at_the_paper_width_without_wrapping(
    qtbot: Any, store: Store, paper: Paper, open_window: Callable[..., CheckoutWindow]
) -> None:
    simulated(store, paper_mm=paper.value)
    window = open_window(demo=True)
    demo = window.demo_panel
    assert demo is not None
    sell(qtbot, window, store, store.cards["anna"], "99999.99")  # the widest below "large"
    qtbot.waitUntil(lambda: bool(demo.slip_view.toPlainText()), timeout=WAIT_MS)
    view = demo.slip_view
    lines = view.toPlainText().splitlines()
    assert max(len(line) for line in lines) <= paper.columns
    assert any("99 999,99 ₽" in line for line in lines)
    assert view.lineWrapMode() is QPlainTextEdit.LineWrapMode.NoWrap
    block = view.document().begin()
    while block.isValid():
        assert block.layout().lineCount() == 1  # one printed line, one line on screen
        block = block.next()
    assert view.viewport().width() >= view.fontMetrics().horizontalAdvance("0" * paper.columns)
    printed: Any = window.session.devices.printer
    assert len(max(escpos_text(printed.jobs[-1]).splitlines(), key=len)) <= paper.columns


def test_the_demo_opens_the_scanner_and_printer_chosen_in_settings(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    printer_server: PrinterServer,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    use_printer(store, printer_server.port)
    app = App(db_path=store.db.path)
    try:
        assert simulate_unset_devices(app) == ["display"]
    finally:
        app.close()
    window = open_window(demo=True)
    demo = window.demo_panel
    assert demo is not None
    assert demo.scan_button.isHidden() and demo.offline_box.isHidden()
    qtbot.waitUntil(lambda: window.status.scanner_state == "connected", timeout=WAIT_MS)
    serial_device.write(store.cards["anna"].encode() + b"\r")
    qtbot.waitUntil(lambda: window.session.view is not None, timeout=WAIT_MS)
    type_amount(qtbot, window, "999.99")
    qtbot.waitUntil(lambda: window.session.quote is not None, timeout=WAIT_MS)
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not printer_server.jobs.empty(), timeout=WAIT_MS)
    assert "Ромашка" in escpos_text(printer_server.next_job())
    assert window.session.devices.printer is None  # no simulated printer beside the real one


def test_the_demo_shows_the_scan_panel_only_for_the_simulated_scanner(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    simulated(store)
    window = open_window(demo=True)
    demo = window.demo_panel
    assert demo is not None
    assert not demo.scan_button.isHidden() and not demo.offline_box.isHidden()
