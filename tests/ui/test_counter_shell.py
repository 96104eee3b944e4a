"""The counter's frame is shown before the counter is loaded and keeps what the cashier types;
the counter takes its place and its keys, and what is asked before the store is open waits for
it instead of being lost."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from db import Database
from pos_loyalty.domain.errors import InvalidInput
from tests.ui.conftest import WAIT_MS, AnsweringPrompts, Store, clock
from ui.app import build_checkout
from ui.checkout.window import CheckoutWindow
from ui.counter_shell import CounterShell
from ui.dialogs.sign_in import SignInDialog
from ui.pending_database import PendingDatabase


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    opened = threading.Event()
    yield opened
    opened.set()  # never leave a pool thread waiting


def late_store(store: Store, gate: threading.Event) -> PendingDatabase:
    def opener() -> Database:
        gate.wait(10)
        return store.db

    return PendingDatabase(opener)


def shown_shell(qtbot: Any) -> CounterShell:
    shell = CounterShell()
    qtbot.addWidget(shell)
    shell.resize(1280, 860)
    shell.show()
    qtbot.waitExposed(shell)
    return shell


def counter(
    qtbot: Any, store: Store, prompts: AnsweringPrompts, pending: PendingDatabase
) -> CheckoutWindow:
    window = build_checkout(
        pending.uow, "T-TEST", store.cashier, "en", clock=clock, prompts=prompts
    )
    qtbot.addWidget(window)
    return window


def test_a_card_typed_into_the_frame_before_the_store_is_open_is_answered_once_it_is(
    qtbot: Any, store: Store, prompts: AnsweringPrompts, gate: threading.Event
) -> None:
    card = store.cards["anna"]
    shell = shown_shell(qtbot)
    qtbot.keyClicks(shell.edit, card)
    qtbot.keyClick(shell.edit, Qt.Key.Key_Return)
    assert shell.edit.text() == card  # the cashier sees what was typed
    pending = late_store(store, gate)
    window = counter(qtbot, store, prompts, pending)
    shell.hand_over(window, window.search.edit)
    assert window.isVisible() and not shell.isVisible()
    qtbot.wait(200)
    assert not pending.ready and window.session.view is None  # waiting for the store
    gate.set()
    qtbot.waitUntil(
        lambda: window.session.view is not None and window.session.view.card.number == card,
        timeout=WAIT_MS,
    )
    assert window.member_panel.name_label.text() == "Анна Смирнова"
    qtbot.waitUntil(lambda: window.session.settings is not None, timeout=WAIT_MS)
    window.session.worker.wait_for_done(WAIT_MS)


def test_a_function_key_pressed_in_the_frame_runs_its_action_in_the_counter(
    qtbot: Any, store: Store, prompts: AnsweringPrompts
) -> None:
    shell = shown_shell(qtbot)
    qtbot.keyClick(shell.edit, Qt.Key.Key_F5)
    window = counter(qtbot, store, prompts, PendingDatabase(lambda: store.db))
    shell.hand_over(window, window.search.edit)
    assert window.session.no_card
    assert "without a card" in window.message.text()
    window.session.worker.wait_for_done(WAIT_MS)


def test_a_store_that_cannot_be_opened_says_why_in_every_task_that_asks() -> None:
    def opener() -> Database:
        raise InvalidInput("the store file is damaged: restore it from a backup")

    pending = PendingDatabase(opener)
    for _ in range(2):
        with pytest.raises(InvalidInput, match="damaged"):
            pending.uow()
    assert pending.ready


def test_a_pin_typed_into_the_frame_before_the_sign_in_opened_goes_to_its_pin_field(
    qtbot: Any, store: Store
) -> None:
    shell = shown_shell(qtbot)
    qtbot.keyClicks(shell.edit, "1111")
    dialog = SignInDialog(store.uow, store.hasher, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    shell.give_keys(dialog, dialog.pad.field)
    assert dialog.pad.pin() == "1111"
    assert shell.edit.text() == "" and shell.keys == []  # nothing of it left on the frame
