"""The table of an import file's bad rows: line, column and reason, in line order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pos_loyalty.domain.import_rows import RowProblem

Index = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    """Every problem a check found; a model, so a file with thousands of them stays quick."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: tuple[RowProblem, ...] = ()

    def show(self, problems: Sequence[RowProblem]) -> None:
        """Replace the rows shown."""
        self.beginResetModel()
        self.problems = tuple(problems)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per problem."""
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Line, column, reason."""
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The line number, the column's name or the reason."""
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        problem = self.problems[index.row()]
        return (problem.line, problem.column, problem.reason)[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The columns' titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Line"), self.tr("Column"), self.tr("What is wrong"))[section]
