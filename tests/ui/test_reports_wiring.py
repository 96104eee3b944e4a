"""The counter opens the reports window on the app's clock, in the store's language, over the
store's own data (the window builds no adapter of its own)."""

from __future__ import annotations

from typing import Any

from pos_loyalty.services.slips import StoreHeader
from tests.ui.conftest import NOW, WAIT_MS, Store, clock
from ui.checkout.prompts import Prompts
from ui.i18n import current_language
from ui.station import save_store


def test_the_reports_open_on_the_counters_clock_in_the_stores_language(
    qtbot: Any, store: Store
) -> None:
    assert current_language() == "en"  # the window speaks English; the store is Russian
    window = Prompts(store.uow, store.hasher, clock).reports_window(None, terminals=("T-TEST",))
    qtbot.addWidget(window)
    assert window.controls.language() == "ru"
    assert window.controls.first() == window.controls.last() == NOW.date()  # 2 November 2026
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    assert window.controls.store_box.count() >= 1  # the stores, read from the store's file


def test_an_english_store_gets_its_reports_in_english(qtbot: Any, store: Store) -> None:
    save_store(store.uow(), StoreHeader(name="Daisy", language="en"))
    window = Prompts(store.uow, store.hasher, clock).reports_window(None)
    qtbot.addWidget(window)
    assert window.controls.language() == "en"
    window.worker.wait_for_done(WAIT_MS)
