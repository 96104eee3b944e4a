"""Selling and renewing a paid club membership in the windows, over a real store file.

The club in these tests: a fee of 1 200.00 for 30 days. The counter's clock says 02.11.2026, so
a sale runs through 02.11.2026 + 30 − 1 = 01.12.2026, and renewing that same day extends from
the current end: 01.12.2026 + 30 = 31.12.2026.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from devices import escpos_text
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from tests.device_doubles import PrinterServer
from tests.ui.conftest import WAIT_MS, Store, use_printer
from tests.ui.members_helpers import open_member, open_panel, wait_idle
from ui.backoffice.audit.texts import action_text
from ui.backoffice.context import BackOffice
from ui.checkout.membership_dialog import MembershipDialog
from ui.checkout.window import CheckoutWindow
from ui.core_messages import core_message
from ui.i18n import install_translator

FEE = 120_000  # 1 200.00
SOLD_UNTIL = date(2026, 12, 1)  # 02.11.2026 + 30 - 1
RENEWED_UNTIL = date(2026, 12, 31)  # 01.12.2026 + 30


@pytest.fixture
def club(store: Store) -> Store:
    """The store's bonus programme, now also selling the club membership."""
    data = {**template("bonus"), "membership": {"fee": "1200.00", "period_days": 30}}
    save_programme(data, uow=store.uow())
    return store


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "ru")
    yield
    install_translator(qapp, "en")


def membership_sales(store: Store) -> list[tuple[Any, ...]]:
    query = text(
        "SELECT kind, paid, earned_points, membership_before, membership_until, staff_id "
        "FROM sales WHERE kind = 'membership' ORDER BY created_at, membership_until"
    )
    with store.db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query)]


def member_until(store: Store, card: str) -> str | None:
    query = text(
        "SELECT m.membership_until FROM members m JOIN cards c ON c.member_id = m.id "
        "WHERE c.number = :card"
    )
    with store.db.engine.connect() as connection:
        value = connection.execute(query, {"card": card}).scalar_one()
    return None if value is None else str(value)


def audit_actions(store: Store) -> list[str]:
    query = text("SELECT action FROM audit_log WHERE action LIKE 'membership%' ORDER BY seq")
    with store.db.engine.connect() as connection:
        return [str(row[0]) for row in connection.execute(query)]


def show_card(qtbot: Any, window: CheckoutWindow, card: str) -> None:
    window.take_card(card)
    qtbot.waitUntil(
        lambda: window.session.view is not None and window.session.view.card.number == card,
        timeout=WAIT_MS,
    )


def press_ctrl_m(qtbot: Any, window: CheckoutWindow) -> None:
    """Ctrl+M where the cursor is, as the cashier presses it."""
    window.activateWindow()  # the offscreen platform leaves no window active after a dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
    )


def press_membership_key(qtbot: Any, window: CheckoutWindow) -> MembershipDialog:
    """Ctrl+M, and the dialog the core's offer fills."""
    before = window.membership.dialog
    press_ctrl_m(qtbot, window)

    def opened() -> bool:
        dialog = window.membership.dialog
        return dialog is not None and dialog is not before and dialog.isVisible()

    qtbot.waitUntil(opened, timeout=WAIT_MS)
    dialog = window.membership.dialog
    assert dialog is not None
    return dialog


def test_selling_then_renewing_early_at_the_counter(
    qtbot: Any,
    club: Store,
    printer_server: PrinterServer,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_printer(club, printer_server.port)
    window = open_window()
    card = club.cards["anna"]
    show_card(qtbot, window, card)

    dialog = press_membership_key(qtbot, window)
    assert dialog.now_label.text() == "not a club member"
    assert dialog.fee_label.text() == "1,200.00"
    assert dialog.period_label.text() == "30 days"
    assert dialog.until_label.text() == "2026-12-01"
    assert dialog.confirm_button.text() == "Sell for 1,200.00"
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: "Club membership sold" in window.message.text(), timeout=WAIT_MS)
    assert window.message.text() == (
        "Club membership sold: fee 1,200.00; club member until 2026-12-01."
    )
    qtbot.waitUntil(
        lambda: window.member_panel.membership_label.text() == "Club membership until 2026-12-01",
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: not printer_server.jobs.empty(), timeout=WAIT_MS)
    assert "01.12.2026" in escpos_text(printer_server.next_job())  # the store prints in Russian

    dialog = press_membership_key(qtbot, window)
    assert dialog.now_label.text() == "club member until 2026-12-01"
    assert dialog.until_label.text() == "2026-12-31"
    assert dialog.confirm_button.text() == "Renew for 1,200.00"
    dialog.confirm_button.click()
    qtbot.waitUntil(
        lambda: window.member_panel.membership_label.text() == "Club membership until 2026-12-31",
        timeout=WAIT_MS,
    )
    assert "Club membership renewed" in window.message.text()
    cashier = club.cashier.id
    assert membership_sales(club) == [
        ("membership", FEE, 0, None, str(SOLD_UNTIL), cashier),
        ("membership", FEE, 0, str(SOLD_UNTIL), str(RENEWED_UNTIL), cashier),
    ]
    assert member_until(club, card) == str(RENEWED_UNTIL)
    assert audit_actions(club) == ["membership_sell", "membership_renew"]


def test_the_dialog_speaks_russian_with_local_dates_and_money(
    qtbot: Any, club: Store, russian: None, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language="ru")
    show_card(qtbot, window, club.cards["boris"])
    dialog = press_membership_key(qtbot, window)
    assert dialog.windowTitle() == "Клубное членство: Борис Орлов"
    assert dialog.until_label.text() == "01.12.2026"
    assert dialog.confirm_button.text() == "Продать за 1\u00a0200,00\u00a0₽"
    dialog.reject()


def test_a_programme_without_a_club_is_refused_in_russian_and_nothing_is_sold(
    qtbot: Any, store: Store, russian: None, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language="ru")
    show_card(qtbot, window, store.cards["anna"])
    press_ctrl_m(qtbot, window)
    qtbot.waitUntil(lambda: window.message.property("kind") == "error", timeout=WAIT_MS)
    assert window.message.text() == (
        "Программа не продаёт клубное членство: менеджер сначала задаёт стоимость и срок в "
        "бэк-офисе (Программа, Клубное членство)."
    )
    assert window.membership.dialog is None
    assert membership_sales(store) == []


def test_the_key_asks_for_a_card_first(
    qtbot: Any, club: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    window.actions_by_key["Ctrl+M"].trigger()
    assert window.message.text() == "Scan the member's card first."
    assert window.membership.dialog is None


def test_selling_while_one_runs_reads_in_russian_with_the_local_date(russian: None) -> None:
    refusal = NotAllowed("renew", code="membership_active", until="2026-12-01")
    assert core_message(refusal, "ru") == (
        "Участник в клубе до 01.12.2026: продлите членство, а не продавайте новое."
    )


def test_the_audit_log_names_the_membership_actions_in_russian(russian: None) -> None:
    assert action_text("membership_sell") == "Продано клубное членство"
    assert action_text("membership_renew") == "Продлено клубное членство"


def test_the_back_office_sells_from_the_member_page_and_reads_it_again(
    qtbot: Any, club: Store, backoffice: BackOffice
) -> None:
    panel = open_panel(qtbot, backoffice)
    card = club.cards["boris"]
    open_member(qtbot, panel, card)
    assert "Club membership" not in panel.page_view.standing.text()
    panel.page_view.membership_button.click()
    qtbot.waitUntil(
        lambda: panel.membership.dialog is not None and panel.membership.dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = panel.membership.dialog
    assert dialog is not None
    assert (dialog.fee_label.text(), dialog.until_label.text()) == ("1,200.00", "2026-12-01")
    dialog.confirm_button.click()
    qtbot.waitUntil(
        lambda: "Club membership until 2026-12-01" in panel.page_view.standing.text(),
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, panel)
    assert not dialog.isVisible()
    assert panel.message.text().startswith(
        "Club membership sold: fee 1,200.00; club member until 2026-12-01."
    )
    assert membership_sales(club) == [
        ("membership", FEE, 0, None, str(SOLD_UNTIL), club.manager.id)
    ]
    assert audit_actions(club) == ["membership_sell"]
