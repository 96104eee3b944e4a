"""A keyboard-wedge scanner types a card number as a burst; a person types slowly. The real
counter window, on a real store, must take every burst as a card wherever the cursor is, never
type it into a field, and never let the scanner's Enter confirm a check. Time is the filter's
injected clock, moved by hand and polled as the window's timer would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout
from sqlalchemy import text

from devices import ManualClock
from tests.ui.conftest import WAIT_MS, Store, count
from ui.checkout.window import CheckoutWindow

POLL_S = 0.015
QUIET_S = 0.6  # past the longest gap and the grace for a late Enter
FIELDS = ("amount", "redeem", "receipt", "search", "dialog")


class Counter:
    """The counter window with a hand-moved clock, and what a test does at its keyboard."""

    def __init__(self, qtbot: Any, window: CheckoutWindow, clock: ManualClock) -> None:
        self.qtbot, self.window, self.clock = qtbot, window, clock
        self.wedge = window.session.devices.wedge
        assert self.wedge is not None
        self.wedge._timer.stop()  # the test polls by hand, clock in hand
        self.dialog: QDialog | None = None

    def wait(self, seconds: float) -> None:
        """Let time pass, polled every 15 ms as the window's timer does."""
        while seconds > 1e-9:
            step = min(POLL_S, seconds)
            self.clock.advance(step)
            seconds -= step
            self.wedge.poll()

    def press(self, char: str) -> None:
        """Press one key where the cursor is, as the keyboard would."""
        keys = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}
        key = keys.get(char, ord(char) if char.isascii() else 0)
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(QApplication.focusWidget() or self.window, event)

    def type(self, text: str, gaps: list[float]) -> None:
        """Press the keys of `text`, each gap (s) after the one before."""
        for index, char in enumerate(text):
            if index:
                self.wait(gaps[index - 1])
            self.press(char)

    def scan(self, card: str, gap: float, *, end: str = "\r", late: float = 0.0) -> None:
        """A scanner reads `card`: keys `gap` apart, then its terminator `late` after."""
        self.type(card, [gap] * (len(card) - 1))
        if end:
            self.wait(gap + late)
            self.press(end)
        self.wait(QUIET_S)

    def take(self, card: str) -> None:
        """Put a member on screen and wait until the cursor is in the amount field."""
        self.window.take_card(card)
        self.wait_for_member(card)
        self.qtbot.waitUntil(self.window.quote_panel.amount_edit.hasFocus, timeout=WAIT_MS)

    def wait_for_member(self, card: str) -> None:
        """Wait until the member of `card` is the one selected."""
        session = self.window.session
        self.qtbot.waitUntil(
            lambda: session.view is not None and session.view.card.number == card,
            timeout=WAIT_MS,
        )

    def settle(self) -> None:
        """Let the worker finish whatever the keys started."""
        self.qtbot.wait(30)
        self.window.session.worker.wait_for_done(WAIT_MS)
        self.qtbot.wait(30)

    def focus(self, field: str) -> QLineEdit:
        """Put the cursor in a field of the counter, or in a dialog opened over it."""
        panel = self.window.quote_panel
        edits = {
            "amount": panel.amount_edit,
            "redeem": panel.redeem_edit,
            "receipt": panel.receipt_edit,
            "search": self.window.search.edit,
        }
        edit = edits[field] if field != "dialog" else self._open_dialog()
        edit.setFocus()
        self.qtbot.waitUntil(edit.hasFocus, timeout=WAIT_MS)
        return edit

    def _open_dialog(self) -> QLineEdit:
        """A dialog over the counter whose Enter accepts it (as a confirmation would)."""
        dialog = QDialog(self.window)
        layout = QVBoxLayout(dialog)
        edit = QLineEdit()
        layout.addWidget(edit)
        button = QPushButton("OK")
        button.setDefault(True)
        button.clicked.connect(dialog.accept)
        layout.addWidget(button)
        dialog.show()
        dialog.activateWindow()
        self.qtbot.waitExposed(dialog)
        self.dialog = dialog
        return edit

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None
            self.window.activateWindow()
            self.qtbot.waitUntil(self.window.isActiveWindow, timeout=WAIT_MS)


@pytest.fixture
def counter(qtbot: Any, open_window: Callable[..., CheckoutWindow]) -> Counter:
    clock = ManualClock()
    window = open_window(key_clock=clock)  # the default scanner setting is a keyboard wedge
    return Counter(qtbot, window, clock)  # a dialog left open goes with its window


def test_a_burst_5_ms_apart_is_a_scan(counter: Counter, store: Store) -> None:
    window = counter.window
    counter.focus("search")
    counter.scan(store.cards["anna"], 0.005)
    counter.wait_for_member(store.cards["anna"])
    assert window.search.edit.text() == ""
    assert window.status.scanner_label.text() == "Scanner: keyboard (USB)"


@pytest.mark.parametrize("gap_ms", [5, 10, 20, 30, 40])
@pytest.mark.parametrize("late_ms", [0, 50, 200])
def test_a_scan_in_the_amount_field_selects_the_card_and_records_no_sale(
    counter: Counter, store: Store, gap_ms: int, late_ms: int
) -> None:
    counter.take(store.cards["anna"])
    amount = counter.focus("amount")
    counter.type("300", [0.15, 0.15])
    counter.wait(QUIET_S)
    counter.scan(store.cards["boris"], gap_ms / 1000, late=late_ms / 1000)
    counter.wait_for_member(store.cards["boris"])
    counter.settle()
    assert count(store, "sales") == 0
    assert amount.text() == "300"


@pytest.mark.parametrize("field", FIELDS)
def test_a_scan_with_the_cursor_in_any_field_goes_to_the_card(
    counter: Counter, store: Store, field: str
) -> None:
    counter.take(store.cards["anna"])
    counter.window.quote_panel.amount_edit.setText("300")
    edit = counter.focus(field)
    counter.scan(store.cards["boris"], 0.03, late=0.2)
    counter.wait_for_member(store.cards["boris"])
    counter.settle()
    assert count(store, "sales") == 0
    assert store.cards["boris"] not in edit.text()
    if counter.dialog is not None:
        assert counter.dialog.isVisible() and counter.dialog.result() == 0


def test_a_scan_right_after_typed_digits_leaves_the_digits_and_takes_the_card(
    counter: Counter, store: Store
) -> None:
    counter.take(store.cards["anna"])
    amount = counter.focus("amount")
    counter.type("300", [0.09, 0.09])
    counter.wait(0.08)
    counter.scan(store.cards["boris"], 0.03, late=0.05)
    counter.wait_for_member(store.cards["boris"])
    counter.settle()
    assert amount.text() == "300"
    assert count(store, "sales") == 0


def test_the_cashiers_own_enter_after_a_scan_records_the_sale(
    counter: Counter, store: Store
) -> None:
    counter.focus("search")
    counter.scan(store.cards["boris"], 0.04, end="")
    counter.wait_for_member(store.cards["boris"])
    counter.qtbot.waitUntil(counter.window.quote_panel.amount_edit.hasFocus, timeout=WAIT_MS)
    counter.type("12.50\r", [0.15] * 5)
    counter.wait(QUIET_S)
    counter.qtbot.waitUntil(lambda: count(store, "sales") == 1, timeout=WAIT_MS)
    assert last_sale_card(store) == store.cards["boris"]


def test_a_person_typing_150_ms_apart_types_into_the_field(counter: Counter, store: Store) -> None:
    edit = counter.focus("search")
    card = store.cards["anna"]
    counter.type(card, [0.15] * 12)
    counter.wait(QUIET_S)
    assert edit.text() == card
    assert counter.window.session.view is None


def test_a_fast_typists_name_is_typing_not_a_scan(counter: Counter) -> None:
    edit = counter.focus("search")
    counter.type("Анна Смирнова", [0.01] * 12)
    assert edit.text() == "Анна Смирнова"  # shown at once: a letter is never held
    counter.wait(QUIET_S)
    assert counter.window.session.view is None


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    gap_ms=st.integers(5, 40),
    jitter=st.lists(st.integers(-4, 4), min_size=12, max_size=12),
    slow_key=st.integers(0, 15),
    slow_ms=st.integers(40, 100),
    end=st.sampled_from(["\r", "\t", ""]),
    late_ms=st.sampled_from([0, 50, 200, 350]),
    field=st.sampled_from(FIELDS),
)
def test_no_scanner_timing_records_a_sale_and_every_scan_takes_the_card(
    counter: Counter,
    store: Store,
    gap_ms: int,
    jitter: list[int],
    slow_key: int,
    slow_ms: int,
    end: str,
    late_ms: int,
    field: str,
) -> None:
    sales = count(store, "sales")
    counter.close_dialog()
    counter.window.new_customer()
    counter.take(store.cards["anna"])
    counter.window.quote_panel.amount_edit.setText("300")
    counter.focus(field)
    gaps = [max(1, gap_ms + j) / 1000 for j in jitter]
    if slow_key < len(gaps):
        gaps[slow_key] = slow_ms / 1000
    counter.type(store.cards["boris"], gaps)
    if end:
        counter.wait((gap_ms + late_ms) / 1000)
        counter.press(end)
    counter.wait(QUIET_S)
    counter.wait_for_member(store.cards["boris"])
    counter.settle()
    assert count(store, "sales") == sales
    counter.close_dialog()
    amount = counter.focus("amount")
    assert amount.text() == "300"
    counter.press("\r")  # the cashier's own Enter records the sale
    counter.wait(QUIET_S)
    counter.qtbot.waitUntil(lambda: count(store, "sales") == sales + 1, timeout=WAIT_MS)
    counter.settle()
    assert last_sale_card(store) == store.cards["boris"]


def last_sale_card(store: Store) -> str | None:
    """The card of the sale recorded last."""
    with store.db.engine.connect() as connection:
        query = text("SELECT card_number FROM sales ORDER BY created_at DESC, rowid DESC LIMIT 1")
        return connection.execute(query).scalar_one_or_none()
