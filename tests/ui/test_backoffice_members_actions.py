"""The Members tab's actions over a real store file: register, edit, merge, erase, and points
added or removed by hand, with a second manager's approval above the limit."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from pos_loyalty.domain.cards import CardState
from pos_loyalty.domain.staff import Role
from pos_loyalty.services.bonuses import ManualReason
from pos_loyalty.services.cards import issue_cards
from pos_loyalty.services.staff import add_staff
from tests.ui.conftest import MANAGER_PIN, WAIT_MS, AnsweringApprover, Store, count
from tests.ui.members_helpers import cell, open_member, open_panel, wait_idle
from ui.backoffice.context import BackOffice
from ui.backoffice.members import MembersPanel
from ui.backoffice.members.member_form import MemberForm
from ui.backoffice.members.merge_dialog import MergeDialog
from ui.backoffice.members.points_dialog import PointsDialog

SECOND_PIN = "555555"


@pytest.fixture
def panel(qtbot: Any, store: Store, backoffice: BackOffice) -> MembersPanel:
    return open_panel(qtbot, backoffice)


def _member(store: Store, card: str) -> dict[str, Any]:
    with store.db.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT m.* FROM members m JOIN cards c ON c.member_id = m.id WHERE c.number = ?",
            (card,),
        ).one()
    return dict(row._mapping)


def _form(qtbot: Any, panel: MembersPanel, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(panel.member_actions.dialog, kind), timeout=WAIT_MS)
    dialog = panel.member_actions.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def _save(qtbot: Any, panel: MembersPanel, dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, panel)


def _fill(form: MemberForm, name: str, phone: str, consent: bool = True, card: str = "") -> None:
    form.name_edit.setText(name)
    form.phone_edit.setText(phone)
    form.consent_box.setChecked(consent)
    form.card_edit.setText(card)


def test_a_new_member_gets_a_generated_card_and_the_welcome_bonus(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    panel.list_page.new_button.click()
    form = _form(qtbot, panel, MemberForm)
    _fill(form, "Дарья Кузнецова", "8 (912) 555-44-33")
    form.email_edit.setText("darya@example.com")
    form.birthday_edit.setText("17.05.1990")
    _save(qtbot, panel, form)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.page_view, timeout=WAIT_MS)
    assert not form.isVisible()
    page = panel.page_view.page
    assert page is not None and page.member.name == "Дарья Кузнецова"
    (card,) = page.cards
    stored = _member(store, card.number)
    assert (stored["phone"], stored["email"], stored["birthday"]) == (
        "79125554433",
        "darya@example.com",
        "1990-05-17",
    )
    assert page.standing.balance == 100
    assert f"card {card.number}" in panel.message.text()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=WAIT_MS)


def test_a_pre_printed_card_is_given_to_the_new_member(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    (blank,) = issue_cards(1, uow=store.uow())
    panel.list_page.new_button.click()
    form = _form(qtbot, panel, MemberForm)
    _fill(form, "Егор Белов", "+7 912 555-00-01", card=blank.number)
    _save(qtbot, panel, form)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.page_view, timeout=WAIT_MS)
    assert _member(store, blank.number)["name"] == "Егор Белов"


def test_the_form_says_what_is_wrong_under_each_field_and_writes_nothing(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    members = count(store, "members")
    panel.list_page.new_button.click()
    form = _form(qtbot, panel, MemberForm)
    _fill(form, "  ", "12", consent=False, card="0420000000019")
    form.email_edit.setText("not an e-mail")
    form.birthday_edit.setText("31.02.1990")
    _save(qtbot, panel, form)
    assert form.error("name") == "Type at least a first name."
    assert form.error("phone") == "Type the phone like +7 912 345-67-89."
    assert form.error("email") == "An e-mail looks like name@example.com."
    assert form.error("birthday") == "Type the birthday like 17.05.1990, or leave it empty."
    assert form.error("consent").startswith("Ask the customer first")
    assert form.error("card").startswith("Not one of our card numbers")
    _fill(form, "Жанна", "+7 912 000-00-01", card=store.cards["boris"])
    form.email_edit.clear()
    form.birthday_edit.clear()
    _save(qtbot, panel, form)
    assert form.error("phone") == "This phone already belongs to a member: find them instead."
    _fill(form, "Жанна", "+7 912 777-00-01", card=store.cards["boris"])
    _save(qtbot, panel, form)
    assert form.error("card") == "This card cannot be given out: take another card."
    assert form.isVisible() and count(store, "members") == members


def test_editing_saves_the_personal_data_and_refuses_a_phone_of_another_member(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    open_member(qtbot, panel, store.cards["anna"])
    panel.page_view.edit_button.click()
    form = _form(qtbot, panel, MemberForm)
    assert form.phone_edit.text() == "+7 912 000-00-01"
    form.phone_edit.setText("+7 912 000-00-02")
    _save(qtbot, panel, form)
    assert form.error("phone").startswith("This phone already belongs")
    form.name_edit.setText("Анна Смирнова-Орлова")
    form.phone_edit.setText("+7 912 000-00-09")
    _save(qtbot, panel, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    stored = _member(store, store.cards["anna"])
    assert (stored["name"], stored["phone"]) == ("Анна Смирнова-Орлова", "79120000009")
    qtbot.waitUntil(lambda: panel.page_view.title.text() == "Анна Смирнова-Орлова", timeout=WAIT_MS)
    assert panel.message.text() == "Saved Анна Смирнова-Орлова."


def test_merging_moves_the_cards_and_points_and_keeps_the_history(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    boris = _member(store, store.cards["boris"])
    open_member(qtbot, panel, store.cards["anna"])
    panel.page_view.merge_button.click()
    dialog = _form(qtbot, panel, MergeDialog)
    assert not dialog.merge_button.isEnabled()
    qtbot.keyClicks(dialog.card_edit, store.cards["anna"])
    qtbot.waitUntil(lambda: "belongs to the member kept" in dialog.message.text(), timeout=WAIT_MS)
    assert not dialog.merge_button.isEnabled()
    dialog.card_edit.clear()
    qtbot.keyClicks(dialog.card_edit, store.cards["boris"])
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=WAIT_MS)
    assert "Борис Орлов" in dialog.other_label.text()
    assert "Анна Смирнова" in dialog.kept_label.text()
    dialog.merge_button.click()
    wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert _member(store, store.cards["boris"])["name"] == "Анна Смирнова"
    with store.db.engine.connect() as connection:
        merged_into = connection.exec_driver_sql(
            "SELECT merged_into FROM members WHERE id = ?", (boris["id"],)
        ).scalar_one()
        kept_entries = connection.exec_driver_sql(
            "SELECT count(*) FROM ledger_entries WHERE member_id = ?", (boris["id"],)
        ).scalar_one()
    assert merged_into == _member(store, store.cards["anna"])["id"]
    assert kept_entries == 2  # the welcome bonus and the transfer out: his history stays
    view = panel.page_view
    qtbot.waitUntil(lambda: view.cards_table.rowCount() == 2, timeout=WAIT_MS)
    assert view.page is not None and view.page.standing.balance == 200
    assert panel.message.text() == "Merged: 1 card(s) and 100 points moved to Анна Смирнова."
    panel.list_page.search_edit.clear()  # the whole list no longer has Борис
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
    assert "Борис Орлов" not in [line.name for line in panel.model.lines]


def test_erasing_wipes_the_personal_data_after_a_confirmation_and_keeps_the_ledger(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    entries = count(store, "ledger_entries")
    open_member(qtbot, panel, store.cards["boris"])
    panel.page_view.erase_button.click()
    box = panel.member_actions.confirm_box
    assert box is not None and "Борис Орлов" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert panel.message.text() == "Nothing was erased."
    assert _member(store, store.cards["boris"])["name"] == "Борис Орлов"
    panel.page_view.erase_button.click()
    box = panel.member_actions.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, panel)
    stored = _member(store, store.cards["boris"])
    assert (stored["name"], stored["phone"], stored["consent_at"]) == ("", "", None)
    assert stored["erased_at"] is not None
    assert count(store, "ledger_entries") == entries
    (record,) = _audit(store)
    assert (record["action"], record["staff_id"]) == ("member_erase", store.manager.id)
    assert json.loads(record["details"]) == {"member": stored["id"]}
    view = panel.page_view
    qtbot.waitUntil(lambda: view.title.text() == "(erased)", timeout=WAIT_MS)
    assert "Personal data erased on request" in view.personal.text()
    assert cell(view.points_table, 0, 4) == "welcome bonus"
    assert not view.erase_button.isEnabled() and not view.points_button.isEnabled()


def _points(
    qtbot: Any, panel: MembersPanel, points: str, reason: ManualReason, text: str = ""
) -> PointsDialog:
    panel.page_view.points_button.click()
    dialog: PointsDialog = _form(qtbot, panel, PointsDialog)
    dialog.points_edit.setText(points)
    dialog.choose(reason)
    dialog.text_edit.setText(text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, panel)
    return dialog


def _audit(store: Store) -> list[dict[str, Any]]:
    """The audit records written after the store's set-up (made at terminal T-SETUP)."""
    query = "SELECT * FROM audit_log WHERE terminal_id != 'T-SETUP' ORDER BY seq"
    with store.db.engine.connect() as connection:
        rows = connection.exec_driver_sql(query).all()
    return [dict(row._mapping) for row in rows]


def test_points_below_the_limit_are_added_with_their_reason_and_logged(
    qtbot: Any, store: Store, panel: MembersPanel, approver: AnsweringApprover
) -> None:
    open_member(qtbot, panel, store.cards["anna"])
    dialog = _points(qtbot, panel, "-50", ManualReason.REVIEW)
    assert dialog.error("reason").startswith("This reason only adds points")
    dialog.points_edit.setText("0")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error("points") == "Type a whole number like 50 or -50, not 0."
    dialog.points_edit.setText("50")
    dialog.choose(ManualReason.OTHER)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error("text") == "Say why, for the reason Other."
    dialog.text_edit.setText("birthday cake order")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert approver.asked == []
    view = panel.page_view
    qtbot.waitUntil(lambda: cell(view.points_table, 0, 2) == "+50", timeout=WAIT_MS)
    assert cell(view.points_table, 0, 3) == "150"
    assert cell(view.points_table, 0, 4) == "other: birthday cake order"
    (record,) = _audit(store)
    assert (record["action"], record["staff_id"], record["approved_by"]) == (
        "adjust",
        store.manager.id,
        "",
    )


def test_points_above_the_limit_need_a_second_manager_and_the_log_names_both(
    qtbot: Any, store: Store, panel: MembersPanel, approver: AnsweringApprover
) -> None:
    second = add_staff(
        "Второй менеджер", Role.MANAGER, SECOND_PIN, uow=store.uow(), hasher=store.hasher
    )
    entries = count(store, "ledger_entries")
    open_member(qtbot, panel, store.cards["anna"])
    approver.pin = None
    dialog = _points(qtbot, panel, "600", ManualReason.COMPLAINT)
    assert dialog.error() == "No second manager approved it: nothing was changed."
    assert panel.message.text() == dialog.error()
    assert approver.asked == ["approve +600 points for Анна Смирнова"]
    approver.pin = MANAGER_PIN  # the manager signed in cannot approve their own change
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, panel)
    assert dialog.error() == "Nobody can approve their own action: ask a second manager."
    assert count(store, "ledger_entries") == entries and _audit(store) == []
    approver.name, approver.pin = "  второй   МЕНЕДЖЕР ", SECOND_PIN  # any case and spacing
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    (record,) = _audit(store)
    assert (record["action"], record["staff_id"], record["approved_by"]) == (
        "bonus",
        store.manager.id,
        second.id,
    )
    assert panel.message.text().endswith("Approved by Второй менеджер.")
    qtbot.waitUntil(lambda: cell(panel.page_view.points_table, 0, 3) == "700", timeout=WAIT_MS)


def test_a_blocked_card_stays_blocked_on_the_member_page(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    open_member(qtbot, panel, store.cards["lost"])
    view = panel.page_view
    assert cell(view.cards_table, 0, 2) == CardState.BLOCKED.value
    assert cell(view.cards_table, 0, 3) == "stolen"
