"""A Russian store sees no English source text: the back office's words, the reports window,
every tab walked widget by widget, the counter window, the frame painted before the store
opens, the test print under the store's own header, the language switched in Settings without
a restart, and a translation with nothing left unfinished."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from db.reports import SqlAlchemyReportSource
from devices import escpos_text
from pos_loyalty.domain.slip import format_slip_date
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.slips import StoreHeader
from tests.device_doubles import PrinterServer
from tests.ui.conftest import NOW, WAIT_MS, Store, clock, use_printer
from ui.backoffice.audit.texts import details_text
from ui.backoffice.context import BackOffice
from ui.backoffice.window import BackOfficeWindow
from ui.backoffice.words import card_state, ledger_kind, ledger_reason
from ui.checkout.window import CheckoutWindow
from ui.cli.context import App
from ui.counter_shell import CounterShell
from ui.dialogs.settings import SettingsDialog
from ui.i18n import install_translator, language_in_file
from ui.launch import early_language
from ui.reports.window import ReportsWindow
from ui.station import save_store
from ui.translations import sources, translation_file

NBSP = "\u00a0"
_MESSAGE = re.compile(r"<source>(.*?)</source>.*?<translation>(.*?)</translation>", re.S)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translator(qapp, "ru") == "ru"
    yield qapp
    install_translator(qapp, "en")


def _english_sources() -> set[str]:
    """Source texts whose Russian differs: seeing one in a Russian window is a miss."""
    text = translation_file("ru", ".ts").read_text(encoding="utf-8")
    found = set()
    for source, translation in _MESSAGE.findall(text):
        source, translation = html.unescape(source), html.unescape(translation)
        if source != translation and re.search(r"[A-Za-z]{3}", source):
            found.add(source)
    return found


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget, text) of every text a person reads in `root`: labels, buttons, tabs, items."""
    seen: list[tuple[str, str]] = [("title", root.windowTitle())]
    for widget in root.findChildren(QWidget):
        name = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            seen.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            seen.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            seen.append((name, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            seen += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            seen += [(name, widget.tabText(i)) for i in range(widget.count())]
    return [(name, text.replace("&", "")) for name, text in seen if text]


def _still_english(root: QWidget, data: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Texts of `root` that are English sources; `data` (names a store chose) is not text."""
    english = {source.replace("&", "") for source in _english_sources()} - data
    return [(name, text) for name, text in _texts(root) if text in english]


def _tier_names(store: Store) -> frozenset[str]:
    """The store's own tier names: programme data, shown as the store typed them."""
    uow = store.uow()
    with uow.read_only():
        programme = uow.programmes.current()
    return frozenset(tier.name for tier in programme.tiers) if programme else frozenset()


def test_the_back_office_words_are_russian(russian: QApplication) -> None:
    assert ledger_kind("earn") == "Начисление"
    assert ledger_reason("refund: points redeemed given back") == (
        "возврат: потраченные баллы возвращены"
    )
    assert ledger_reason("review: left a kind word") == "отзыв о магазине: left a kind word"
    assert card_state("blocked") == "заблокирована"
    details = {"sale_id": "1a2b3c4d-5e6f", "amount": 123450, "reason": "goods returned"}
    assert details_text(details) == (
        f"Продажа 1a2b3c4d…, сумма: 1{NBSP}234,50{NBSP}₽, причина: goods returned"
    )


def test_the_reports_window_speaks_the_stores_language(
    qtbot: Any, russian: QApplication, store: Store
) -> None:
    window = ReportsWindow(
        SqlAlchemyReportSource(store.db.uow),
        clock=lambda: datetime(2026, 4, 1, 12).astimezone(),
        language="ru",
    )
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Отчёты"
    assert window.controls.show_button.text() == "Показать"
    assert window.controls.language() == "ru"
    assert window.controls.report_box.currentText() != ""
    assert _still_english(window) == []
    window.worker.wait_for_done(10_000)


def test_every_back_office_tab_shows_no_english_source_text(
    qtbot: Any, russian: QApplication, backoffice: BackOffice, store: Store
) -> None:
    window = BackOfficeWindow(backoffice)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    backoffice.worker.wait_for_done(WAIT_MS)
    assert _still_english(window, _tier_names(store)) == []


@pytest.mark.parametrize("language", ["ru", "en"])
def test_updating_the_translation_leaves_nothing_unfinished(tmp_path: Path, language: str) -> None:
    """Every text of the window and the core is translated (English: every plural form)."""
    copy = tmp_path / f"pos_loyalty_{language}.ts"
    shutil.copy(translation_file(language, ".ts"), copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    command = [str(lupdate), *map(str, sources()), "-no-obsolete", "-ts", str(copy)]
    if language == "en":
        command.append("-pluralonly")
    subprocess.run(command, check=True, capture_output=True)
    unfinished = copy.read_text(encoding="utf-8").count('type="unfinished"')
    assert unfinished == 0, "run python -m ui.translations update and translate what is new"


def _headers(root: QWidget) -> list[tuple[str, str]]:
    """The column titles of every table in `root`."""
    found = []
    for table in root.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            item = table.horizontalHeaderItem(column)
            if item is not None:
                found.append(("header", item.text()))
    return found


def _english_in_counter(window: CheckoutWindow) -> list[tuple[str, str]]:
    english = {source.replace("&", "") for source in _english_sources()}
    docks = [("dock", dock.windowTitle()) for dock in window.findChildren(QDockWidget)]
    seen = _texts(window) + _headers(window) + docks
    return [(name, text) for name, text in seen if text in english]


def test_the_counter_shows_no_english_source_text(
    qtbot: Any, russian: QApplication, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language="ru", demo=True)
    window.session.look_up(store.cards["anna"])
    qtbot.waitUntil(lambda: window.member_panel.card_number == store.cards["anna"], timeout=WAIT_MS)
    window.quote_panel.toggle_lines()  # the lines table's headers too
    assert window.actions_by_key["F2"].text() == "F2  Найти"
    assert _english_in_counter(window) == []


def test_the_frame_before_the_store_opens_speaks_the_stores_language(
    qtbot: Any, store: Store, tmp_path: Path, qapp: QApplication
) -> None:
    path = store.db.path
    assert path is not None and language_in_file(path) == "ru"
    assert language_in_file(tmp_path / "nowhere.sqlite3") is None
    install_translator(qapp, early_language(App(db_path=path), demo=False))
    try:
        shell = CounterShell()
        qtbot.addWidget(shell)
        assert shell.message.text() == "Открываем магазин…"
        install_translator(qapp, "en")
        qtbot.waitUntil(lambda: shell.message.text() == "Opening the store…", timeout=WAIT_MS)
    finally:
        install_translator(qapp, "en")


def test_the_test_print_carries_the_stores_header_and_todays_date(
    qtbot: Any, russian: QApplication, store: Store, printer_server: PrinterServer
) -> None:
    header = StoreHeader(name="Ромашка", header_lines=("ул. Садовая, 5",), footer="До встречи!")
    save_store(store.uow(), header)
    use_printer(store, printer_server.port)
    dialog = SettingsDialog(store.uow, clock=clock, actor=Actor("T-TEST", store.manager.id))
    qtbot.addWidget(dialog)
    dialog.devices_tab.test_print.click()
    qtbot.waitUntil(lambda: dialog.devices_tab.test_print.isEnabled(), timeout=WAIT_MS)
    printed = escpos_text(printer_server.next_job())
    assert "Ромашка" in printed and "ул. Садовая, 5" in printed and "До встречи!" in printed
    assert format_slip_date(NOW.date(), "ru") in printed
    assert "2024" not in printed


def test_choosing_russian_in_settings_retranslates_the_open_counter(
    qtbot: Any, qapp: QApplication, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    save_store(store.uow(), StoreHeader(name="Ромашка", footer="Спасибо!", language="en"))
    install_translator(qapp, "en")
    try:
        window = open_window(language="en")
        window.session.look_up(store.cards["anna"])
        qtbot.waitUntil(lambda: window.member_panel.card_number != "", timeout=WAIT_MS)
        assert window.actions_by_key["F12"].text() == "F12  Settings"
        dialog = SettingsDialog(store.uow, clock=clock, actor=Actor("T-TEST", store.manager.id))
        qtbot.addWidget(dialog)
        dialog.store_tab.language.setCurrentIndex(dialog.store_tab.language.findData("ru"))
        assert dialog.save()
        qtbot.waitUntil(lambda: window.language == "ru", timeout=WAIT_MS)
        assert window.actions_by_key["F12"].text() == "F12  Настройки"
        assert window.findChild(QPushButton, "buttonF2").text() == "F2  Найти"
        leftover = _english_in_counter(window)
        assert [text for _name, text in leftover if text != window.message.text()] == []
    finally:
        install_translator(qapp, "en")
