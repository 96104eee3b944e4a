"""The Staff tab over the real store file: accounts added, PINs reset, locks released, roles and
activity changed, each one logged; and nothing of it for anyone but a manager."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from pos_loyalty.domain.errors import NotAllowed, NotFound
from pos_loyalty.domain.staff import Role
from tests.ui.backoffice_helpers import settle, signs_in
from tests.ui.conftest import Store, count
from ui.backoffice.context import BackOffice
from ui.backoffice.staff import StaffPanel

NAME, ROLE, ACTIVE, LOCKED = range(4)


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice) -> StaffPanel:
    shown = StaffPanel(backoffice)
    qtbot.addWidget(shown)
    shown.show()
    settle(qtbot, backoffice)
    return shown


def _select(qtbot: Any, panel: StaffPanel, name: str) -> None:
    panel.table.select_name(name)
    assert panel.table.selected is not None and panel.table.selected.name == name


def _click(qtbot: Any, panel: StaffPanel, button: Any) -> None:
    assert button.isEnabled()
    button.click()
    settle(qtbot, panel.context)


def _log(store: Store) -> list[tuple[str, str, str]]:
    """The staff changes in the audit log (not the store's set-up, made at T-SETUP)."""
    uow = store.uow()
    with uow.read_only():
        records = [r for r in uow.audit.all() if r.terminal_id != "T-SETUP"]
    return [(r.action, r.staff_id, r.details["name"]) for r in records]


def test_the_table_lists_every_account_with_role_and_state(panel: StaffPanel) -> None:
    assert [p.name for p in panel.table.people] == ["Кассир", "Менеджер"]
    assert panel.table.cell("Кассир", ROLE) == "Cashier"
    assert panel.table.cell("Менеджер", ROLE) == "Manager"
    assert panel.table.cell("Кассир", ACTIVE) == "yes"
    assert panel.table.cell("Кассир", LOCKED) == ""


def test_a_cashier_added_here_signs_in_with_the_new_pin(
    qtbot: Any, panel: StaffPanel, store: Store
) -> None:
    form = panel.add_form
    form.name_edit.setText("Анна Ли")
    form.role_box.setCurrentIndex(form.role_box.findData("cashier"))
    qtbot.keyClicks(form.pin_edit, "2468")
    qtbot.keyClicks(form.again_edit, "2468")
    _click(qtbot, panel, form.add_button)
    assert panel.notice.text() == "Анна Ли was added as Cashier."
    assert panel.table.cell("Анна Ли", ROLE) == "Cashier"
    assert panel.table.selected is not None and panel.table.selected.name == "Анна Ли"
    assert form.name_edit.text() == form.pin_edit.text() == ""
    person = signs_in(store, "Анна Ли", "2468")
    assert person.role == Role.CASHIER
    assert _log(store) == [("staff_add", store.manager.id, "Анна Ли")]


def test_two_different_pins_are_refused_before_anything_is_written(
    qtbot: Any, panel: StaffPanel, store: Store
) -> None:
    form = panel.add_form
    form.name_edit.setText("Анна")
    qtbot.keyClicks(form.pin_edit, "2468")
    qtbot.keyClicks(form.again_edit, "2469")
    form.add_button.click()
    assert panel.notice.text() == "The two PINs differ: type the same PIN twice."
    assert panel.notice.kind == "error"
    form.again_edit.clear()
    form.pin_edit.clear()
    qtbot.keyClicks(form.pin_edit, "12")
    qtbot.keyClicks(form.again_edit, "12")
    form.add_button.click()
    assert panel.notice.text() == "A PIN is 4 to 8 digits."  # a cashier's
    assert count(store, "staff") == 2 and _log(store) == []


def test_a_name_already_taken_is_refused_with_the_reason(
    qtbot: Any, panel: StaffPanel, store: Store
) -> None:
    form = panel.add_form
    form.name_edit.setText("Кассир")
    qtbot.keyClicks(form.pin_edit, "2468")
    qtbot.keyClicks(form.again_edit, "2468")
    _click(qtbot, panel, form.add_button)
    assert panel.notice.kind == "error"
    assert "there is already a staff member called Кассир" in panel.notice.text()
    assert count(store, "staff") == 2 and _log(store) == []


def test_a_reset_pin_replaces_the_old_one(qtbot: Any, panel: StaffPanel, store: Store) -> None:
    _select(qtbot, panel, "Кассир")
    qtbot.keyClicks(panel.pin_form.pin_edit, "5555")
    qtbot.keyClicks(panel.pin_form.again_edit, "5555")
    _click(qtbot, panel, panel.pin_form.set_button)
    assert panel.notice.text() == "Кассир has a new PIN."
    with pytest.raises(NotAllowed, match="wrong PIN"):
        signs_in(store, "Кассир", "1111")
    assert signs_in(store, "Кассир", "5555").id == store.cashier.id
    assert _log(store) == [("staff_pin_reset", store.manager.id, "Кассир")]


def test_a_locked_out_account_is_released(qtbot: Any, panel: StaffPanel, store: Store) -> None:
    for _ in range(3):
        with pytest.raises(NotAllowed):
            signs_in(store, "Кассир", "0000")
    with pytest.raises(NotAllowed, match="locked"):
        signs_in(store, "Кассир", "1111")
    panel.hide()
    panel.show()  # coming back into view, the tab reads the accounts again
    settle(qtbot, panel.context)
    assert panel.table.cell("Кассир", LOCKED) == "2026-11-02 12:00:30"
    _select(qtbot, panel, "Кассир")
    _click(qtbot, panel, panel.release_button)
    assert panel.notice.text() == "Кассир can sign in again."
    assert panel.table.cell("Кассир", LOCKED) == ""
    assert not panel.release_button.isEnabled()
    assert signs_in(store, "Кассир", "1111").id == store.cashier.id
    assert _log(store) == [  # the lock itself is logged too, by the account it locked
        ("staff_locked", store.cashier.id, "Кассир"),
        ("staff_unlock", store.manager.id, "Кассир"),
    ]


def test_the_last_manager_stays_a_manager_until_there_is_another(
    qtbot: Any, panel: StaffPanel, store: Store
) -> None:
    _select(qtbot, panel, "Менеджер")
    assert panel.role_button.text() == "Make a cashier"
    _click(qtbot, panel, panel.role_button)
    assert panel.notice.kind == "error"
    assert "Менеджер is the last active manager and cannot be made a cashier" in (
        panel.notice.text()
    )
    assert panel.table.cell("Менеджер", ROLE) == "Manager" and _log(store) == []
    _select(qtbot, panel, "Кассир")
    assert panel.role_button.text() == "Make a manager"
    _click(qtbot, panel, panel.role_button)
    assert panel.notice.text() == "Кассир is now: Manager."
    _select(qtbot, panel, "Менеджер")
    _click(qtbot, panel, panel.role_button)
    assert panel.table.cell("Менеджер", ROLE) == "Cashier"
    assert panel.table.cell("Кассир", ROLE) == "Manager"
    assert [a for a, _, _ in _log(store)] == ["staff_role", "staff_role"]


def test_a_deactivated_account_cannot_sign_in_until_reactivated(
    qtbot: Any, panel: StaffPanel, store: Store
) -> None:
    _select(qtbot, panel, "Кассир")
    assert panel.active_button.text() == "Deactivate"
    _click(qtbot, panel, panel.active_button)
    assert panel.table.cell("Кассир", ACTIVE) == "no"
    with pytest.raises(NotFound):
        signs_in(store, "Кассир", "1111")
    assert panel.active_button.text() == "Reactivate"
    _click(qtbot, panel, panel.active_button)
    assert panel.table.cell("Кассир", ACTIVE) == "yes"
    assert signs_in(store, "Кассир", "1111").id == store.cashier.id
    _select(qtbot, panel, "Менеджер")
    _click(qtbot, panel, panel.active_button)
    assert "cannot be deactivated" in panel.notice.text()
    assert [a for a, _, _ in _log(store)] == ["staff_deactivate", "staff_reactivate"]


def test_a_cashiers_context_sees_no_staff_content(
    qtbot: Any, backoffice: BackOffice, store: Store
) -> None:
    backoffice.staff = store.cashier
    shown = StaffPanel(backoffice)
    qtbot.addWidget(shown)
    refusal = shown.findChild(QLabel, "staffRefused")
    assert refusal is not None
    assert refusal.text() == "Only a manager may see and change staff accounts."
    assert shown.findChildren(QTableWidget) == []
    assert not hasattr(shown, "add_form") and not backoffice.worker.busy
