"""Switching the app to Russian shows the counter in Russian, money the Russian way."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.device_doubles import FakeSerialDevice
from tests.ui.conftest import WAIT_MS, Store, scan, type_amount, use_serial_scanner
from ui.checkout.window import CheckoutWindow
from ui.i18n import install_translator


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[str]:
    yield install_translator(qapp, "ru")
    install_translator(qapp, "en")


def test_in_russian_the_counter_speaks_russian(
    qtbot: Any,
    russian: str,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    assert russian == "ru"
    use_serial_scanner(store, serial_device)
    window = open_window(language="ru")
    assert window.member_panel.name_label.text() == "Отсканируйте карту"
    scan(qtbot, window, serial_device, store.cards["anna"])
    assert window.message.text().startswith("Карта считана: Анна Смирнова.")
    type_amount(qtbot, window, "1000")
    qtbot.waitUntil(lambda: window.session.quote is not None, timeout=WAIT_MS)
    assert window.quote_panel._figures["total"].text() == "1\u00a0000,00\u00a0₽"
    assert "начислено" in window.quote_panel.reasons_label.text()


def test_in_english_the_same_window_speaks_english(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language="en")
    assert window.member_panel.name_label.text() == "Scan a card"
