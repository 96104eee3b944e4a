"""Challenges at the counter, over a real store file: the member panel's progress and the slip.

The bonus programme (5 % earned, 100 welcome points) with "Three visits": 3 purchases of at
least 300.00 in periods of 7 days from Monday 02.11.2026 (the counter's day) to 30.11.2026,
200 points; and "Dairy": 3 000.00 of the category `dairy` from 01.11 to 06.11.2026 (5 days
left on 02.11), 150 points. Anna (100 points) bought twice for 400.00 earlier that day
(+20 each: 140); her third purchase of 400.00 at the counter completes "Three visits":
20 + 200 points, 360.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from devices import escpos_text
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from tests.device_doubles import PrinterServer
from tests.ui.conftest import WAIT_MS, Store, clock, type_amount, use_printer
from ui.checkout.window import CheckoutWindow
from ui.i18n import install_translator

CHALLENGES = [
    {
        "code": "three-visits",
        "name": "Three visits",
        "kind": "purchases",
        "starts_on": "2026-11-02",
        "ends_on": "2026-11-30",
        "purchases": 3,
        "min_check": "300.00",
        "period_days": 7,
        "bonus_points": 200,
    },
    {
        "code": "dairy",
        "name": "Dairy",
        "kind": "category_spend",
        "starts_on": "2026-11-01",
        "ends_on": "2026-11-06",
        "category": "dairy",
        "spend": "3000.00",
        "bonus_points": 150,
    },
]
NBSP = "\u00a0"


@pytest.fixture
def challenging(store: Store) -> Store:
    """The store's bonus programme with the two challenges; Anna has bought twice today."""
    save_programme({**template("bonus"), "challenges": CHALLENGES}, uow=store.uow())
    for _ in range(2):
        commit_checkout(
            Checkout(store.cards["anna"], (CheckLine(40000),)),
            uow=store.uow(),
            clock=clock,
            actor=Actor("T-SETUP", store.cashier.id),
        )
    return store


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "ru")
    yield
    install_translator(qapp, "en")


def _show(qtbot: Any, window: CheckoutWindow, card: str) -> None:
    window.take_card(card)
    qtbot.waitUntil(
        lambda: window.member_panel.challenges_label.isVisibleTo(window.member_panel),
        timeout=WAIT_MS,
    )


def _one_line(slip: str) -> str:
    """The slip's text with its lines joined, as a long line wrapped on paper reads."""
    return " ".join(slip.split())


def test_the_panel_shows_the_progress_and_the_completing_sale_prints_it(
    qtbot: Any,
    challenging: Store,
    printer_server: PrinterServer,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_printer(challenging, printer_server.port)
    window = open_window()
    panel = window.member_panel
    _show(qtbot, window, challenging.cards["anna"])
    assert panel.challenges_label.text() == (
        "Challenges:\n"
        "• Three visits: 2 of 3 purchases, 7 days left\n"
        "• Dairy: 0.00 of 3,000.00 in dairy, 5 days left"
    )
    type_amount(qtbot, window, "400.00")
    qtbot.waitUntil(lambda: window.session.quote is not None, timeout=WAIT_MS)
    assert window.session.quote.bonus_points == 200
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not printer_server.jobs.empty(), timeout=WAIT_MS)
    slip = _one_line(escpos_text(printer_server.next_job()))  # the store prints in Russian
    assert "Three visits: выполнено, +200 баллов" in slip
    # the printer's code page has no « », so it prints plain quotes
    assert 'Dairy: 0,00 из 3 000,00 в категории "dairy", осталось 5 дней' in slip
    assert "360" in slip
    qtbot.waitUntil(lambda: "completed" in panel.challenges_label.text(), timeout=WAIT_MS)
    assert panel.challenges_label.text() == (
        "Challenges:\n"
        "• Three visits: completed, +200 points\n"
        "• Dairy: 0.00 of 3,000.00 in dairy, 5 days left"
    )
    assert "360" in panel.balance_label.text()


def test_the_panel_speaks_russian_in_plural_forms(
    qtbot: Any, challenging: Store, russian: None, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language="ru")
    _show(qtbot, window, challenging.cards["anna"])
    assert window.member_panel.challenges_label.text() == (
        "Задания:\n"
        "• Three visits: 2 из 3 покупок, осталось 7 дней\n"
        f"• Dairy: 0,00 из 3{NBSP}000,00 в категории «dairy», осталось 5 дней"
    )


def test_a_card_without_running_challenges_shows_none(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window()
    window.take_card(store.cards["boris"])
    qtbot.waitUntil(lambda: window.session.view is not None, timeout=WAIT_MS)
    window.session.worker.wait_for_done()
    QApplication.processEvents()
    assert not window.member_panel.challenges_label.isVisibleTo(window.member_panel)
    assert window.member_panel.challenges_label.text() == ""
