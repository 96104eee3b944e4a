"""A Russian store sees no English source text: the back office's words, the reports window,
every tab walked widget by widget, and a translation with nothing left unfinished."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from tests.ui.conftest import WAIT_MS, Store
from ui.backoffice.audit.texts import details_text
from ui.backoffice.context import BackOffice
from ui.backoffice.window import BackOfficeWindow
from ui.backoffice.words import card_state, ledger_kind, ledger_reason
from ui.i18n import install_translator
from ui.reports.window import ReportsWindow
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


def _still_english(root: QWidget) -> list[tuple[str, str]]:
    english = {source.replace("&", "") for source in _english_sources()}
    return [(name, text) for name, text in _texts(root) if text in english]


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
    window = ReportsWindow(store.uow, clock=lambda: datetime(2026, 4, 1, 12).astimezone())
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Отчёты"
    assert window.controls.show_button.text() == "Показать"
    assert window.controls.language() == "ru"
    assert window.controls.report_box.currentText() != ""
    assert _still_english(window) == []
    window.jobs.wait()


def test_every_back_office_tab_shows_no_english_source_text(
    qtbot: Any, russian: QApplication, backoffice: BackOffice
) -> None:
    window = BackOfficeWindow(backoffice)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    backoffice.worker.wait_for_done(WAIT_MS)
    assert _still_english(window) == []


def test_updating_the_translation_leaves_nothing_unfinished(tmp_path: Path) -> None:
    copy = tmp_path / "pos_loyalty_ru.ts"
    shutil.copy(translation_file("ru", ".ts"), copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    command = [str(lupdate), *map(str, sources()), "-no-obsolete", "-ts", str(copy)]
    subprocess.run(command, check=True, capture_output=True)
    unfinished = copy.read_text(encoding="utf-8").count('type="unfinished"')
    assert unfinished == 0, "run python -m ui.translations update and translate what is new"
