"""The consent to receive offers in both registration forms: a box of its own, unticked until
the customer agrees, recorded with the registration's time only when ticked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from pos_loyalty.domain.cards import card_number_for
from tests.ui.conftest import NOW, WAIT_MS, Store
from tests.ui.members_helpers import open_member, open_panel, wait_idle
from ui.backoffice.context import BackOffice
from ui.backoffice.members import MembersPanel
from ui.backoffice.members.member_form import MemberForm
from ui.checkout.register_dialog import RegisterDialog
from ui.checkout.window import CheckoutWindow

NEW_CARD = card_number_for(987_654_321)


def _stored(store: Store, card: str) -> dict[str, Any]:
    with store.db.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT m.consent_at, m.marketing_consent_at FROM members m"
            " JOIN cards c ON c.member_id = m.id WHERE c.number = ?",
            (card,),
        ).one()
    return dict(row._mapping)


def _counter_form(qtbot: Any, window: CheckoutWindow) -> RegisterDialog:
    window.actions_by_key["Ctrl+N"].trigger()
    qtbot.waitUntil(
        lambda: window.registering.dialog is not None and window.registering.dialog.isVisible(),
        timeout=WAIT_MS,
    )
    form = window.registering.dialog
    assert form is not None
    return form


@pytest.mark.parametrize("offers", [False, True])
def test_the_counter_records_the_consent_to_offers_only_when_ticked(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow], offers: bool
) -> None:
    window = open_window()
    form = _counter_form(qtbot, window)
    assert not form.offers_box.isChecked()  # never assumed
    assert form.offers_box.text() == "The customer agrees to receive offers"
    form.name_edit.setText("Дарья Новикова")
    qtbot.keyClicks(form.phone_edit, "+7 912 000-00-09")
    qtbot.waitUntil(lambda: form.phone_edit.text() == "+7 912 000-00-09", timeout=WAIT_MS)
    form.card_edit.setText(NEW_CARD)
    form.consent_box.setChecked(True)
    form.offers_box.setChecked(offers)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    stored = _stored(store, NEW_CARD)
    assert stored["consent_at"] is not None
    assert _instant(stored["marketing_consent_at"]) == (NOW if offers else None)


def test_the_offers_box_alone_does_not_register_anyone(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    form = _counter_form(qtbot, window)
    form.name_edit.setText("Дарья Новикова")
    qtbot.keyClicks(form.phone_edit, "+7 912 000-00-09")
    qtbot.waitUntil(lambda: form.phone_edit.text() == "+7 912 000-00-09", timeout=WAIT_MS)
    form.offers_box.setChecked(True)  # offers, but no consent to keep the data at all
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "has not consented" in form.refusal.text(), timeout=WAIT_MS)
    assert form.isVisible()


@pytest.fixture
def panel(qtbot: Any, store: Store, backoffice: BackOffice) -> MembersPanel:
    return open_panel(qtbot, backoffice)


def test_the_back_office_form_registers_with_the_consent_to_offers(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    panel.list_page.new_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.member_actions.dialog, MemberForm), timeout=WAIT_MS)
    form = panel.member_actions.dialog
    qtbot.waitUntil(form.isVisible, timeout=WAIT_MS)
    assert not form.offers_box.isChecked()
    form.name_edit.setText("Егор Белов")
    form.phone_edit.setText("+7 912 555-00-01")
    form.consent_box.setChecked(True)
    form.offers_box.setChecked(True)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.page_view, timeout=WAIT_MS)
    page = panel.page_view.page
    assert page is not None
    (card,) = page.cards
    assert _instant(_stored(store, card.number)["marketing_consent_at"]) == NOW


def test_the_back_office_form_gives_and_withdraws_the_consent_to_offers(
    qtbot: Any, store: Store, panel: MembersPanel
) -> None:
    card = store.cards["anna"]
    for given in (True, False):
        open_member(qtbot, panel, card)
        panel.page_view.edit_button.click()
        qtbot.waitUntil(
            lambda: isinstance(panel.member_actions.dialog, MemberForm), timeout=WAIT_MS
        )
        form = panel.member_actions.dialog
        qtbot.waitUntil(form.isVisible, timeout=WAIT_MS)
        assert form.offers_box.isVisible()
        assert form.offers_box.isChecked() is (not given)  # as stored: none, then given
        form.offers_box.setChecked(given)
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        wait_idle(qtbot, panel)
        qtbot.waitUntil(lambda form=form: not form.isVisible(), timeout=WAIT_MS)
        assert _instant(_stored(store, card)["marketing_consent_at"]) == (NOW if given else None)
    with store.db.engine.connect() as connection:
        actions = connection.exec_driver_sql(
            "SELECT action FROM audit_log WHERE action LIKE 'marketing_consent_%' ORDER BY seq"
        ).scalars()
        assert list(actions) == ["marketing_consent_given", "marketing_consent_withdrawn"]


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)
