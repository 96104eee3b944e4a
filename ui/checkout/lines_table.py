"""The optional lines table: amounts with categories, for checks where categories matter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import parse_money
from ui.core_messages import core_message


class LinesTable(QTableWidget):
    """Rows of amount and category; an empty row is always left at the bottom to type into."""

    lines_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("linesTable")
        self._set_texts()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.itemChanged.connect(self._on_self_item_changed)
        self._add_empty_row()

    def _set_texts(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Amount"), self.tr("Category")])

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language Settings switched to."""
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Replace the rows with (amount text, category) pairs."""
        self.blockSignals(True)
        self.setRowCount(0)
        for amount, category in rows:
            row = self.rowCount()
            self.insertRow(row)
            self.setItem(row, 0, QTableWidgetItem(amount))
            self.setItem(row, 1, QTableWidgetItem(category))
        self._add_empty_row()
        self.blockSignals(False)
        self.lines_edited.emit()

    def lines(self) -> tuple[CheckLine, ...]:
        """The typed lines; raise InvalidInput naming a row whose amount is not an amount."""
        out = []
        for row in range(self.rowCount()):
            amount = self._text(row, 0)
            if not amount:
                continue
            try:
                out.append(CheckLine(parse_money(amount), self._text(row, 1)))
            except InvalidInput as exc:
                text = self.tr("Line {line}: {problem}")
                problem = core_message(exc)
                raise InvalidInput(text.format(line=row + 1, problem=problem)) from None
        return tuple(out)

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _add_empty_row(self) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(""))
        self.setItem(row, 1, QTableWidgetItem(""))

    def _on_self_item_changed(self, _item: QTableWidgetItem) -> None:
        last = self.rowCount() - 1
        if last < 0 or self._text(last, 0) or self._text(last, 1):
            self.blockSignals(True)
            self._add_empty_row()
            self.blockSignals(False)
        self.lines_edited.emit()
