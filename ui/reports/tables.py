"""Report tables in Qt views: a read-only model over rows already read, shown as the PDF shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pos_loyalty.reports import Kind, Table
from pos_loyalty.reports.document import Row
from pos_loyalty.reports.formatting import display
from pos_loyalty.reports.period import Language

_LEFT = {Kind.TEXT, Kind.DATE, Kind.MONTH, Kind.DATETIME}
ROW_LIMIT = 5_000
"""Rows read for the window; the PDF and CSV always hold all of them."""

Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    """The rows of one report table, formatted for `language`."""

    def __init__(self, table: Table, rows: list[Row], language: Language) -> None:
        super().__init__()
        self.table = table
        self.rows = rows
        self.language = language

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self.rows[index.row()][index.column()], column.kind, self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignLeft if column.kind in _LEFT else Qt.AlignmentFlag.AlignRight
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].title
        return None


def table_view(model: ReportTableModel, parent: QWidget | None = None) -> QTableView:
    """A compact read-only view of one table."""
    view = QTableView(parent)
    view.setModel(model)
    view.setObjectName(f"table_{model.table.key}")
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    shown = min(len(model.rows), 15)
    view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + 24 * max(shown, 2) + 4)
    return view
