"""The counter shows what the serial scanner reports: after a replug, "scan again" (ru too)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from devices import validate_text
from tests.ui.conftest import WAIT_MS, Store
from ui.checkout.status_bar import DeviceStatusBar
from ui.checkout.window import CheckoutWindow
from ui.core_messages import core_message
from ui.i18n import install_translator


def _report(window: CheckoutWindow, state: str, message: str) -> None:
    thread = threading.Thread(target=window.bridge.on_status, args=(state, message))
    thread.start()
    thread.join()


def test_a_reconnected_scanner_asks_the_cashier_to_scan_again(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(store.cashier)
    label = window.status.scanner_label
    _report(window, "disconnected", "Scanner on /dev/ttyACM0 was disconnected")
    qtbot.waitUntil(lambda: "not connected" in label.text(), timeout=WAIT_MS)
    _report(window, "reconnected", "Scanner reconnected on /dev/ttyACM0: scan again")
    qtbot.waitUntil(lambda: "reconnected" in label.text(), timeout=WAIT_MS)
    assert label.text() == "Scanner: reconnected. Scan the card again."
    assert label.toolTip() == "Scanner reconnected on /dev/ttyACM0: scan again"


def test_the_scan_again_notice_gives_way_to_ready(qtbot: Any) -> None:
    bar = DeviceStatusBar()
    qtbot.addWidget(bar)
    bar._reconnected_timer.setInterval(10)
    bar.show_scanner("reconnected", "Scanner reconnected on COM3: scan again")
    qtbot.waitUntil(lambda: bar.scanner_label.text() == "Scanner: ready", timeout=WAIT_MS)
    assert bar.scanner_state == "connected"


def test_the_scanner_notices_and_refusals_speak_russian(qtbot: Any, qapp: Any) -> None:
    assert install_translator(qapp, "ru") == "ru"
    try:
        bar = DeviceStatusBar()
        qtbot.addWidget(bar)
        bar.show_scanner("reconnected", "Scanner reconnected on COM3: scan again")
        assert bar.scanner_label.text() == "Сканер: переподключён. Отсканируйте карту ещё раз."
        code128 = validate_text("]C00421234567891").error
        assert code128 is not None
        assert core_message(code128, "ru") == (
            "«]C00421234567891» — штрихкод Code 128, а не карта лояльности: "
            "отсканируйте штрихкод EAN-13 на карте."
        )
    finally:
        install_translator(qapp, "en")
