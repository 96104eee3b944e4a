"""Shared steps of the Members tab tests: open the panel, find a member, open their page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import WAIT_MS
from ui.backoffice.context import BackOffice
from ui.backoffice.members import MembersPanel


def open_panel(qtbot: Any, context: BackOffice) -> MembersPanel:
    """Show the Members tab and wait for its first page."""
    panel = MembersPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
    return panel


def search(qtbot: Any, panel: MembersPanel, text: str, rows: int | None = None) -> None:
    """Type `text` in the search line and wait for the results (`rows` of them, if given)."""
    edit = panel.list_page.search_edit
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only; Cyrillic arrives as an input method's commit does
        for char in text:
            edit.insert(char)

    def shown() -> bool:
        if panel.model.searching != text.strip():
            return False
        return rows is None or panel.model.rowCount() == rows

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.context.worker.busy, timeout=WAIT_MS)


def open_member(qtbot: Any, panel: MembersPanel, card: str) -> None:
    """Find the member by card, press Enter and wait for their page."""
    panel.show_list()
    search(qtbot, panel, card, rows=1)
    qtbot.keyClick(panel.list_page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.page_view, timeout=WAIT_MS)
    page = panel.page_view.page
    assert page is not None and any(c.number == card for c in page.cards)


def wait_idle(qtbot: Any, panel: MembersPanel) -> None:
    """Wait until every background read or write of the panel came back."""
    qtbot.waitUntil(lambda: not panel.context.worker.busy, timeout=WAIT_MS)


def cell(table: Any, row: int, column: int) -> str:
    """The text of a table cell."""
    item = table.item(row, column)
    return "" if item is None else str(item.text())
