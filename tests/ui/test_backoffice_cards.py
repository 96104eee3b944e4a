"""The Cards tab over a real store file: find, block and replace a card, checked at the counter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from pos_loyalty.domain.cards import CardState, card_number_for
from pos_loyalty.services.lookup import lookup_card
from tests.device_doubles import FakeSerialDevice
from tests.ui.conftest import WAIT_MS, Store, clock, scan, use_serial_scanner
from ui.backoffice.cards import CardsPanel
from ui.backoffice.context import BackOffice


class Answers:
    """Answers the tab's yes/no questions at once and keeps them."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice, answers: Answers) -> CardsPanel:
    panel = CardsPanel(backoffice, confirm=answers)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _find(qtbot: Any, panel: CardsPanel, number: str) -> None:
    box = panel.card_box
    box.number_edit.setText(number)
    qtbot.keyClick(box.number_edit, "\r")
    qtbot.waitUntil(
        lambda: box.view is not None and box.view.card.number == number, timeout=WAIT_MS
    )


def _wait_idle(qtbot: Any, panel: CardsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.card_box.busy, timeout=WAIT_MS)


def test_a_scanned_card_shows_its_state_and_holder(
    qtbot: Any, panel: CardsPanel, store: Store
) -> None:
    _find(qtbot, panel, store.cards["anna"])
    box = panel.card_box
    assert box.state_label.text() == "Active."
    assert "Анна Смирнова" in box.holder_label.text()
    assert "Balance: 100 points." in box.holder_label.text()
    assert box.block_button.isEnabled() and box.replace_button.isEnabled()


def test_a_wrong_check_digit_is_refused_with_the_reason(
    qtbot: Any, panel: CardsPanel, store: Store
) -> None:
    good = store.cards["anna"]
    wrong = good[:12] + str((int(good[12]) + 1) % 10)
    box = panel.card_box
    box.number_edit.setText(wrong)
    qtbot.keyClick(box.number_edit, "\r")
    assert box.notice.kind == "error"
    assert f"'{wrong}' has a wrong check digit (the last digit should be {good[12]})" in (
        box.notice.text()
    )
    assert box.view is None and not box.block_button.isEnabled()


def test_an_unknown_card_says_so(qtbot: Any, panel: CardsPanel) -> None:
    box = panel.card_box
    unknown = card_number_for(99_999)
    box.look_up(unknown)
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "error"
    assert f"Card {unknown} is not known here: check the number" in box.notice.text()


def _last_audit(store: Store, action: str) -> tuple[str, dict[str, Any]]:
    """Who did the newest `action` in the audit log, and its details."""
    uow = store.uow()
    with uow.read_only():
        (record,) = uow.audit.newest(1, None, action)
    return record.staff_id, dict(record.details)


def test_a_lost_card_is_blocked_with_its_reason(
    qtbot: Any, panel: CardsPanel, store: Store
) -> None:
    number = store.cards["anna"]
    _find(qtbot, panel, number)
    box = panel.card_box
    box.reason_combo.setCurrentText("stolen at the bus stop")
    box.block_button.click()
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "ok", box.notice.text()
    card = lookup_card(store.uow(), number, clock).card
    assert card.state == CardState.BLOCKED and card.block_reason == "stolen at the bus stop"
    assert box.state_label.text().startswith("Blocked (stolen at the bus stop)")
    assert "Анна Смирнова" in box.holder_label.text()
    assert not box.block_button.isEnabled()
    holder = lookup_card(store.uow(), number, clock).member
    assert holder is not None
    expected = {"card": number, "member": holder.id, "reason": "stolen at the bus stop"}
    assert _last_audit(store, "card_block") == (store.manager.id, expected)


def test_a_card_shown_is_forgotten_once_another_number_is_typed_or_not_found(
    qtbot: Any, panel: CardsPanel, store: Store
) -> None:
    _find(qtbot, panel, store.cards["anna"])
    box = panel.card_box
    box.number_edit.selectAll()
    qtbot.keyClicks(box.number_edit, "04")
    assert box.view is None and not box.block_button.isEnabled()
    assert box.state_label.text() == "No card found yet."
    _find(qtbot, panel, store.cards["anna"])
    box.look_up(card_number_for(99_999))
    _wait_idle(qtbot, panel)
    assert box.view is None and not box.replace_button.isEnabled()


def test_a_blocked_card_cannot_be_blocked_again(
    qtbot: Any, panel: CardsPanel, store: Store
) -> None:
    _find(qtbot, panel, store.cards["lost"])
    assert panel.card_box.state_label.text().startswith("Blocked (stolen)")
    assert not panel.card_box.block_button.isEnabled()


def test_a_replacement_moves_the_balance_and_the_old_card_tells_the_cashier(
    qtbot: Any,
    panel: CardsPanel,
    store: Store,
    open_window: Any,
    serial_device: FakeSerialDevice,
) -> None:
    old = store.cards["boris"]
    before = lookup_card(store.uow(), old, clock).standing
    assert before is not None and before.balance == 100
    _find(qtbot, panel, old)
    box = panel.card_box
    assert box.new_edit.text() == ""
    box.replace_button.click()
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "ok", box.notice.text()
    new = lookup_card(store.uow(), old, clock).card.replaced_by
    assert new is not None and new != old
    assert f"Card {old} is replaced by card {new}" in box.notice.text()
    assert "balance of 100 points" in box.notice.text()
    assert box.state_label.text() == (f"Replaced by card {new}: the balance is on that card now.")
    assert new in panel.print_box.numbers_edit.toPlainText().split()
    assert not box.replace_button.isEnabled()
    staff_id, details = _last_audit(store, "card_replace")
    assert staff_id == store.manager.id and (details["old"], details["new"]) == (old, new)

    use_serial_scanner(store, serial_device)
    window = open_window()
    scan(qtbot, window, serial_device, old)
    state = window.member_panel.state_label.text()
    assert f"CARD REPLACED. The balance is on card {new} now" in state
    scan(qtbot, window, serial_device, new)
    assert window.member_panel.name_label.text() == "Борис Орлов"
    assert "Balance: 100 points" in window.member_panel.balance_label.text()


def test_a_replacement_onto_a_pre_printed_card_binds_that_card(
    qtbot: Any, panel: CardsPanel, store: Store
) -> None:
    from pos_loyalty.services.cards import issue_cards

    (spare,) = issue_cards(1, uow=store.uow())
    old = store.cards["anna"]
    _find(qtbot, panel, old)
    box = panel.card_box
    box.new_edit.setText(spare.number)
    box.replace_button.click()
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "ok", box.notice.text()
    view = lookup_card(store.uow(), spare.number, clock)
    assert view.member is not None and view.member.name == "Анна Смирнова"
    assert view.standing is not None and view.standing.balance == 100
    assert panel.print_box.numbers_edit.toPlainText() == ""


def test_a_card_already_in_use_is_refused_as_the_new_card(
    qtbot: Any, panel: CardsPanel, store: Store
) -> None:
    old = store.cards["anna"]
    _find(qtbot, panel, old)
    box = panel.card_box
    box.new_edit.setText(store.cards["boris"])
    box.replace_button.click()
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "error"
    assert "is not a free card: take an unassigned one" in box.notice.text()
    assert lookup_card(store.uow(), old, clock).card.state == CardState.ACTIVE


def test_a_blocked_lost_card_is_replaced_with_its_balance(
    qtbot: Any, panel: CardsPanel, store: Store
) -> None:
    lost = store.cards["lost"]
    _find(qtbot, panel, lost)
    box = panel.card_box
    assert box.replace_button.isEnabled() and not box.block_button.isEnabled()
    box.replace_button.click()
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "ok", box.notice.text()
    new = lookup_card(store.uow(), lost, clock).card.replaced_by
    assert new is not None
    view = lookup_card(store.uow(), new, clock)
    assert view.member is not None and view.member.name == "Вера Лосева"
    assert view.standing is not None and view.standing.balance == 100
    assert view.card.state == CardState.ACTIVE


def test_nothing_is_blocked_or_replaced_when_the_manager_says_no(
    qtbot: Any, panel: CardsPanel, store: Store, answers: Answers
) -> None:
    number = store.cards["anna"]
    _find(qtbot, panel, number)
    answers.answer = False
    box = panel.card_box
    box.reason_combo.setCurrentText("lost")
    box.block_button.click()
    box.replace_button.click()
    assert answers.asked == [
        f"Block card {number} (lost)? It will allow nothing at the counter any more.",
        f"Move the holder of card {number} and their balance to a new card number? "
        f"Card {number} will then only say which card holds the balance.",
    ]
    assert not box.busy
    card = lookup_card(store.uow(), number, clock).card
    assert card.state == CardState.ACTIVE and card.replaced_by is None
