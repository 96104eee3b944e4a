"""The counter opens the reports window on the app's clock, in the store's language, over the
store's own data (the window builds no adapter of its own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from pos_loyalty.services.slips import StoreHeader
from tests.ui.conftest import NOW, WAIT_MS, Store, clock
from ui.checkout.prompts import Prompts
from ui.i18n import current_language, install_translator
from ui.station import save_store


def test_the_reports_open_on_the_counters_clock_in_the_stores_language(
    qtbot: Any, store: Store
) -> None:
    assert current_language() == "en"  # the window speaks English; the store is Russian
    uow = store.uow()
    with uow:
        uow.settings.put("store_terminals", {"Ромашка": ["T-TEST"], "Южный": ["T-2"]})
        uow.commit()
    window = Prompts(store.uow, store.hasher, clock).reports_window(None, terminals=("T-TEST",))
    qtbot.addWidget(window)
    assert window.controls.language() == "ru"
    assert window.controls.first() == window.controls.last() == NOW.date()  # 2 November 2026
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    box = window.controls.store_box
    # "All terminals" is there from the start; the stores are read from the store's file
    assert [box.itemText(i) for i in range(box.count())] == ["All terminals", "Ромашка", "Южный"]


def test_an_english_store_gets_its_reports_in_english(qtbot: Any, store: Store) -> None:
    save_store(store.uow(), StoreHeader(name="Daisy", language="en"))
    window = Prompts(store.uow, store.hasher, clock).reports_window(None)
    qtbot.addWidget(window)
    assert window.controls.language() == "en"
    window.worker.wait_for_done(WAIT_MS)


def test_the_open_reports_window_follows_a_language_switch_and_keeps_the_reports(
    qtbot: Any, qapp: QApplication, store: Store
) -> None:
    window = Prompts(store.uow, store.hasher, clock).reports_window(None)
    qtbot.addWidget(window)
    window.worker.wait_for_done(WAIT_MS)
    assert (window.windowTitle(), window.pdf_button.text()) == ("Reports", "Save as PDF…")
    titles = [window.controls.report_box.itemText(i) for i in range(3)]
    try:
        install_translator(qapp, "ru")
        qtbot.waitUntil(lambda: window.pdf_button.text() == "Сохранить PDF…", timeout=WAIT_MS)
        assert window.windowTitle() == "Отчёты"
        assert window.controls.language() == "ru"  # the report's own language is still chosen
        assert [window.controls.report_box.itemText(i) for i in range(3)] == titles
    finally:
        install_translator(qapp, "en")
    qtbot.waitUntil(lambda: window.pdf_button.text() == "Save as PDF…", timeout=WAIT_MS)
