"""A page of audit records in a table: time, terminal, who, approved by, action, details."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from pos_loyalty.services.audit import AuditPage
from ui.backoffice.audit.texts import action_text, details_text

SEQ, TIME, TERMINAL, WHO, APPROVED, ACTION, DETAILS = range(7)


class AuditTable(QTableWidget):
    """One row per record of the page shown; each row keeps its record's `seq` as data."""

    def __init__(self) -> None:
        super().__init__(0, 7)
        self.setObjectName("auditTable")
        self.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Terminal"),
                self.tr("Who"),
                self.tr("Approved by"),
                self.tr("Action"),
                self.tr("Details"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)

    def show_page(self, page: AuditPage, zone: tzinfo | None) -> None:
        """Fill the table with the page's records, newest first."""
        self.setRowCount(len(page.records))
        for row, r in enumerate(page.records):
            cells = [
                str(r.seq),
                r.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                r.terminal_id,
                page.names.get(r.staff_id, r.staff_id),
                page.names.get(r.approved_by, r.approved_by),
                action_text(r.action),
                details_text(r.details),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.seq)
                if column == ACTION:
                    item.setToolTip(r.action)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)

    def rows(self) -> list[list[str]]:
        """The texts shown, row by row (for reading back what is on screen)."""
        return [
            [_text(self.item(row, column)) for column in range(self.columnCount())]
            for row in range(self.rowCount())
        ]

    def mark(self, seqs: set[int]) -> None:
        """Paint the rows of the records `seqs` red (the ones a check found broken)."""
        red = QBrush(QColor("#ffcdd2"))
        for row in range(self.rowCount()):
            first = self.item(row, SEQ)
            broken = first is not None and first.data(Qt.ItemDataRole.UserRole) in seqs
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    item.setBackground(red if broken else QBrush())


def _text(item: QTableWidgetItem | None) -> str:
    return "" if item is None else item.text()
