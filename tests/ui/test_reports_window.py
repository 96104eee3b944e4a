"""The reports window, driven as a person would: choose the Z-report, see it, save it as PDF."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pypdf import PdfReader
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from db.reports import SqlAlchemyReportSource
from tests.integration.reports.conftest import PROGRAMME
from tests.integration.reports.till import MSK, Till
from ui.reports import ReportsWindow

DAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 20, 0, tzinfo=MSK)


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    till = Till.open(tmp_path / "window.sqlite3")
    till.programme(PROGRAMME)
    till.settings(terminal={"id": "T1", "store": "Центральный"})
    anna = till.at(DAY, 10).register("Анна Смирнова", "+7 900 000-00-01", "T1")  # +100
    till.at(DAY, 11).buy(anna.card, "1000.00", "T1")  # +50
    till.at(DAY, 12).buy(None, "250.00", "T1")
    yield till
    till.db.close()


@pytest.fixture
def window(qtbot: QtBot, till: Till) -> Iterator[ReportsWindow]:
    shown = ReportsWindow(SqlAlchemyReportSource(till.db.uow), clock=lambda: NOW, language="ru")
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.controls.store_box.count() == 2, timeout=10_000)
    yield shown
    shown.worker.wait_for_done(10_000)


def test_the_z_report_fills_its_tables_and_draws_its_charts(
    qtbot: QtBot, window: ReportsWindow
) -> None:
    window.controls.choose("z", DAY, DAY)
    qtbot.mouseClick(window.controls.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.shown is not None, timeout=10_000)
    summary = window.findChild(QTableView, "table_z_summary")
    assert summary is not None
    model = summary.model()
    assert model.rowCount() == 26  # with the five rows of club membership fees
    values = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(23)}
    assert values["Чеки с картой"] == "1" and values["Чеки без карты"] == "1"
    assert values["Доля чеков с картой"] == "50,0\u00a0%"
    assert values["Продажи с картой"] == "1\u00a0000,00"
    assert values["Бонусные баллы"] == "100" and values["Начислено баллов за покупки"] == "50"
    terminals = window.findChild(QTableView, "table_z_terminals")
    assert terminals is not None and terminals.model().index(0, 0).data() == "T1"
    charts = window.findChildren(QChartView)
    assert {c.objectName() for c in charts} >= {"chart_z_checks", "chart_z_points"}
    assert charts[0].chart().series()


def test_save_as_pdf_writes_a_file_whose_text_reads_back(
    qtbot: QtBot, window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "z.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF (*.pdf)")
    )
    window.controls.choose("z", DAY, DAY)
    qtbot.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "z.pdf" in window.status.text(), timeout=15_000)
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages).replace("\xa0", " ")
    assert "Дневной Z-отчёт программы лояльности" in text
    assert "Магазин: Центральный" in text and "Период: 02.03.2026" in text
    assert "Продажи с картой" in text and "1 000,00" in text


def test_a_statement_without_a_card_says_what_is_missing(
    qtbot: QtBot, window: ReportsWindow
) -> None:
    window.controls.choose("statement", DAY, DAY)
    assert window.controls.card_edit.isEnabled()
    qtbot.mouseClick(window.controls.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "--card" in window.status.text(), timeout=10_000)
    assert window.shown is None
