"""The reports window on an enrolled terminal: "Chain (server)" shows and saves a chain report.

A real server (SQLite, over HTTP on loopback) holds what two stores' terminals pushed
(`tests.server.chain`); the window asks it, lays the report out and writes the same PDF.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from db.engine import create_sqlite_engine
from db.reports import SqlAlchemyReportSource
from server import create_app
from sync.reports import ChainReports
from tests.server.chain import two_stores
from tests.server.live import LiveServer, Till
from ui.reports import ReportsWindow


@pytest.fixture
def north(tmp_path: Path) -> Iterator[Till]:
    """The Север terminal, enrolled, after both stores pushed their sales."""
    engine = create_sqlite_engine(tmp_path / "server.sqlite3")
    live = LiveServer(create_app(engine))
    tills: list[Till] = []

    def make(terminal_id: str) -> Till:
        tills.append(Till.open(tmp_path / f"{terminal_id}.sqlite3", terminal_id))
        return tills[-1]

    first, _ = two_stores(live, engine, make)
    yield first
    live.stop()
    for till in tills:
        till.db.close()
    engine.dispose()


@pytest.fixture
def window(qtbot: QtBot, north: Till) -> Iterator[ReportsWindow]:
    shown = ReportsWindow(
        SqlAlchemyReportSource(north.db.uow),
        clock=lambda: north.now,
        language="en",
        chain=ChainReports(north.db.uow),
    )
    qtbot.addWidget(shown)
    box = shown.controls.store_box
    qtbot.waitUntil(lambda: box.findText("Chain (server)") >= 0, timeout=10_000)
    yield shown
    shown.worker.wait_for_done(10_000)


def _choose_chain(window: ReportsWindow, report: str, text: str = "Chain (server)") -> None:
    day = window.controls.first()
    window.controls.choose(report, day, day)
    box = window.controls.store_box
    box.setCurrentIndex(box.findText(text))


def _cells(window: ReportsWindow, key: str) -> dict[str, list[str]]:
    view = window.findChild(QTableView, f"table_{key}")
    assert view is not None
    model = view.model()
    columns = range(1, model.columnCount())
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in columns]
        for r in range(model.rowCount())
    }


def test_the_chain_z_report_shows_each_store_and_the_total(
    qtbot: QtBot, window: ReportsWindow
) -> None:
    _choose_chain(window, "z")
    qtbot.mouseClick(window.controls.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.shown is not None, timeout=20_000)
    stores = _cells(window, "z_stores")
    assert stores["Север"][:3] == ["1", "1", "1,000.00"]
    assert stores["Юг"][:3] == ["2", "0", "2,600.00"]
    assert stores["Total"][:3] == ["3", "1", "3,600.00"]
    assert window.shown is not None and window.shown.document.store == "Chain"


def test_the_chain_liability_saves_as_a_pdf_with_points_by_store(
    qtbot: QtBot, window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "liability.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF (*.pdf)")
    )
    _choose_chain(window, "liability", "Chain: Юг")
    qtbot.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "liability.pdf" in window.status.text(), timeout=20_000)
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Points by store" in text and "Юг" in text and "Chain-wide" in text


def test_a_report_only_terminals_make_says_so(qtbot: QtBot, window: ReportsWindow) -> None:
    _choose_chain(window, "ledger")
    qtbot.mouseClick(window.controls.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "at a terminal" in window.status.text(), timeout=20_000)
    assert window.shown is None
