"""A manager's name and PIN on the spot: the override of the redemption cap, a refund above the
limit, a points adjustment, the settings; a locked-out manager approves nothing."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.points import adjust_balance
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import sign_in
from tests.device_doubles import FakeSerialDevice
from tests.ui.conftest import (
    MANAGER_PIN,
    SECOND_MANAGER,
    SECOND_MANAGER_PIN,
    WAIT_MS,
    AnsweringPrompts,
    Store,
    add_second_manager,
    clock,
    count,
    scan,
    type_amount,
    use_serial_scanner,
)
from ui.checkout.prompts import Prompts
from ui.checkout.window import CheckoutWindow


def audit(store: Store) -> list[Any]:
    uow = store.uow()
    with uow.read_only():
        return list(uow.audit.all())


def redeemed(window: CheckoutWindow) -> int | None:
    quote = window.session.quote
    return None if quote is None else quote.redeemed_points


def sell(qtbot: Any, window: CheckoutWindow, amount: str) -> None:
    type_amount(qtbot, window, amount)
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Sale recorded" in window.message.text(), timeout=WAIT_MS)


def test_the_override_of_the_cap_asks_a_manager_and_logs_both_people(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    card = store.cards["anna"]
    member_id = lookup_card(store.uow(), card, clock).card.member_id
    assert member_id is not None
    setup = Actor("T-SETUP", store.manager.id)
    adjust_balance(member_id, 500, "correction", uow=store.uow(), clock=clock, actor=setup)
    use_serial_scanner(store, serial_device)
    window = open_window(store.cashier)
    scan(qtbot, window, serial_device, card)
    type_amount(qtbot, window, "500.00")  # the cap: 50 % of 500.00 = 250 points of 600
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: redeemed(window) == 250, timeout=WAIT_MS)
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F6)
    assert prompts.asked == ["redeem points over the cap"]
    qtbot.waitUntil(lambda: redeemed(window) == 500, timeout=WAIT_MS)
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Sale recorded" in window.message.text(), timeout=WAIT_MS)
    (record,) = [r for r in audit(store) if r.action == "redeem_cap_override"]
    assert record.staff_id == store.cashier.id
    assert record.approved_by == store.manager.id


def test_a_locked_out_manager_cannot_approve_through_the_windows_prompt(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    hasher = store.hasher
    for _ in range(3):
        with pytest.raises(LoyaltyError):
            sign_in("Менеджер", "0000", uow=store.uow(), hasher=hasher, clock=clock)
    use_serial_scanner(store, serial_device)
    window = open_window(store.cashier)
    scan(qtbot, window, serial_device, store.cards["anna"])
    type_amount(qtbot, window, "150.00")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F6)
    assert prompts.asked == ["redeem points over the cap"]
    assert "Not approved" in window.message.text()
    assert window.session.override_by == ""


def test_a_signed_in_manager_needs_a_second_manager_to_lift_the_cap(
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
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F6)  # answers as themselves
    assert prompts.refusals == ["self_approval"] and window.session.override_by == ""
    assert "Not approved" in window.message.text()
    prompts.manager_name, prompts.manager_pin = SECOND_MANAGER, SECOND_MANAGER_PIN
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F6)
    assert window.session.override_by == second.id
    assert len(prompts.asked) == 2


def test_a_refund_from_the_history_panel_reverses_the_points(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(store.cashier)
    scan(qtbot, window, serial_device, store.cards["anna"])
    sell(qtbot, window, "999.99")
    qtbot.waitUntil(lambda: window.history_panel.table.rowCount() == 1, timeout=WAIT_MS)
    prompts.refund_answer = (99_999, "goods returned")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: "Refund recorded" in window.message.text(), timeout=WAIT_MS)
    assert prompts.asked == []  # 999.99 is below the manager limit
    qtbot.waitUntil(lambda: "100" in window.member_panel.balance_label.text(), timeout=WAIT_MS)
    assert count(store, "refunds") == 1
    qtbot.waitUntil(lambda: window.history_panel.table.item(0, 3).text() != "", timeout=WAIT_MS)


def test_a_refund_above_the_limit_needs_a_manager_who_is_logged(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(store.cashier)
    scan(qtbot, window, serial_device, store.cards["anna"])
    sell(qtbot, window, "6000.00")
    qtbot.waitUntil(lambda: window.history_panel.table.rowCount() == 1, timeout=WAIT_MS)
    prompts.refund_answer = (600_000, "goods returned")
    prompts.manager_pin = None  # first the manager walks away
    window.history_panel.refund_button.click()
    assert len(prompts.asked) == 1 and "Not approved" in window.message.text()
    prompts.manager_pin = MANAGER_PIN
    window.history_panel.refund_button.click()
    qtbot.waitUntil(lambda: "Refund recorded" in window.message.text(), timeout=WAIT_MS)
    (record,) = [r for r in audit(store) if r.action == "refund"]
    assert (record.staff_id, record.approved_by) == (store.cashier.id, store.manager.id)


def test_f9_voids_the_last_sale_after_a_yes(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(store.cashier)
    scan(qtbot, window, serial_device, store.cards["anna"])
    sell(qtbot, window, "999.99")
    prompts.confirm_answer = False
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)
    window.session.worker.wait_for_done(WAIT_MS)
    assert count(store, "refunds") == 0
    prompts.confirm_answer = True
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "Refund recorded" in window.message.text(), timeout=WAIT_MS)
    (record,) = [r for r in audit(store) if r.action == "void"]
    assert record.staff_id == store.cashier.id
    qtbot.waitUntil(lambda: "100" in window.member_panel.balance_label.text(), timeout=WAIT_MS)


def test_a_points_adjustment_always_asks_a_manager(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(store.cashier)
    scan(qtbot, window, serial_device, store.cards["anna"])
    prompts.adjust_answer = (50, "review bonus")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F7)
    assert len(prompts.asked) == 1
    qtbot.waitUntil(lambda: "150" in window.member_panel.balance_label.text(), timeout=WAIT_MS)
    (record,) = [r for r in audit(store) if r.action == "adjust"]
    assert record.approved_by == store.manager.id


def test_settings_ask_a_cashier_for_a_managers_pin_then_reload_the_station(
    qtbot: Any,
    store: Store,
    prompts: AnsweringPrompts,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    window = open_window(store.cashier)
    loaded: list[object] = []
    window.session.settings_loaded.connect(loaded.append)
    prompts.manager_pin = None
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F12)
    assert prompts.settings_opened == 0
    prompts.manager_pin = MANAGER_PIN
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F12)
    assert prompts.settings_opened == 1
    assert prompts.settings_approved_by == [store.manager.id]  # saved as the cashier, approved
    qtbot.waitUntil(lambda: len(loaded) == 1, timeout=WAIT_MS)


def test_a_signed_in_manager_opens_the_settings_unasked(
    store: Store, prompts: AnsweringPrompts, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(store.manager)
    window.actions_by_key["F12"].trigger()
    assert prompts.asked == [] and prompts.settings_approved_by == [""]


def test_the_window_prompts_use_the_manager_pin_dialog(
    monkeypatch: pytest.MonkeyPatch, store: Store, qtbot: Any
) -> None:
    calls: list[tuple[Any, ...]] = []
    fake = types.SimpleNamespace(
        ask_manager_approval=lambda *args, **_kwargs: calls.append(args) or store.manager
    )
    monkeypatch.setattr("ui.checkout.prompts.ask_manager_approval", fake.ask_manager_approval)
    prompts = Prompts(store.uow, store.hasher, clock)
    assert prompts.manager(None, "approve this refund") is store.manager  # type: ignore[arg-type]
    (args,) = calls
    assert args[1] == store.uow and args[2] is store.hasher and args[4] == "approve this refund"
    assert "ui.dialogs.manager_pin" in sys.modules


def test_f11_opens_the_reports(
    store: Store, prompts: AnsweringPrompts, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(store.cashier)
    QTest.keyClick(window.search.edit, Qt.Key.Key_F11)
    assert prompts.reports_opened == 1
