"""A keyboard-wedge scanner types a card number as a burst; a person types slowly. The window's
event filter tells them apart by the time between keys (an injected clock)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from devices import ManualClock
from tests.ui.conftest import WAIT_MS, Store
from ui.checkout.window import CheckoutWindow


def type_keys(widget: QWidget, keys: str, gap_s: float, clock: ManualClock) -> None:
    """Press each key `gap_s` after the previous one, then let the quiet time pass."""
    for char in keys:
        clock.advance(gap_s)
        key = Qt.Key.Key_Return if char == "\r" else (ord(char) if char.isascii() else 0)
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(widget, event)
    clock.advance(max(gap_s, 0.1))


def wedge_window(open_window: Callable[..., CheckoutWindow], clock: ManualClock) -> CheckoutWindow:
    window = open_window(key_clock=clock)  # the default scanner setting is a keyboard wedge
    assert window.session.devices.wedge is not None
    window.session.devices.wedge._timer.stop()  # the test polls by hand, clock in hand
    return window


def test_a_burst_5_ms_apart_is_a_scan(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    clock = ManualClock()
    window = wedge_window(open_window, clock)
    card = store.cards["anna"]
    type_keys(window.search.edit, card + "\r", 0.005, clock)
    qtbot.waitUntil(lambda: window.session.view is not None, timeout=WAIT_MS)
    assert window.session.view.card.number == card
    assert window.search.edit.text() == ""
    assert window.status.scanner_label.text() == "Scanner: keyboard (USB)"


def test_a_burst_without_enter_is_closed_by_the_quiet_time(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    clock = ManualClock()
    window = wedge_window(open_window, clock)
    type_keys(window.quote_panel.amount_edit, store.cards["boris"], 0.005, clock)
    window.session.devices.wedge.poll()
    qtbot.waitUntil(lambda: window.session.view is not None, timeout=WAIT_MS)
    assert window.quote_panel.amount_edit.text() == ""


def test_a_person_typing_150_ms_apart_types_into_the_field(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    clock = ManualClock()
    window = wedge_window(open_window, clock)
    card = store.cards["anna"]
    type_keys(window.search.edit, card, 0.150, clock)
    window.session.devices.wedge.poll()
    assert window.search.edit.text() == card
    assert window.session.view is None


def test_slow_typing_and_enter_reach_the_amount_field(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    clock = ManualClock()
    window = wedge_window(open_window, clock)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F5)
    edit = window.quote_panel.amount_edit
    type_keys(edit, "12.50", 0.150, clock)
    window.session.devices.wedge.poll()
    assert edit.text() == "12.50"
    type_keys(edit, "\r", 0.150, clock)
    qtbot.waitUntil(lambda: "Sale recorded" in window.message.text(), timeout=WAIT_MS)


def test_a_short_fast_burst_is_typing_not_a_scan(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    clock = ManualClock()
    window = wedge_window(open_window, clock)
    type_keys(window.search.edit, "Анна", 0.005, clock)
    window.session.devices.wedge.poll()
    assert window.search.edit.text() == "Анна"
    assert window.session.view is None
