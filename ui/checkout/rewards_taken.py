"""The rewards dialog's second list: what the member took lately and may still give back.

The rows are the core's (`rewards_taken.taken_recently`, read with the offered ones by
`rewards_for`): the rewards of the last 30 days that no refund gave back, newest first. Enter
on a row asks to give it back, and is kept from the dialog, whose default button gives a
reward instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.services.rewards_taken import RECENT_DAYS, RewardTaken
from ui.checkout.text import day, points

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _Rows(QTableWidget):
    """A table whose Enter asks for the row and goes no further (not to the default button)."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return: `entered`; any other key as a table takes it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.entered.emit()
            return
        super().keyPressEvent(event)


class TakenRewards(QWidget):
    """The member's rewards taken lately, not given back; hidden when there are none."""

    give_back_chosen = Signal(object)
    """The `RewardTaken` the cashier chose to give back (Enter on its row)."""

    def __init__(
        self, taken: tuple[RewardTaken, ...], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.taken, self._language = taken, language
        self.title = QLabel(
            self.tr("Taken in the last %n day(s), not given back:", "", RECENT_DAYS), self
        )
        self.title.setObjectName("takenTitle")
        self.table = self._table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.setHidden(not taken)

    def _table(self) -> _Rows:
        table = _Rows(len(self.taken), 3, self)
        table.setObjectName("taken")
        table.setHorizontalHeaderLabels([self.tr("Taken on"), self.tr("Reward"), self.tr("Points")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, taken in enumerate(self.taken):
            when = day(taken.entry.business_date, self._language)
            texts = (when, taken.name, points(taken.points, self._language))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        table.entered.connect(self._on_table_entered)
        return table

    def chosen(self) -> RewardTaken | None:
        """The reward chosen in the table (None: nothing chosen)."""
        rows = self.table.selectionModel().selectedRows()
        return self.taken[rows[0].row()] if rows else None

    def _on_table_entered(self) -> None:
        taken = self.chosen()
        if taken is not None:
            self.give_back_chosen.emit(taken)
