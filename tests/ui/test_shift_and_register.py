"""Shift work and registering at the counter, on the real window over a real store file.

F1 locks the counter and the next cashier signs in with their PIN; Shift+F1 signs out and offers
the shift's Z-report. A valid card the store does not know opens the registration form, which
the core's `register_member` answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import text

from pos_loyalty.domain.cards import card_number_for
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.staff import add_staff
from tests.ui.conftest import WAIT_MS, AnsweringPrompts, Store, clock, count, type_amount
from ui.checkout.register_dialog import RegisterDialog, welcome_bonus
from ui.checkout.window import CheckoutWindow

SECOND_CASHIER = "Ольга"
SECOND_PIN = "2222"
NEW_CARD = card_number_for(987_654_321)  # valid, and never issued by the store fixture


class ZPrompts(AnsweringPrompts):
    """Prompts that record the Z-reports opened instead of showing them."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.z_reports: list[str] = []

    def z_report(self, parent: QWidget, terminal_id: str) -> None:
        self.z_reports.append(terminal_id)


@pytest.fixture
def second_cashier(store: Store) -> Staff:
    return add_staff(SECOND_CASHIER, Role.CASHIER, SECOND_PIN, uow=store.uow(), hasher=store.hasher)


def sign_in(qtbot: Any, window: CheckoutWindow, name: str, pin: str) -> None:
    """Choose `name` in the lock's sign-in dialog, type `pin` and press Sign in."""
    dialog = window.shift.dialog
    assert dialog is not None
    dialog.select(name)
    dialog.pad.clear()
    qtbot.keyClicks(dialog.pad.field, pin)
    # the keyboard-wedge filter holds digits typed fast until it knows they are not a scan
    qtbot.waitUntil(lambda: dialog.pad.pin() == pin, timeout=WAIT_MS)
    dialog.sign_in_button.click()


def failed_attempts(store: Store, staff: Staff) -> int:
    with store.db.engine.connect() as connection:
        query = text("SELECT failed_attempts FROM staff WHERE id = :id")
        return int(connection.execute(query, {"id": staff.id}).scalar_one())


def sale_staff(store: Store) -> list[str]:
    with store.db.engine.connect() as connection:
        return [str(row[0]) for row in connection.execute(text("SELECT staff_id FROM sales"))]


def show_card(qtbot: Any, window: CheckoutWindow, card: str) -> None:
    window.take_card(card)
    qtbot.waitUntil(
        lambda: window.session.view is not None and window.session.view.card.number == card,
        timeout=WAIT_MS,
    )


def test_the_next_cashier_signs_in_and_the_next_sale_is_theirs(
    qtbot: Any, store: Store, second_cashier: Staff, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    window.actions_by_key["F1"].trigger()
    assert window.shift.locked and window.shift.dialog is not None
    sign_in(qtbot, window, SECOND_CASHIER, "0000")
    dialog = window.shift.dialog
    qtbot.waitUntil(lambda: "Wrong PIN" in dialog.message.text(), timeout=WAIT_MS)
    assert window.shift.locked
    assert failed_attempts(store, second_cashier) == 1  # counted like any sign-in
    sign_in(qtbot, window, SECOND_CASHIER, SECOND_PIN)
    qtbot.waitUntil(lambda: not window.shift.locked, timeout=WAIT_MS)
    assert window.session.actor.staff_id == second_cashier.id
    assert window.staff.id == second_cashier.id
    assert SECOND_CASHIER in window.windowTitle()
    assert failed_attempts(store, second_cashier) == 0
    show_card(qtbot, window, store.cards["anna"])
    type_amount(qtbot, window, "500.00")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(sale_staff(store)), timeout=WAIT_MS)
    assert sale_staff(store) == [second_cashier.id]


def test_the_lock_hides_the_member_and_blanks_the_customer_display(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    show_card(qtbot, window, store.cards["anna"])
    qtbot.waitUntil(lambda: window.session.devices.display_lines != ("", ""), timeout=WAIT_MS)
    window.actions_by_key["F1"].trigger()
    assert window.session.view is None
    assert window.member_panel.card_number == ""
    assert not window.centralWidget().isVisible()
    qtbot.waitUntil(lambda: window.session.devices.display_lines == ("", ""), timeout=WAIT_MS)
    # keys typed while locked never reach the counter's fields, and its keys do nothing
    qtbot.keyClicks(window.quote_panel.amount_edit, "500")
    qtbot.keyClicks(window.search.edit, "912")
    assert window.quote_panel.amount_edit.text() == ""
    assert window.search.edit.text() == ""
    assert not window.actions_by_key["F11"].isEnabled()
    focus = QApplication.focusWidget()
    assert focus is None or not window.centralWidget().isAncestorOf(focus)
    # a scan while locked shows nobody
    window._on_bridge_scanned(_scan(store.cards["anna"]))
    qtbot.wait(200)
    assert window.session.view is None


def _scan(code: str) -> Any:
    from devices import validate_text

    return validate_text(code)


def test_escape_does_not_dismiss_the_lock(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    window.actions_by_key["F1"].trigger()
    dialog = window.shift.dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and window.shift.locked


@pytest.mark.parametrize("wanted", [True, False])
def test_signing_out_offers_the_z_report_of_this_terminal(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow], wanted: bool
) -> None:
    prompts = ZPrompts(store)
    prompts.confirm_answer = wanted
    window = open_window(prompts=prompts)
    window.actions_by_key["Shift+F1"].trigger()
    assert prompts.z_reports == (["T-TEST"] if wanted else [])
    assert window.shift.locked  # signed out either way


def test_an_unknown_card_registers_the_customer_with_the_welcome_bonus(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    window.take_card(NEW_CARD)
    form = _form(qtbot, window)
    assert form.card_edit.text() == NEW_CARD
    welcome = welcome_bonus(store.uow())
    qtbot.waitUntil(lambda: str(welcome) in form.bonus_label.text(), timeout=WAIT_MS)
    _fill(qtbot, form, "Дарья Новикова", "+7 912 000-00-09", consent=True)
    qtbot.waitUntil(
        lambda: (
            window.session.view is not None
            and window.session.view.card.number == NEW_CARD
            and window.session.view.member is not None
        ),
        timeout=WAIT_MS,
    )
    view = window.session.view
    assert view is not None and view.member is not None and view.standing is not None
    assert view.member.name == "Дарья Новикова"
    assert view.standing.balance == welcome > 0
    assert not form.isVisible()
    assert "Registered" in window.message.text()
    assert lookup_card(store.uow(), NEW_CARD, clock).member is not None


@pytest.mark.parametrize(
    ("phone", "consent", "refused"),
    [
        ("+7 912 000-00-01", True, "already belongs to a member"),
        ("+7 912 000-00-09", False, "has not consented"),
    ],
)
def test_a_refused_registration_says_why_and_writes_nothing(
    qtbot: Any,
    store: Store,
    open_window: Callable[..., CheckoutWindow],
    phone: str,
    consent: bool,
    refused: str,
) -> None:
    window = open_window()
    members = count(store, "members")
    window.take_card(NEW_CARD)
    form = _form(qtbot, window)
    _fill(qtbot, form, "Дарья Новикова", phone, consent=consent)
    qtbot.waitUntil(lambda: refused in form.refusal.text(), timeout=WAIT_MS)
    assert form.isVisible()  # another try, or Cancel
    assert count(store, "members") == members
    assert count(store, f"cards WHERE number = '{NEW_CARD}'") == 0


def test_an_over_long_name_is_refused_in_russian(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow], qapp: Any
) -> None:
    from ui.i18n import install_translator

    install_translator(qapp, "ru")
    try:
        window = open_window(language="ru")
        members = count(store, "members")
        window.actions_by_key["Ctrl+N"].trigger()
        form = _form(qtbot, window)
        _fill(qtbot, form, "Я" * 201, "+7 912 000-00-09", consent=True)
        qtbot.waitUntil(lambda: "201" in form.refusal.text(), timeout=WAIT_MS)
        assert "сократите" in form.refusal.text().lower()
        assert count(store, "members") == members
    finally:
        install_translator(qapp, "en")


def _form(qtbot: Any, window: CheckoutWindow) -> RegisterDialog:
    qtbot.waitUntil(
        lambda: window.registering.dialog is not None and window.registering.dialog.isVisible(),
        timeout=WAIT_MS,
    )
    form = window.registering.dialog
    assert form is not None
    return form


def _fill(qtbot: Any, form: RegisterDialog, name: str, phone: str, *, consent: bool) -> None:
    form.name_edit.setText(name)
    qtbot.keyClicks(form.phone_edit, phone)
    qtbot.waitUntil(lambda: form.phone_edit.text() == phone, timeout=WAIT_MS)  # wedge filter
    form.consent_box.setChecked(consent)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
