"""The status bar shows the central server link as the sync worker reports it, from its thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sync.worker import SyncStatus
from tests.ui.conftest import WAIT_MS, Store
from ui.checkout.window import CheckoutWindow


def _report(window: CheckoutWindow, status: SyncStatus) -> None:
    thread = threading.Thread(target=window.bridge.on_sync_status, args=(status,))
    thread.start()
    thread.join()


def test_the_sync_state_reaches_the_status_bar_from_the_worker_thread(
    qtbot: Any, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(store.cashier)
    label = window.status.sync_label
    assert "not configured" in label.text()
    _report(window, SyncStatus("offline", 12, None, last_error="connection refused"))
    qtbot.waitUntil(lambda: "unreachable" in label.text(), timeout=WAIT_MS)
    assert "12 waiting" in label.text() and label.toolTip() == "connection refused"
    _report(window, SyncStatus("idle", 0, datetime(2026, 3, 2, 9, 30, tzinfo=UTC)))
    qtbot.waitUntil(lambda: "up to date" in label.text(), timeout=WAIT_MS)
    assert label.toolTip() == ""
