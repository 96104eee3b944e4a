"""The counter follows the core's approval policy: nobody approves their own action, a second
manager approves above a limit, a blocked card allows no adjustment, the settings a cashier saves
with a manager's approval are audited, and PINs guessed at the manager's prompt lock the account.

These run the real window over a real store file; where a person answers the manager's prompt,
the real dialog is shown and answered the way a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from tests.device_doubles import FakeSerialDevice
from tests.ui.conftest import (
    MANAGER_NAME,
    MANAGER_PIN,
    NOW,
    SECOND_MANAGER,
    SECOND_MANAGER_PIN,
    WAIT_MS,
    AnsweringPrompts,
    Store,
    add_second_manager,
    clock,
    scan,
    use_serial_scanner,
)
from ui.checkout.prompts import Prompts
from ui.checkout.window import CheckoutWindow
from ui.dialogs.manager_pin import ManagerPinDialog
from ui.dialogs.settings import SettingsDialog

Step = Callable[[Any], None]


def audit(store: Store, action: str) -> list[Any]:
    uow = store.uow()
    with uow.read_only():
        return [r for r in uow.audit.all() if r.action == action]


class StepClock:
    """The real clock of the PIN checks, stood in for and moved by the test."""

    def __init__(self) -> None:
        self.now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now


def answer_dialog(kind: type[QWidget], steps: list[Step]) -> None:
    """Once a modal `kind` is open (and idle), run `steps` on it one at a time."""

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        busy = isinstance(dialog, ManagerPinDialog) and not dialog.ok_button().isEnabled()
        if not isinstance(dialog, kind) or busy or not dialog.isVisible():
            QTimer.singleShot(20, tick)
            return
        steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(20, tick)

    QTimer.singleShot(0, tick)


def typed(name: str, pin: str) -> Step:
    """A person types a name and a PIN and presses OK."""

    def step(dialog: ManagerPinDialog) -> None:
        dialog.name_box.setEditText(name)
        dialog.pad.field.setText(pin)
        dialog.ok_button().click()

    return step


def cancel(dialog: ManagerPinDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


class RealPrompts(AnsweringPrompts):
    """The forms answer at once; the manager's prompt and the settings are the real dialogs."""

    manager = Prompts.manager  # type: ignore[assignment]
    settings = Prompts.settings  # type: ignore[assignment]


@pytest.fixture
def pin_clock() -> StepClock:
    return StepClock()


@pytest.fixture
def real_prompts(store: Store, pin_clock: StepClock) -> Iterator[RealPrompts]:
    prompts = RealPrompts(store)
    prompts.pin_clock = pin_clock
    yield prompts


def test_the_signed_in_manager_is_never_their_own_approver(
    qtbot: Any,
    store: Store,
    real_prompts: RealPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    add_second_manager(store)
    use_serial_scanner(store, serial_device)
    window = open_window(store.manager, prompts=real_prompts)
    scan(qtbot, window, serial_device, store.cards["anna"])
    offered: list[list[str]] = []
    said: list[str] = []

    def names(dialog: ManagerPinDialog) -> None:
        offered.append([dialog.name_box.itemText(i) for i in range(dialog.name_box.count())])

    def message(dialog: ManagerPinDialog) -> None:
        said.append(dialog.message.text())

    answer_dialog(
        ManagerPinDialog,
        [
            names,
            typed(MANAGER_NAME, MANAGER_PIN),
            message,
            typed("  менеДЖЕР ", MANAGER_PIN),  # the same account in another case, with spaces
            message,
            cancel,
        ],
    )
    window.actions_by_key["F6"].trigger()
    assert offered == [[SECOND_MANAGER]]  # the person signed in is not offered
    refusal = "Nobody can approve their own action: ask a second manager."
    assert said == [refusal, refusal]
    assert window.session.override_by == "" and "Not approved" in window.message.text()
    assert audit(store, "staff_locked") == []  # refused before any PIN was checked


def test_a_second_manager_approves_an_adjustment_above_the_limit(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    second = add_second_manager(store)
    use_serial_scanner(store, serial_device)
    window = open_window(store.manager)
    scan(qtbot, window, serial_device, store.cards["anna"])
    prompts.adjust_answer = (50, "review bonus")  # within the limit: the manager alone
    window.actions_by_key["F7"].trigger()
    qtbot.waitUntil(lambda: len(audit(store, "adjust")) == 1, timeout=WAIT_MS)
    assert prompts.asked == [] and audit(store, "adjust")[0].approved_by == ""
    prompts.adjust_answer = (600, "lost receipt")  # above 500 points: a second manager
    prompts.manager_name, prompts.manager_pin = SECOND_MANAGER, SECOND_MANAGER_PIN
    window.actions_by_key["F7"].trigger()
    assert prompts.asked == ["correct a balance"]
    qtbot.waitUntil(lambda: len(audit(store, "adjust")) == 2, timeout=WAIT_MS)
    record = audit(store, "adjust")[1]
    assert (record.staff_id, record.approved_by) == (store.manager.id, second.id)
    qtbot.waitUntil(lambda: "750" in window.member_panel.balance_label.text(), timeout=WAIT_MS)


def test_a_blocked_card_refuses_an_adjustment_at_the_counter(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(store.manager)
    scan(qtbot, window, serial_device, store.cards["lost"])
    prompts.adjust_answer = (50, "review bonus")
    window.actions_by_key["F7"].trigger()
    assert "blocked" in window.message.text().lower() and prompts.asked == []
    # past the window: the core refuses it too
    window.session.corrections.adjust(50, "review bonus", "")
    qtbot.waitUntil(lambda: "blocked" in window.message.text().lower(), timeout=WAIT_MS)
    window.session.worker.wait_for_done(WAIT_MS)
    assert audit(store, "adjust") == []


def test_settings_a_cashier_saves_with_a_managers_approval_are_audited(
    qtbot: Any,
    store: Store,
    real_prompts: RealPrompts,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    window = open_window(store.cashier, prompts=real_prompts)

    def rename(dialog: SettingsDialog) -> None:
        dialog.store_tab.name.setText("Ромашка-2")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer_dialog(ManagerPinDialog, [typed(MANAGER_NAME, MANAGER_PIN)])
    answer_dialog(SettingsDialog, [rename])
    window.actions_by_key["F12"].trigger()
    (record,) = [r for r in audit(store, "setting") if r.details["key"] == "store"]
    assert (record.staff_id, record.approved_by) == (store.cashier.id, store.manager.id)
    assert record.details["before"]["name"] == "Ромашка"
    assert record.details["after"]["name"] == "Ромашка-2"


def test_pins_guessed_at_the_managers_prompt_lock_that_manager_until_it_expires(
    qtbot: Any,
    store: Store,
    real_prompts: RealPrompts,
    pin_clock: StepClock,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(store.cashier, prompts=real_prompts)
    scan(qtbot, window, serial_device, store.cards["anna"])
    said: list[str] = []

    def message(dialog: ManagerPinDialog) -> None:
        said.append(dialog.message.text())

    def later(dialog: ManagerPinDialog) -> None:
        pin_clock.now += timedelta(seconds=31)

    guesses = [typed(MANAGER_NAME, pin) for pin in ("000000", "111111", "222222")]
    right = typed(MANAGER_NAME, MANAGER_PIN)
    answer_dialog(
        ManagerPinDialog,
        [*guesses, message, typed(MANAGER_NAME, MANAGER_PIN), message, later, right],
    )
    window.actions_by_key["F6"].trigger()
    assert said[0] == f"Wrong PIN for {MANAGER_NAME}: locked for 30 s."
    assert said[1].startswith(f"{MANAGER_NAME} is locked after wrong PINs")  # even the right PIN
    (locked,) = audit(store, "staff_locked")
    assert locked.staff_id == store.manager.id and locked.terminal_id == "T-TEST"
    assert window.session.override_by == store.manager.id  # after the lock, the right PIN works
    assert clock() == NOW  # the counter's business clock was never moved


def test_the_signed_in_manager_cannot_be_passed_as_the_approver_to_the_core(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(store.manager)
    scan(qtbot, window, serial_device, store.cards["anna"])
    window.session.allow_over_cap(store.manager.id)  # as if the window let it through
    window.quote_panel.amount_edit.setText("100.00")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "own action" in window.message.text(), timeout=WAIT_MS)
    assert audit(store, "redeem_cap_override") == []
