"""Signing in with a PIN, the lockout after wrong PINs, and a manager's approval on the spot."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from db import Database, open_database
from pos_loyalty.domain.staff import Role
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.staff import add_staff
from ui.dialogs.manager_pin import ManagerPinDialog, ask_manager_approval
from ui.dialogs.sign_in import SignInDialog

HASHER = Argon2PinHasher(time_cost=1, memory_cost=1024)


class StepClock:
    """The store's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = datetime(2024, 11, 22, 9, 0, tzinfo=timezone(timedelta(hours=3)))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "shop.sqlite3")
    add_staff("Ольга", Role.CASHIER, "1111", uow=db.uow(), hasher=HASHER)
    add_staff("Пётр", Role.MANAGER, "999999", uow=db.uow(), hasher=HASHER)
    yield db
    db.close()


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


def open_sign_in(qtbot: QtBot, database: Database, clock: StepClock) -> SignInDialog:
    dialog = SignInDialog(database.uow, HASHER, clock, demo_hint="Demo: 1111")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def try_pin(qtbot: QtBot, dialog: SignInDialog, name: str, pin: str) -> None:
    dialog.select(name)
    for digit in pin:
        qtbot.mouseClick(
            dialog.pad.findChild(QWidget, f"pin_key_{digit}"), Qt.MouseButton.LeftButton
        )
    qtbot.keyClick(dialog.pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=3000)


def test_the_right_pin_signs_in(qtbot: QtBot, database: Database, clock: StepClock) -> None:
    dialog = open_sign_in(qtbot, database, clock)
    with qtbot.waitSignal(dialog.signed_in, timeout=3000):
        try_pin(qtbot, dialog, "Ольга", "1111")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.staff is not None and dialog.staff.name == "Ольга"


def test_a_wrong_pin_says_how_many_tries_are_left(
    qtbot: QtBot, database: Database, clock: StepClock
) -> None:
    dialog = open_sign_in(qtbot, database, clock)
    try_pin(qtbot, dialog, "Ольга", "1234")
    assert dialog.message.text() == "Wrong PIN. Tries left before a lock: 2."
    assert dialog.pad.pin() == ""
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_three_wrong_pins_lock_the_account_for_30_seconds(
    qtbot: QtBot, database: Database, clock: StepClock
) -> None:
    dialog = open_sign_in(qtbot, database, clock)
    for _ in range(3):
        try_pin(qtbot, dialog, "Ольга", "0000")
    assert dialog.message.text() == "Locked after wrong PINs: try again in 30 s."
    clock.advance(10)
    try_pin(qtbot, dialog, "Ольга", "1111")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == "Locked after wrong PINs: try again in 20 s."
    assert dialog.locked_seconds() == 20

    clock.advance(21)
    qtbot.waitUntil(lambda: "again now" in dialog.message.text(), timeout=3000)
    try_pin(qtbot, dialog, "Ольга", "1111")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_lockout_is_kept_in_the_database(
    qtbot: QtBot, database: Database, clock: StepClock
) -> None:
    first = open_sign_in(qtbot, database, clock)
    for _ in range(3):
        try_pin(qtbot, first, "Ольга", "0000")
    first.close()

    second = open_sign_in(qtbot, database, clock)
    second.select("Ольга")
    assert second.message.text() == "Locked after wrong PINs: try again in 30 s."
    assert second.locked_seconds() == 30


def test_a_cashier_does_not_approve_and_a_manager_does_by_name_and_pin(
    qtbot: QtBot, database: Database, clock: StepClock
) -> None:
    dialog = ManagerPinDialog(database.uow, HASHER, clock, "approve this refund")
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.name_box.itemText(i) for i in range(dialog.name_box.count())]
    assert names == ["Пётр"] and dialog.name() == "Пётр"  # only managers are offered
    dialog.name_box.setEditText("Ольга")  # typed by hand: the core still says no
    qtbot.keyClicks(dialog.pad.field, "1111")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ok_button().isEnabled, timeout=3000)
    assert dialog.message.text() == "Ольга is not an active manager: ask a manager to approve."
    assert dialog.manager is None

    dialog.name_box.setEditText("Пётр")
    qtbot.keyClicks(dialog.pad.field, "999999")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.pad.field, Qt.Key.Key_Return)
    assert dialog.manager is not None and dialog.manager.name == "Пётр"


def test_a_wrong_pin_at_the_prompt_says_so_in_the_core_s_words(
    qtbot: QtBot, database: Database, clock: StepClock
) -> None:
    dialog = ManagerPinDialog(database.uow, HASHER, clock, "approve this refund")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pad.field, "123456")
    qtbot.keyClick(dialog.pad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ok_button().isEnabled, timeout=3000)
    assert dialog.message.text() == "Wrong PIN for Пётр."
    assert dialog.pad.pin() == ""


def test_a_pin_typed_before_the_name_is_clicked_is_kept(
    qtbot: QtBot, database: Database, clock: StepClock
) -> None:
    dialog = open_sign_in(qtbot, database, clock)
    qtbot.keyClicks(dialog.pad.field, "1111")
    dialog.select("Ольга")
    assert dialog.pad.pin() == "1111"
    with qtbot.waitSignal(dialog.signed_in, timeout=3000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.staff is not None and dialog.staff.name == "Ольга"


def _answer(parent: QWidget, pin: str | None) -> None:
    """Once the modal is open, type `pin` and press OK (or Cancel when `pin` is None)."""

    def act() -> None:
        dialog = parent.findChild(ManagerPinDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, act)
            return
        if pin is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        dialog.pad.field.setText(pin)
        dialog.ok_button().click()
        QTimer.singleShot(3000, dialog, dialog.reject)

    QTimer.singleShot(0, act)


def test_ask_manager_approval_returns_the_manager(
    qtbot: QtBot, database: Database, clock: StepClock
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(parent, "999999")
    manager = ask_manager_approval(parent, database.uow, HASHER, clock, "void the last sale")
    assert manager is not None and manager.role == Role.MANAGER


def test_cancel_returns_none(qtbot: QtBot, database: Database, clock: StepClock) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(parent, None)
    assert ask_manager_approval(parent, database.uow, HASHER, clock, "void the last sale") is None
