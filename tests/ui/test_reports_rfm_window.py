"""The RFM report in the reports window: chosen from the list, its segments table and charts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from db.reports import SqlAlchemyReportSource
from tests.integration.reports.conftest import PROGRAMME
from tests.integration.reports.till import MSK, Till
from ui.reports import ReportsWindow

DAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 20, 0, tzinfo=MSK)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[ReportsWindow]:
    till = Till.open(tmp_path / "window.sqlite3")
    till.programme(PROGRAMME)
    till.settings(terminal={"id": "T1", "store": "Центральный"})
    anna = till.at(date(2026, 2, 2), 10).register("Анна Смирнова", "+7 900 000-00-01", "T1")
    boris = till.register("Борис Петров", "+7 900 000-00-02", "T1")
    till.at(date(2026, 2, 2), 11).buy(boris.card, "300.00", "T1")
    till.at(DAY, 11).buy(anna.card, "1000.00", "T1")
    till.at(DAY, 12).buy(anna.card, "500.00", "T1")
    shown = ReportsWindow(SqlAlchemyReportSource(till.db.uow), clock=lambda: NOW, language="ru")
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.controls.store_box.count() == 2, timeout=10_000)
    yield shown
    shown.worker.wait_for_done(10_000)
    till.db.close()


def test_the_rfm_report_shows_each_segment_with_its_members(
    qtbot: QtBot, window: ReportsWindow
) -> None:
    # n = 2: Anna (0 days, 2 checks, 1 500.00) scores 4 on each measure, Boris (28 days,
    # 1 check, 300.00) 2 on each: Anna is a champion, Boris hibernates.
    assert window.controls.report_box.findText("RFM-сегменты") >= 0
    window.controls.choose("rfm", date(2026, 2, 1), DAY)
    qtbot.mouseClick(window.controls.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.shown is not None, timeout=10_000)
    table = window.findChild(QTableView, "table_rfm_segments")
    assert table is not None
    model = table.model()
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows["Чемпионы"] == "1" and rows["Спящие"] == "1" and rows["Новые"] == "0"
    assert rows["Итого"] == "2"
    charts = {c.objectName() for c in window.findChildren(QChartView)}
    assert charts >= {"chart_rfm_members", "chart_rfm_money"}
