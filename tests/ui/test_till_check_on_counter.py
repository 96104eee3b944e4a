"""The counter window shows the check that arrived from the till, over real HTTP.

The real window on a real store file (tests/ui/conftest.py: the "bonus" programme, 5 % earned,
tobacco neither discounted nor earning, up to 50 % of the rest paid with points, a point worth
1.00; Анна holds her 100-point welcome bonus) and the real till API on a loopback port, told to
the window as `ui.app.start_till` does. The till plays with `examples/till_client.py`; the
cashier scans through a pseudo-terminal and presses keys. Figures are worked out by hand:

    lines 600.00 (coffee), 300.00 (cheese), 200.00 (tobacco): total 1 100.00
    max redemption: cap 50 % of 900.00 = 450 points; Анна holds 100 -> 100 points = 100.00
    spread over 600:300 -> 66.666.., 33.333.. -> 66.67 and 33.33 (the kopeck to the larger
    remainder); the lines pay 533.33, 266.67 and 200.00 = 1 000.00
    earned: 5 % of what coffee and cheese are paid in money, 800.00 -> 40 points
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from examples.till_client import TillClient
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.slips import StoreHeader
from tests.device_doubles import FakeSerialDevice
from tests.integration.test_till_api import LINES, _free_port
from tests.ui.conftest import WAIT_MS, Store, clock, scan, use_serial_scanner
from ui.checkout.window import CheckoutWindow
from ui.clock import real_clock
from ui.till.app import TillServer
from ui.till.context import TillContext, till_actor

CHECK = "T1-000123"


@pytest.fixture
def counter(
    store: Store, serial_device: FakeSerialDevice, open_window: Callable[..., CheckoutWindow]
) -> CheckoutWindow:
    """The counter window with a scanner on a pseudo-terminal."""
    use_serial_scanner(store, serial_device)
    return open_window()


@pytest.fixture
def till(store: Store, counter: CheckoutWindow) -> Iterator[TillClient]:
    """The till API beside the window, telling it of each check, and the till that calls it."""
    context = TillContext(
        database=store.db,
        actor=till_actor(store.uow(), "T-TILL", store.cashier.name),
        store=StoreHeader(name="Ромашка"),
        clock=clock,
        real_clock=real_clock,
        language="en",
        listener=counter.session.till.tell,
    )
    port = _free_port()
    server = TillServer(context, "127.0.0.1", port)
    server.start()
    yield TillClient(f"http://127.0.0.1:{port}")
    server.stop()


def cells(window: CheckoutWindow) -> list[list[str]]:
    table = window.till_panel.table
    shown = [
        [table.item(row, column) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]
    return [[item.text() if item is not None else "" for item in row] for row in shown]


def sales_of(store: Store, receipt_no: str) -> list[tuple[int, ...]]:
    with sqlite3.connect(Path(str(store.db.engine.url.database))) as db:
        return db.execute(
            "SELECT total, discount, redeemed_points, paid, earned_points FROM sales "
            "WHERE receipt_no = ?",
            (receipt_no,),
        ).fetchall()


def test_the_cashier_scans_the_card_and_chooses_max_and_the_till_confirms_one_sale(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    counter: CheckoutWindow,
    till: TillClient,
) -> None:
    window, quote = counter, counter.quote_panel
    bare = till.calculate(CHECK, LINES, None)
    assert (bare["total"], bare["payable"], bare["member"]) == (110000, 110000, None)
    qtbot.waitUntil(window.till_panel.isVisible, timeout=WAIT_MS)
    assert window.till_panel.title.text() == f"Check {CHECK} from the till"
    assert cells(window) == [
        ["Кофе", "600.00", "", "", "600.00"],
        ["Сыр", "300.00", "", "", "300.00"],
        ["Сигареты", "200.00", "", "", "200.00"],
    ]
    assert (quote._figures["total"].text(), quote._figures["payable"].text()) == (
        "1,100.00",
        "1,100.00",
    )
    assert quote.amount_edit.text() == "1100.00" and quote.amount_edit.isReadOnly()
    assert not window.history_panel.isVisible() and not quote.confirm_button.isVisible()
    assert f"Check {CHECK} from the till" in window.message.text()

    card = store.cards["anna"]
    scan(qtbot, window, serial_device, card)
    qtbot.waitUntil(quote.redeem_edit.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(quote.redeem_edit, Qt.Key.Key_F4)
    qtbot.waitUntil(
        lambda: window.session.quote is not None and window.session.quote.redeemed_points == 100,
        timeout=WAIT_MS,
    )
    assert cells(window) == [
        ["Кофе", "600.00", "", "66.67", "533.33"],
        ["Сыр", "300.00", "", "33.33", "266.67"],
        ["Сигареты", "200.00", "", "", "200.00"],
    ]
    assert quote._figures["payable"].text() == "1,000.00"
    assert quote.amount_edit.text() == "1100.00"  # the total stays the till's

    qtbot.keyClick(quote.amount_edit, Qt.Key.Key_Return)  # the counter does not record it
    assert "The till confirms this check" in window.message.text()
    assert sales_of(store, "000123") == []

    looked = till.look(CHECK)  # what the till learns before it prints the fiscal receipt
    assert (looked["member"]["card"], looked["chosen_at_counter"], looked["payable"]) == (
        card,
        True,
        100000,
    )
    assert [(x["points_value"], x["paid"]) for x in looked["lines"]] == [
        (6667, 53333),
        (3333, 26667),
        (0, 20000),
    ]
    sold = till.confirm(CHECK, "000123")
    assert (sold["paid"], sold["redeemed_points"], sold["earned_points"]) == (100000, 100, 40)
    qtbot.waitUntil(lambda: "sale recorded" in window.message.text(), timeout=WAIT_MS)
    assert window.message.text() == (
        f"Check {CHECK} from the till: sale recorded, paid 1,000.00. Points −100, +40."
    )
    assert not window.till_panel.isVisible() and window.history_panel.isVisible()
    assert quote.amount_edit.text() == "" and not quote.amount_edit.isReadOnly()
    assert quote.confirm_button.isVisible() and quote.receipt_edit.isVisible()
    assert sales_of(store, "000123") == [(110000, 0, 100, 100000, 40)]
    standing = lookup_card(store.uow(), card, clock).standing
    assert standing is not None and standing.balance == 40  # 100 - 100 + 40


def test_esc_stops_showing_the_check_and_the_tills_cancel_then_leaves_the_counter_alone(
    qtbot: Any, counter: CheckoutWindow, till: TillClient
) -> None:
    window = counter
    till.calculate("T1-ESC", LINES[:1], None)
    qtbot.waitUntil(window.till_panel.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Escape)
    assert not window.till_panel.isVisible() and not window.quote_panel.amount_edit.isReadOnly()
    assert "T1-ESC is no longer shown" in window.statusBar().currentMessage()
    assert till.look("T1-ESC")["state"] == "calculated"  # nothing was cancelled at the till
    said = window.message.text()
    till.cancel("T1-ESC")
    qtbot.wait(200)
    assert window.message.text() == said


def test_a_check_with_the_tills_card_shows_its_member_and_a_cancel_is_said(
    qtbot: Any, store: Store, counter: CheckoutWindow, till: TillClient
) -> None:
    window, card = counter, store.cards["boris"]
    till.calculate("T1-CARD", LINES[:2], card, "max")
    qtbot.waitUntil(
        lambda: (
            window.member_panel.name_label.text() == "Борис Орлов"
            and window.session.quote is not None
        ),
        timeout=WAIT_MS,
    )
    # Борис's 100 welcome points, under the cap of 450: 66.67 and 33.33 as above
    assert [row[3] for row in cells(window)] == ["66.67", "33.33"]
    assert window.quote_panel.max_button.isChecked()
    till.cancel("T1-CARD")
    qtbot.waitUntil(lambda: "cancelled at the till" in window.message.text(), timeout=WAIT_MS)
    assert not window.till_panel.isVisible() and window.session.view is None
