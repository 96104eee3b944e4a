"""The counter's quote and the customer display show the same new balance, promotion bonus
included, before and after the sale, and the member panel's discount counts the promotion."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from tests.ui.conftest import WAIT_MS, Store, count, type_amount
from tests.ui.test_counter_truth import scan, shown, simulated
from ui.checkout.window import CheckoutWindow

NOVEMBER = {"starts_on": "2026-11-01", "ends_on": "2026-11-30"}


@pytest.fixture
def promoted(store: Store) -> Store:
    """The bonus programme (5 % earned) with +100 points over 3000.00 and 2 % off."""
    data = template("bonus")
    data["promotions"] = [
        {**NOVEMBER, "code": "BIG", "name": "Big check", "effect": "fixed_bonus",
         "bonus_points": 100, "min_check": "3000.00"},
        {**NOVEMBER, "code": "NOV", "name": "November", "effect": "extra_discount",
         "extra_discount_percent": "2"},
    ]  # fmt: skip
    save_programme(data, uow=store.uow())
    return store


def earned_label(window: CheckoutWindow) -> QLabel:
    label = window.quote_panel.findChild(QLabel, "quote_earned")
    assert isinstance(label, QLabel)
    return label


def test_the_quote_and_the_customer_display_show_one_new_balance(
    qtbot: Any, promoted: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    simulated(promoted)
    window = open_window()
    anna = promoted.cards["anna"]
    scan(qtbot, window, anna)
    assert window.member_panel.discount_label.text() == "Discount: 2 %"
    type_amount(qtbot, window, "3000")
    qtbot.waitUntil(lambda: window.session.quote is not None, timeout=WAIT_MS)
    # balance 100 (welcome); 2 % of 3000.00 = 60.00 off; earned floor(5 % of 2940.00) = 147;
    # bonus 100: +247, new balance 347
    assert earned_label(window).text() == "+247  new balance 347"
    assert shown(qtbot, window) == ("Анна    Скидка 60,00", "+247 б.   Баланс 347")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count(promoted, "sales") == 1, timeout=WAIT_MS)
    assert shown(qtbot, window) == ("Анна    Скидка 60,00", "+247 б.   Баланс 347")
    assert "Points +247, −0; balance now 347." in window.quote_panel.reasons_label.text()
